package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SearchResult;
import org.voxpop.query.VoxpopSearcher;

/**
 * {@code --drill} repeated combines as the Java API does (issue 19, item 5): two entities narrow,
 * two sources widen, and the table says which applies to a facet with a selection.
 */
class DrillModeCliTest {
  private static final String INDEX = FixtureIndex.dir().toString();
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  private static String firstLine(String... args) {
    CliTest.Run run = CliTest.run(args);
    assertEquals(0, run.code(), run.err());
    return run.out().lines().findFirst().orElseThrow().replace(",", ""); // "1,536 hits"
  }

  private static long hits(SearchRequest.Builder request) throws java.io.IOException {
    SearchResult result = searcher.search(request.pageSize(0).build());
    return result.totalHits();
  }

  @Test
  void repeatedDrillsNarrowEntitiesAndWidenSources() throws java.io.IOException {
    long both =
        hits(SearchRequest.builder("").drillDown("entity", "Q76").drillDown("entity", "Q30"));
    assertTrue(both > 0);
    assertTrue(
        firstLine(
                "facets",
                "--index",
                INDEX,
                "--drill",
                "entity=Obama",
                "--drill",
                "entity=United States")
            .startsWith(both + " hits"));
    long either =
        hits(SearchRequest.builder("").drillDown("source", "BBC").drillDown("source", "Fox News"));
    assertTrue(
        firstLine("facets", "--index", INDEX, "--drill", "source=BBC", "--drill", "source=Fox News")
            .startsWith(either + " hits"));
  }

  @Test
  void theTableSaysHowASelectedFacetCombinesAndCounts() {
    CliTest.Run run =
        CliTest.run(
            "facets",
            "--index",
            INDEX,
            "--drill",
            "entity=Obama",
            "--drill",
            "source=BBC",
            "--drill",
            "source=Fox News",
            "--dims",
            "entity,source,sentiment");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().contains("\nentity (")
            && run.out().contains("; hits have all selected values, counted within the hits)"),
        run.out());
    assertTrue(
        run.out().contains("; hits have any selected value, counted as if none were selected)"),
        run.out());
    assertTrue(
        run.out().contains("\nsentiment (3 values)\n")
            || run.out().matches("(?s).*\nsentiment \\(\\d+ values\\)\n.*"),
        run.out());
  }
}
