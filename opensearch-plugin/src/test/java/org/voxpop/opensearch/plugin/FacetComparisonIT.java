package org.voxpop.opensearch.plugin;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opensearch.common.network.NetworkAddress;
import org.opensearch.common.network.NetworkModule;
import org.opensearch.common.settings.Settings;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4ModulePlugin;
import org.voxpop.index.IndexListener;
import org.voxpop.input.Reject;
import org.voxpop.input.RejectReason;
import org.voxpop.opensearch.BulkLoader;
import org.voxpop.opensearch.ExpectedFacets;
import org.voxpop.opensearch.LoadSettings;
import org.voxpop.opensearch.LoadStats;

/**
 * The acceptance test of the plugin: a two-node cluster in this JVM with the plugin and a real HTTP
 * layer; voxpop's bulk loader sends {@code index-fixtures/} through the {@code voxpop} pipeline
 * into an index of two shards; the same facet requests as voxpop's golden tests must give the
 * counts of {@code index-fixtures/expected-facets.json}, which voxpop's own index gives too.
 */
@OpenSearchIntegTestCase.ClusterScope(
    scope = OpenSearchIntegTestCase.Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class FacetComparisonIT extends OpenSearchIntegTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(VoxpopPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    return Settings.builder()
        .put(super.nodeSettings(nodeOrdinal))
        .put(NetworkModule.HTTP_TYPE_KEY, Netty4ModulePlugin.NETTY_HTTP_TRANSPORT_NAME)
        .build();
  }

  public void testOpenSearchGivesVoxpopsCounts() throws Exception {
    InetSocketAddress address = internalCluster().httpAddresses()[0];
    URI url = URI.create("http://" + NetworkAddress.format(address));
    List<Path> files = new ArrayList<>();
    for (String fixture : ExpectedFacets.FIXTURES) {
      files.add(FacetComparison.root().resolve(fixture));
    }
    List<Reject> rejects = Collections.synchronizedList(new ArrayList<>());
    LoadStats stats =
        new BulkLoader(LoadSettings.defaults(url).withShards(2).withBatch(4, 1 << 20))
            .load(
                files,
                new IndexListener() {
                  @Override
                  public void rejected(Reject reject) {
                    rejects.add(reject);
                  }
                });
    // The same reading and the same rejects as voxpop's GoldenIndexTest.
    assertEquals(19, stats.recordsRead());
    assertEquals(13, stats.articlesLoaded());
    assertEquals(1538, stats.commentsLoaded());
    assertEquals(6, stats.rejectedRecords());
    assertEquals(6, stats.rejectedComments());
    Map<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
    reasons.putAll(
        Map.of(
            RejectReason.MALFORMED_JSON,
            2L,
            RejectReason.MISSING_FIELD,
            3L,
            RejectReason.WRONG_TYPE,
            2L,
            RejectReason.DUPLICATE_COMMENT_ID,
            1L,
            RejectReason.UNKNOWN_PARENT,
            1L,
            RejectReason.REPLY_CYCLE,
            2L,
            RejectReason.UNKNOWN_ARTICLE,
            1L));
    assertEquals(reasons, stats.rejectsByReason());
    assertTrue(
        rejects.toString(),
        rejects.stream()
            .anyMatch(
                r ->
                    r.toString()
                        .matches(
                            ".*bad-input\\.jsonl:8: UNKNOWN_ARTICLE: comment 'orphan-1': article 'no-such-article' is not in the index")));

    int cases = FacetComparison.assertSameCounts(url, "voxpop");
    logger.info("voxpop and OpenSearch agree on {} facet cases", cases);
  }

  public void testANewsroomGazetteerEnrichesAndResolvesQueries() throws Exception {
    InetSocketAddress address = internalCluster().httpAddresses()[0];
    URI url = URI.create("http://" + NetworkAddress.format(address));
    Path dir = createTempDir();
    Path newsroom = dir.resolve("newsroom.tsv");
    java.nio.file.Files.writeString(
        newsroom, "slug:jane-roe-mayor\tJane Roe\tPERSON\tmayor\tMayor Roe\t\t\n");
    Path input = dir.resolve("local.jsonl");
    java.nio.file.Files.writeString(
        input,
        "{\"id\": \"local-1\", \"title\": \"Bridge opens\", \"body\": \"Jane Roe opened the"
            + " bridge on Monday.\"}\n");
    LoadStats stats =
        new BulkLoader(
                LoadSettings.defaults(url)
                    .withIndex("newsroom")
                    .withPipeline(java.util.Optional.of("voxpop-newsroom")),
                java.util.Optional.of(org.voxpop.opensearch.PipelineGazetteer.read(newsroom)))
            .load(List.of(input), new IndexListener() {});
    assertEquals(1, stats.articlesLoaded());
    // An alias only the newsroom file knows finds the entity the pipeline gave the article.
    String query = "{\"query\": {\"match\": {\"entity.name\": \"Mayor Roe\"}}, \"_source\": false}";
    java.net.http.HttpResponse<String> response;
    // closed here: the suite fails on threads a client leaves behind
    try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
      response =
          http.send(
              java.net.http.HttpRequest.newBuilder(url.resolve("/newsroom/_search"))
                  .header("Content-Type", "application/json")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(query))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
    }
    assertEquals(response.body(), 200, response.statusCode());
    assertTrue(response.body(), response.body().contains("\"local-1\""));
  }
}
