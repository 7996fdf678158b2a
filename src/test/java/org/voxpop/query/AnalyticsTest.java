package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.index.Schema;

/** Co-occurrence, timelines and exports over {@code index-fixtures/}. */
class AnalyticsTest {
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  @Test
  void cooccurrenceCountsCommentsThatMentionBothEntities() throws IOException {
    CoOccurrence graph = searcher.cooccurrence(SearchRequest.builder("").build(), 10, 10);
    assertTrue(!graph.pairs().isEmpty());
    for (EntityPair pair : graph.pairs().subList(0, Math.min(3, graph.pairs().size()))) {
      long both =
          searcher
              .search(
                  SearchRequest.builder("")
                      .pageSize(0)
                      .drillDown(Schema.DIM_ENTITY, pair.first())
                      .build())
              .totalHits();
      long withBoth =
          searcher
              .search(
                  SearchRequest.builder("entity:\"" + pair.second() + "\"")
                      .pageSize(0)
                      .drillDown(Schema.DIM_ENTITY, pair.first())
                      .build())
              .totalHits();
      assertEquals(
          withBoth,
          pair.comments(),
          pair + " vs search entity:" + pair.second() + " drill " + pair.first());
      assertTrue(both >= withBoth);
    }
    StringWriter graphMl = new StringWriter();
    graph.writeGraphMl(graphMl);
    assertTrue(
        graphMl.toString().contains("<edge source=\"" + graph.pairs().get(0).first() + "\""),
        graphMl.toString());
    StringWriter csv = new StringWriter();
    graph.writeCsv(csv);
    assertEquals(graph.pairs().size() + 1, csv.toString().split("\r\n").length);
  }

  @Test
  void timelineBucketsByMonthAndAccountsForEveryDatedComment() throws IOException {
    List<TimelineBucket> months =
        searcher.timeline(SearchRequest.builder("").build(), Interval.MONTH, Optional.empty());
    assertEquals(
        1537,
        months.stream().mapToInt(TimelineBucket::comments).sum(),
        "every comment but bad-ok-2's, which has no date and whose article has none");
    assertEquals("2015-06-01", months.get(0).start());
    assertEquals(157, months.get(0).comments(), "the June 2015 article's comments");
    List<TimelineBucket> weeks =
        searcher.timeline(SearchRequest.builder("").build(), Interval.WEEK, Optional.empty());
    assertTrue(
        weeks.stream()
            .allMatch(
                w ->
                    java.time.LocalDate.parse(w.start()).getDayOfWeek()
                        == java.time.DayOfWeek.MONDAY));
  }

  @Test
  void entityTimelineCountsStanceTowardTheEntity() throws IOException {
    List<TimelineBucket> us =
        searcher.timeline(
            SearchRequest.builder("").build(), Interval.MONTH, Optional.of("United States"));
    long mentions =
        searcher.search(SearchRequest.builder("entity:Q30").pageSize(0).build()).totalHits();
    assertEquals(mentions, us.stream().mapToInt(TimelineBucket::comments).sum());
    for (TimelineBucket b : us) {
      assertEquals(
          b.comments(),
          b.negative() + b.neutral() + b.positive(),
          "each mentioning comment has one stance: " + b);
    }
  }

  @Test
  void exportWritesEveryHitNotJustAPage() throws IOException {
    StringWriter jsonl = new StringWriter();
    long n =
        searcher.export(
            SearchRequest.builder("").build(),
            List.of(ExportField.values()),
            ExportFormat.JSONL,
            jsonl,
            Long.MAX_VALUE);
    assertEquals(1538, n);
    assertEquals(1538, jsonl.toString().lines().count());
    assertTrue(jsonl.toString().lines().allMatch(l -> l.startsWith("{\"type\":\"comment\"")));

    StringWriter csv = new StringWriter();
    long rows =
        searcher.export(
            SearchRequest.builder("Raqqa").scope(Scope.BOTH).build(),
            List.of(ExportField.TYPE, ExportField.ARTICLE_ID, ExportField.URL, ExportField.TEXT),
            ExportFormat.CSV,
            csv,
            Long.MAX_VALUE);
    assertEquals(2, rows);
    String[] lines = csv.toString().split("\r\n");
    assertEquals("type,article_id,url,text", lines[0]);
    assertTrue(
        lines[1].contains("https://www.bbc.co.uk/news/resources/idt-sh/raqqas_dirty_secret"),
        "comments carry their article's URL");

    StringWriter limited = new StringWriter();
    assertEquals(
        10,
        searcher.export(
            SearchRequest.builder("").build(),
            List.of(ExportField.COMMENT_ID),
            ExportFormat.CSV,
            limited,
            10));
  }

  @Test
  void csvNeutralisesFormulasAndQuotesSeparators() {
    assertEquals(
        "'=HYPERLINK(\"x\")",
        Csv.escape("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
    assertEquals("\"a, b\"", Csv.escape("a, b"));
    assertEquals("-0.5", Csv.escape("-0.5"));
  }
}
