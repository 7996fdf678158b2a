package org.voxpop.opensearch.plugin;

import static org.junit.Assert.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import org.voxpop.opensearch.ExpectedFacets;

/**
 * Asserts that an OpenSearch index gives every count of {@code
 * index-fixtures/expected-facets.json}.
 */
final class FacetComparison {
  private FacetComparison() {}

  /** The project root (the plugin's parent folder), as the build passes it. */
  static Path root() {
    return Path.of(System.getProperty("voxpop.root", "..")).toAbsolutePath().normalize();
  }

  /** Compares every case; returns how many were compared. */
  static int assertSameCounts(URI url, String index) throws Exception {
    ExpectedFacets expected = ExpectedFacets.read(root());
    try (HttpClient http = HttpClient.newHttpClient()) {
      FacetQueries queries = new FacetQueries(http, url, index);
      for (ExpectedFacets.Case c : expected.cases()) {
        ExpectedFacets.Case actual = queries.run(c);
        String what = c.name() + " <- " + queries.describe(c);
        assertEquals(what, c.total(), actual.total());
        assertEquals(what, FacetQueries.byValue(c.values()), FacetQueries.byValue(actual.values()));
      }
    }
    return expected.cases().size();
  }
}
