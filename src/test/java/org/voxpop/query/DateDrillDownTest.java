package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.Schema;

/**
 * Date facets drill down through their epoch-ms field: every value the facet lists, UTC days at a
 * change of year and years of any number of digits included, selects exactly its documents.
 */
class DateDrillDownTest {
  @TempDir static Path tmp;
  static VoxpopSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    Path input = tmp.resolve("dates.jsonl");
    Files.writeString(
        input,
        String.join(
            "\n",
            article(
                "a1",
                "2017-12-31T23:30:00-05:00",
                "2018-01-01T04:59:00Z",
                "2017-12-31T23:59:59-05:00"),
            article(
                "a2", "0950-06-15T12:00:00Z", "0950-06-15T23:59:59.999Z", "0950-06-16T00:00:00Z"),
            article(
                "a3",
                "9999-12-31T23:00:00-05:00",
                "9999-12-31T20:00:00Z",
                "+10000-01-01T10:00:00Z"),
            ""));
    try (Indexer indexer =
        Indexer.open(
            tmp.resolve("idx"), EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(List.of(input), IndexListener.silent());
    }
    searcher = VoxpopSearcher.open(tmp.resolve("idx"), Gazetteer.defaultGazetteer());
  }

  private static String article(String id, String published, String posted1, String posted2) {
    return "{\"id\": \""
        + id
        + "\", \"published\": \""
        + published
        + "\", \"body\": \"An article.\", \"comments\": ["
        + "{\"id\": \"1\", \"posted\": \""
        + posted1
        + "\", \"text\": \"One.\"},"
        + "{\"id\": \"2\", \"posted\": \""
        + posted2
        + "\", \"text\": \"Two.\"}]}";
  }

  @org.junit.jupiter.api.AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void everyListedValueSelectsWhatItCounts() throws IOException {
    int checked = 0;
    for (String dim : List.of(Schema.DIM_PUBLISHED, Schema.DIM_POSTED)) {
      for (FacetValue year : facet(dim, List.of())) {
        assertEquals(year.comments(), count(dim, year.value()), dim + "=" + year.value());
        for (FacetValue month : facet(dim, List.of(year.value()))) {
          assertEquals(
              month.comments(),
              count(dim, year.value(), month.value()),
              dim + " month " + month.value());
          for (FacetValue day : facet(dim, List.of(year.value(), month.value()))) {
            assertEquals(
                day.comments(),
                count(dim, year.value(), month.value(), day.value()),
                dim + " day " + day.value());
            checked++;
          }
        }
      }
    }
    assertTrue(checked >= 8, "days checked: " + checked);
    assertEquals(
        2,
        count(Schema.DIM_PUBLISHED, "10000"),
        "9999-12-31T23:00-05:00 is in the year 10000 in UTC");
    assertEquals(
        2,
        count(Schema.DIM_POSTED, "2018", "01", "01"),
        "both comments of a1 were posted on 1 January, UTC");
    assertEquals(1, count(Schema.DIM_POSTED, "0950", "06", "15"));
    List<Long> years =
        facet(Schema.DIM_PUBLISHED, List.of()).stream()
            .map(v -> Long.parseLong(v.value()))
            .toList();
    assertEquals(years.stream().sorted().toList(), years, "years in date order, 10000 after 9999");
    assertEquals(10000L, years.get(years.size() - 1));
  }

  @Test
  void aPathThatIsNoDateIsRefusedWithAMessage() {
    for (String[] path :
        List.of(
            new String[] {"2017", "13"},
            new String[] {"2017", "02", "30"},
            new String[] {"soon"},
            new String[] {"2017", "01", "01", "10"})) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> count(Schema.DIM_POSTED, path));
      assertTrue(e.getMessage().contains(String.join("/", path)), e.getMessage());
    }
  }

  private static List<FacetValue> facet(String dim, List<String> path) throws IOException {
    SearchRequest.Builder builder =
        SearchRequest.builder("").pageSize(0).facets(dim).facetTopN(100);
    if (!path.isEmpty()) {
      builder.facetPath(dim, path.toArray(String[]::new));
    }
    return searcher.search(builder.build()).facet(dim).orElseThrow().values();
  }

  private static long count(String dim, String... path) throws IOException {
    return searcher
        .search(SearchRequest.builder("").pageSize(0).drillDown(dim, path).build())
        .totalHits();
  }
}
