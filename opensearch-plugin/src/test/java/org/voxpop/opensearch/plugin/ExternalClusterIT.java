package org.voxpop.opensearch.plugin;

import static org.junit.Assume.assumeTrue;

import java.net.URI;
import org.junit.Test;

/**
 * The facet comparison against a cluster started outside the build (a real OpenSearch distribution
 * with the plugin zip installed, loaded with {@code voxpop opensearch-load}): run by {@code
 * opensearch-plugin/bin/check-distribution}; skipped unless {@code voxpop.opensearch.url} is set.
 */
public class ExternalClusterIT {

  @Test
  public void externalClusterGivesVoxpopsCounts() throws Exception {
    String url = System.getProperty("voxpop.opensearch.url", "");
    assumeTrue("set -Dvoxpop.opensearch.url to compare an external cluster", !url.isBlank());
    int cases =
        FacetComparison.assertSameCounts(
            URI.create(url), System.getProperty("voxpop.opensearch.index", "voxpop"));
    System.out.println("voxpop and the cluster at " + url + " agree on " + cases + " facet cases");
  }
}
