package org.voxpop.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.RejectedRecordException;
import org.voxpop.input.Reject;
import org.voxpop.input.RejectReason;

/** The bulk loader against a fake bulk endpoint: rejects as the local indexer, retries, merges. */
class BulkLoaderTest {
  private static final Path BAD = Path.of("index-fixtures/bad-input.jsonl");
  private static final Path SEED = Path.of("index-fixtures/seed.jsonl");

  private static LoadSettings fast(FakeCluster cluster) {
    return LoadSettings.defaults(cluster.url())
        .withBatch(2, 1 << 20)
        .withRetries(4, Duration.ofMillis(1), Duration.ofMillis(5));
  }

  /** Settings of a loader that must refuse before it sends anything: nothing listens there. */
  private static LoadSettings unreachable() {
    return LoadSettings.defaults(java.net.URI.create("http://127.0.0.1:1"));
  }

  private static LoadSettings withoutPipeline() {
    return unreachable().withPipeline(Optional.empty());
  }

  /** Collects rejects, as a console listener would print them. */
  private static final class Collecting implements IndexListener {
    final List<String> rejects = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void rejected(Reject reject) {
      rejects.add(reject.toString());
    }
  }

  @Test
  void rejectsExactlyWhatTheLocalIndexerRejects(@TempDir Path dir) throws IOException {
    Collecting local = new Collecting();
    try (Indexer indexer =
        Indexer.open(
            dir,
            EnrichmentPipeline.create(),
            IndexerSettings.defaults().withThreads(1),
            Gazetteer.defaultGazetteer().version())) {
      indexer.index(List.of(BAD, SEED), local);
    }
    Collecting remote = new Collecting();
    LoadStats stats;
    try (FakeCluster cluster = new FakeCluster()) {
      stats = new BulkLoader(fast(cluster)).load(List.of(BAD, SEED), remote);
      assertEquals(
          1,
          cluster.requests("PUT", "/_index_template/voxpop-voxpop").size(),
          "template installed");
      assertEquals(
          1,
          cluster.requests("PUT", "/_ingest/pipeline/voxpop").size(),
          "missing pipeline created");
      assertTrue(
          cluster.requests("POST", "/voxpop/_bulk").stream()
              .allMatch(r -> r.pathAndQuery().endsWith("?pipeline=voxpop")));
      assertEquals(1, cluster.requests("POST", "/voxpop/_refresh").size());
    }
    assertEquals(
        local.rejects.stream().sorted().toList(), remote.rejects.stream().sorted().toList());
    assertEquals(12, remote.rejects.size());
    assertTrue(
        remote.rejects.contains(
            "index-fixtures/bad-input.jsonl:8: UNKNOWN_ARTICLE: comment 'orphan-1': article 'no-such-article' is not in the index"));
    assertEquals(9, stats.recordsRead());
    assertEquals(3, stats.articlesLoaded());
    assertEquals(10, stats.commentsLoaded());
    assertEquals(
        stats.recordsRead(),
        stats.articlesLoaded() + stats.commentRecordsApplied() + stats.rejectedRecords());
  }

  @Test
  void aRetrainedTaggerIsNamedInThePipeline() throws IOException {
    try (FakeCluster cluster = new FakeCluster()) {
      new BulkLoader(fast(cluster), Optional.empty(), Optional.of("newsroom-2026"))
          .load(List.of(SEED), IndexListener.silent());
      List<FakeCluster.Request> puts = cluster.requests("PUT", "/_ingest/pipeline/");
      assertEquals(1, puts.size(), "the pipeline is installed with the model, replacing one");
      assertTrue(
          puts.get(0)
              .body()
              .contains("\"" + OpenSearchFields.PROCESSOR_ENTITY_MODEL + "\":\"newsroom-2026\""),
          puts.get(0).body());
    }
    // A name that would leave the nodes' models folder, and a load without a pipeline, are refused
    // before anything is sent.
    assertThrows(
        IllegalArgumentException.class,
        () -> new BulkLoader(unreachable(), Optional.empty(), Optional.of("../etc")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BulkLoader(withoutPipeline(), Optional.empty(), Optional.of("newsroom-2026")));
  }

  @Test
  void aNewsroomGazetteerGoesToTheClusterInThePipelineAndIsCheckedFirst(@TempDir Path dir)
      throws IOException {
    Path newsroom = dir.resolve("newsroom.tsv");
    Files.writeString(newsroom, "slug:jane-roe-mayor\tJane Roe\tPERSON\tmayor\tMayor Roe\t\t\n");
    PipelineGazetteer g = PipelineGazetteer.read(newsroom);
    try (FakeCluster cluster = new FakeCluster()) {
      new BulkLoader(fast(cluster), Optional.of(g)).load(List.of(SEED), IndexListener.silent());
      List<FakeCluster.Request> puts = cluster.requests("PUT", "/_ingest/pipeline/");
      assertEquals(1, puts.size());
      Map<?, ?> processor =
          (Map<?, ?>)
              ((Map<?, ?>)
                      ((List<?>)
                              new com.fasterxml.jackson.databind.ObjectMapper()
                                  .readValue(puts.get(0).body(), Map.class)
                                  .get("processors"))
                          .get(0))
                  .get(OpenSearchFields.PROCESSOR_TYPE);
      assertEquals("newsroom.tsv", processor.get(OpenSearchFields.PROCESSOR_GAZETTEER_NAME));
      assertEquals(Files.readString(newsroom), processor.get(OpenSearchFields.PROCESSOR_GAZETTEER));
      // The index's queries resolve names through the same file: its template says so.
      String template = cluster.requests("PUT", "/_index_template/").get(0).body();
      assertTrue(
          template.contains(
              "\"search_analyzer\":\"" + OpenSearchFields.NEWSROOM_ENTITY_SEARCH_ANALYZER + "\""),
          template);
      assertTrue(template.contains("Mayor Roe"), template);
    }
    // Without a pipeline the names could not reach the cluster: refused before anything is sent.
    assertThrows(
        IllegalArgumentException.class, () -> new BulkLoader(withoutPipeline(), Optional.of(g)));
    // A malformed file is refused with its line, before the cluster is asked anything.
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "slug:x\tX\tNOT_A_TYPE\t\t\t\t\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PipelineGazetteer.read(bad));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void retriesOverloadedRequestsAndItemsWithBackOff() throws IOException {
    try (FakeCluster cluster = new FakeCluster()) {
      cluster.bulkOverloads.set(2);
      Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
      // The seed article is refused for overload twice, then taken.
      cluster.itemStatus =
          id ->
              attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet() <= 2
                      && id.equals("bbc-raqqa-deal")
                  ? 429
                  : 201;
      LoadStats stats = new BulkLoader(fast(cluster)).load(List.of(SEED), IndexListener.silent());
      assertEquals(1, stats.articlesLoaded());
      assertEquals(8, stats.commentsLoaded());
      assertEquals(0, stats.rejects());
      assertEquals(4, stats.retries(), "two whole requests and two item retries");
      assertEquals(5, cluster.requests("POST", "/voxpop/_bulk").size());
    }
  }

  @Test
  void aDocumentTheClusterRefusesIsRejectedWithItsReasonAndTheRunGoesOn() throws IOException {
    try (FakeCluster cluster = new FakeCluster()) {
      cluster.itemStatus = id -> id.equals("bad-ok-2") ? 400 : 201;
      Collecting listener = new Collecting();
      LoadStats stats = new BulkLoader(fast(cluster)).load(List.of(BAD), listener);
      assertEquals(1, stats.articlesLoaded());
      assertTrue(
          listener.rejects.contains(
              "index-fixtures/bad-input.jsonl:6: PROCESSING_FAILED: OpenSearch refused article "
                  + "'bad-ok-2' (HTTP 400): mapper_parsing_exception: injected; caused by x: why"),
          listener.rejects.toString());
      assertEquals(1L, stats.rejectsByReason().get(RejectReason.PROCESSING_FAILED));
    }
  }

  @Test
  void aDocumentStillRefusedForOverloadAfterTheRetriesFailsTheRun() throws IOException {
    try (FakeCluster cluster = new FakeCluster()) {
      cluster.itemStatus = id -> id.equals("bbc-raqqa-deal") ? 429 : 201;
      IOException e =
          assertThrows(
              IOException.class,
              () ->
                  new BulkLoader(fast(cluster).withSetup(false))
                      .load(List.of(SEED), IndexListener.silent()));
      assertTrue(
          e.getMessage().contains("still refused for overload (HTTP 429) after 4 retries"),
          e.getMessage());
      assertEquals(
          5, cluster.requests("POST", "/voxpop/_bulk").size(), "the first try and 4 retries");
    }
  }

  @Test
  void aClusterThatStaysDownFailsTheRunAfterTheRetries() throws IOException {
    try (FakeCluster cluster = new FakeCluster()) {
      cluster.alwaysStatus = 503;
      IOException e =
          assertThrows(
              IOException.class,
              () ->
                  new BulkLoader(fast(cluster).withSetup(false))
                      .load(List.of(SEED), IndexListener.silent()));
      assertTrue(e.getMessage().contains("failed after 5 attempts: HTTP 503"), e.getMessage());
      assertEquals(5, cluster.requests("POST", "/voxpop/_bulk").size());
    }
  }

  @Test
  void lateCommentsAreMergedIntoTheStoredArticleWithoutItsEnrichment(@TempDir Path dir)
      throws IOException {
    Path late = dir.resolve("late.jsonl");
    Files.writeString(
        late,
        """
        {"article_id": "bbc-raqqa-deal", "id": "9", "parent_id": "6", "text": "A late reply about Russia."}
        {"article_id": "bbc-raqqa-deal", "id": "10", "parent_id": "99", "text": "A reply to nothing."}
        """);
    try (FakeCluster cluster = new FakeCluster()) {
      Collecting listener = new Collecting();
      LoadStats stats =
          new BulkLoader(fast(cluster).withPipeline(java.util.Optional.empty()))
              .load(List.of(SEED, late), listener);
      assertEquals(1, stats.commentRecordsApplied());
      assertEquals(1, stats.rejectedRecords());
      assertTrue(
          listener.rejects.get(0).startsWith(late + ":2: UNKNOWN_PARENT"),
          listener.rejects.toString());
      String mget = cluster.requests("POST", "/voxpop/_mget").get(0).pathAndQuery();
      assertTrue(mget.contains("_source_excludes=") && mget.contains("comments.entity"), mget);
      String stored = cluster.stored.get("bbc-raqqa-deal");
      assertTrue(stored.contains("A late reply about Russia."), stored);
      assertFalse(stored.contains("A reply to nothing."), stored);
      assertTrue(
          cluster.requests("POST", "/voxpop/_bulk").stream()
              .allMatch(r -> r.pathAndQuery().endsWith("?pipeline=_none")));
      assertTrue(
          cluster.requests("PUT", "/_ingest/pipeline").isEmpty(), "no pipeline without --pipeline");
    }
  }

  @Test
  void strictModeStopsAtTheFirstReject() throws IOException {
    try (FakeCluster cluster = new FakeCluster()) {
      RejectedRecordException e =
          assertThrows(
              RejectedRecordException.class,
              () ->
                  new BulkLoader(fast(cluster).withStrict(true))
                      .load(List.of(BAD), IndexListener.silent()));
      assertEquals(RejectReason.DUPLICATE_COMMENT_ID, e.reject().reason());
    }
  }

  @Test
  void strictModeLoadsWhatCameBeforeTheBadRecord(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("good-then-bad.jsonl");
    java.nio.file.Files.writeString(
        input,
        java.nio.file.Files.readString(SEED).strip() + "\n{not json\n",
        java.nio.charset.StandardCharsets.UTF_8);
    try (FakeCluster cluster = new FakeCluster()) {
      RejectedRecordException e =
          assertThrows(
              RejectedRecordException.class,
              () ->
                  new BulkLoader(fast(cluster).withBatch(500, 1 << 20).withStrict(true))
                      .load(List.of(input), IndexListener.silent()));
      assertEquals(RejectReason.MALFORMED_JSON, e.reject().reason());
      assertTrue(
          cluster.requests("POST", "/voxpop/_bulk").stream()
              .anyMatch(r -> r.body().contains("bbc-raqqa-deal")),
          "the good article before the bad line was sent");
      assertTrue(!cluster.requests("POST", "/voxpop/_refresh").isEmpty(), "and made searchable");
    }
  }

  @Test
  void settingsRefuseWhatOpenSearchWouldRefuse() {
    java.net.URI url = java.net.URI.create("http://127.0.0.1:9200");
    assertThrows(
        IllegalArgumentException.class, () -> LoadSettings.defaults(url).withIndex("News"));
    assertThrows(
        IllegalArgumentException.class,
        () -> LoadSettings.defaults(java.net.URI.create("ftp://x")));
    IllegalArgumentException secret =
        assertThrows(
            IllegalArgumentException.class,
            () -> LoadSettings.defaults(java.net.URI.create("ftp://admin:s3cret@example.org")));
    assertTrue(
        !secret.getMessage().contains("s3cret"),
        "the password is never echoed: " + secret.getMessage());
    assertEquals(Duration.ofMillis(800), LoadSettings.defaults(url).backoff(3));
    assertEquals(Duration.ofSeconds(20), LoadSettings.defaults(url).backoff(30));
  }
}
