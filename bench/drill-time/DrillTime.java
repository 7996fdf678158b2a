import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.FacetValue;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SearchResult;
import org.voxpop.query.VoxpopSearcher;

/**
 * Drill-downs into an entity, a person, a stance and a place on a query index, timed (median of 40
 * searches after a round of warm-up, for match-all and for a word each, three facet dimensions
 * counted), and each listed value of the entity, type and stance facets checked against its
 * drill-down's count. Run with JDK 21+ against the {@code -all} jar of the build that wrote the
 * index: {@code java -cp ALL.jar bench/drill-time/DrillTime.java INDEX}, for example on
 * {@code bench/work/query-index-v6-merged2-generated-7-20000-50.jsonl} (the harness's 1M-comment
 * index).
 */
public class DrillTime {
  public static void main(String[] a) throws Exception {
    try (VoxpopSearcher s = VoxpopSearcher.open(Path.of(a[0]), Gazetteer.defaultGazetteer())) {
      String[][] drills = {
        {"entity", "Q30"}, {"person", "Q22686"}, {"stance", "Q30", "negative"}, {"location", "Q858"}
      };
      String[] queries = {"", "raqqa"};
      for (int round = 0; round < 2; round++) {
        for (String[] d : drills) {
          for (String q : queries) {
            long[] t = new long[40];
            long hits = 0;
            for (int i = 0; i < t.length; i++) {
              long t0 = System.nanoTime();
              SearchResult r =
                  s.search(
                      SearchRequest.builder(q)
                          .scope(Scope.COMMENTS)
                          .pageSize(10)
                          .facets("sentiment", "source", "stance")
                          .drillDown(d[0], Arrays.copyOfRange(d, 1, d.length))
                          .build());
              t[i] = System.nanoTime() - t0;
              hits = r.totalHits();
            }
            Arrays.sort(t);
            if (round == 1) {
              System.out.printf(
                  Locale.ROOT,
                  "%-22s %-9s p50 %.2f ms, %d hits%n",
                  String.join("/", d),
                  q.isEmpty() ? "match-all" : q,
                  t[t.length / 2] / 1e6,
                  hits);
            }
          }
        }
      }
      int checked = 0;
      int wrong = 0;
      for (String dim :
          new String[] {"entity", "person", "location", "organization", "group", "stance"}) {
        SearchResult facets =
            s.search(
                SearchRequest.builder("")
                    .scope(Scope.COMMENTS)
                    .pageSize(0)
                    .facets(dim)
                    .facetTopN(15)
                    .build());
        for (FacetValue v : facets.facet(dim).orElseThrow().values()) {
          long n =
              s.search(
                      SearchRequest.builder("")
                          .scope(Scope.COMMENTS)
                          .pageSize(0)
                          .drillDown(dim, v.value())
                          .build())
                  .totalHits();
          checked++;
          if (n != v.comments()) {
            wrong++;
            System.out.println(dim + " " + v.value() + ": facet " + v.comments() + ", drill " + n);
          }
        }
      }
      System.out.println(checked + " listed values checked, " + wrong + " counts differ");
    }
  }
}
