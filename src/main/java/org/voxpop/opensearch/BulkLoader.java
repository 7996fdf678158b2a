package org.voxpop.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.voxpop.index.IndexListener;
import org.voxpop.index.RejectedRecordException;
import org.voxpop.index.RunCounts;
import org.voxpop.index.RunFailure;
import org.voxpop.input.ArticleJson;
import org.voxpop.input.CommentMerge;
import org.voxpop.input.IngestLoop;
import org.voxpop.input.InputRecord;
import org.voxpop.input.InputSource;
import org.voxpop.input.Reject;
import org.voxpop.input.RejectReason;
import org.voxpop.input.SourceLocation;
import org.voxpop.model.Article;

// Over 500 lines: one bulk load's life (batches, multi-get merges of late comments, retries with
// back-off, rejects) shares its counters and retry rules; the ingest loop, the enricher and the
// field names are classes of their own.
/**
 * Streams voxpop's JSON Lines into an OpenSearch index with the bulk API: one document per article
 * with its comments nested, enriched on the cluster by the {@code voxpop} ingest processor.
 *
 * <p>Input is read with the same readers as {@code voxpop index}, so the same records are rejected
 * with the same {@code file:line: REASON: detail}. Stand-alone comment records are merged into the
 * stored article (fetched with a real-time multi-get) and the article is sent again, as the local
 * indexer rewrites the block. Whole requests that fail transiently (no connection, 429, 502-504)
 * and single documents the cluster refuses for overload (429, 503) are retried with exponential
 * back-off; a document refused for any other reason is rejected as {@code PROCESSING_FAILED} with
 * the cluster's explanation. Memory stays bounded by the batch size times the requests in flight.
 *
 * <p>Not thread safe: one run at a time per instance.
 */
public final class BulkLoader {

  /** Stand-alone comment records are merged in rounds of at most this many. */
  static final int COMMENT_BATCH = 10_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Statuses of one bulk item worth retrying: the node was busy or the shard was not ready. */
  private static final java.util.Set<Integer> ITEM_RETRY_STATUSES = java.util.Set.of(429, 503);

  private final LoadSettings settings;
  private final Optional<PipelineGazetteer> gazetteer;
  private final Optional<String> entityModel;

  /** A loader with the given settings. */
  public BulkLoader(LoadSettings settings) {
    this(settings, Optional.empty());
  }

  /**
   * A loader whose pipeline recognises names with a newsroom gazetteer on top of the built-in one:
   * the pipeline is installed with it (replacing one of that name), so set-up must be on and there
   * must be a pipeline.
   *
   * @throws IllegalArgumentException when there is a gazetteer but no pipeline or no set-up
   */
  public BulkLoader(LoadSettings settings, Optional<PipelineGazetteer> gazetteer) {
    this(settings, gazetteer, Optional.empty());
  }

  /**
   * As {@link #BulkLoader(LoadSettings, Optional)}, the pipeline also naming a retrained entity
   * tagger that each ingest node keeps in its {@code config/voxpop-models/} folder ({@link
   * OpenSearchFields#PROCESSOR_ENTITY_MODEL}).
   *
   * @throws IllegalArgumentException when there is a gazetteer or a model but no pipeline or no
   *     set-up, or the model's name is no folder name
   */
  public BulkLoader(
      LoadSettings settings, Optional<PipelineGazetteer> gazetteer, Optional<String> entityModel) {
    if ((gazetteer.isPresent() || entityModel.isPresent())
        && (settings.pipeline().isEmpty() || !settings.setup())) {
      throw new IllegalArgumentException(
          (gazetteer.isPresent() ? "a newsroom gazetteer" : "an entity model")
              + " goes to the cluster in the ingest pipeline: it needs a pipeline"
              + " (not --pipeline none) and set-up (not --no-setup)");
    }
    if (entityModel.isPresent() && !OpenSearchFields.isEntityModelName(entityModel.get())) {
      throw new IllegalArgumentException(
          "an entity model is named by its folder in the nodes' config/"
              + OpenSearchFields.ENTITY_MODELS_DIR
              + "/: letters, digits, '.', '_' and '-', was '"
              + entityModel.get()
              + "'");
    }
    this.settings = settings;
    this.gazetteer = gazetteer;
    this.entityModel = entityModel;
  }

  /** One document to send: an article as read, or rewritten with merged comment records. */
  private record Item(
      String id,
      SourceLocation location,
      String source,
      int comments,
      List<InputRecord.CommentRecord> merged) {}

  /** State of one run. */
  private final class Run {
    final RunCounts counters = new RunCounts();
    final AtomicLong bulkRequests = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final BulkClient client = new BulkClient(settings, retries);
    final IndexListener listener;
    final ExecutorService senders =
        Executors.newFixedThreadPool(
            settings.concurrency(),
            r -> {
              Thread t = new Thread(r, "voxpop-bulk");
              t.setDaemon(true);
              return t;
            });
    final Deque<Future<?>> inFlight = new ArrayDeque<>();
    final Map<String, Future<?>> inFlightById = new HashMap<>();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Item> batch = new ArrayList<>();
    long batchBytes;

    Run(IndexListener listener) {
      this.listener = listener;
    }

    /** Stops the sender threads and the HTTP client, so that no thread outlives the run. */
    void close() {
      senders.shutdownNow();
      try {
        senders.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        client.close();
      }
    }
  }

  /**
   * Loads every record of the given JSON Lines files (plain or gzipped), then refreshes the index
   * so that everything loaded is searchable.
   *
   * @throws IOException when the cluster cannot be reached, refuses the setup or a bulk request, or
   *     stays overloaded through every retry
   * @throws RejectedRecordException in strict mode, at the first reject
   */
  public LoadStats load(List<Path> inputs, IndexListener listener) throws IOException {
    return loadSources(InputSource.files(inputs), listener);
  }

  /** As {@link #load}, from inputs of any kind (files, standard input) with their date forms. */
  public LoadStats loadSources(List<InputSource> inputs, IndexListener listener)
      throws IOException {
    long started = System.nanoTime();
    Run run = new Run(listener);
    try {
      if (settings.setup()) {
        setup(run.client);
      }
      IngestLoop.run(inputs, new BulkSink(run), listener::warned);
      sendTheRest(run);
    } catch (RejectedRecordException e) {
      // Strict mode: what came before the bad record is loaded and searchable, as with
      // `voxpop index --strict`; then the run stops.
      sendTheRest(run);
      throw e;
    } finally {
      run.close();
    }
    return stats(run, Duration.ofNanos(System.nanoTime() - started));
  }

  /** What the ingest loop's records become here: bulk items, and comments merged by multi-get. */
  private final class BulkSink implements IngestLoop.Sink {
    private final Run run;

    BulkSink(Run run) {
      this.run = run;
    }

    @Override
    public int commentBatch() {
      return COMMENT_BATCH;
    }

    @Override
    public void recordRead() {
      run.counters.recordRead();
    }

    @Override
    public void rejected(Reject reject) {
      rejectRecord(run, reject);
    }

    @Override
    public void article(InputRecord.ArticleRecord article) throws IOException {
      for (Reject comment : article.rejectedComments()) {
        rejectComment(run, comment);
      }
      Article a = article.article();
      add(
          run,
          new Item(
              a.id(),
              article.location(),
              ArticleJson.toJsonLine(a),
              a.comments().size(),
              List.of()));
    }

    @Override
    public void comments(Map<String, List<InputRecord.CommentRecord>> byArticle)
        throws IOException {
      applyComments(run, byArticle);
    }

    @Override
    public void afterRecord(long bytesRead, long totalBytes) throws IOException {
      RunFailure.rethrow(run.failure);
      run.listener.progress(
          run.counters.articles(), run.counters.comments(), bytesRead, totalBytes);
    }
  }

  /** Sends the last batch, waits for every request and makes what was loaded searchable. */
  private void sendTheRest(Run run) throws IOException {
    flush(run);
    drain(run);
    RunFailure.rethrow(run.failure);
    refresh(run.client);
  }

  /**
   * Installs the index template, and the pipeline when it does not exist yet, or always when it
   * carries a newsroom gazetteer or an entity model (the pipeline then records what this load
   * enriches with).
   */
  private void setup(BulkClient client) throws IOException {
    String index = settings.index();
    expectOk(
        client.send(
            "PUT",
            "_index_template/" + encode(IndexTemplate.name(index)),
            "application/json",
            JSON.writeValueAsString(IndexTemplate.template(index, settings.shards(), gazetteer))),
        "installing the index template");
    if (settings.pipeline().isPresent()) {
      String path = "_ingest/pipeline/" + encode(settings.pipeline().get());
      BulkClient.Response existing =
          gazetteer.isPresent() || entityModel.isPresent()
              ? null
              : client.send("GET", path, "application/json", null);
      if (existing == null || existing.status() == 404) {
        expectOk(
            client.send(
                "PUT",
                path,
                "application/json",
                JSON.writeValueAsString(IndexTemplate.pipeline(gazetteer, entityModel))),
            "installing the ingest pipeline");
      } else {
        expectOk(existing, "looking up the ingest pipeline");
      }
    }
  }

  private static void expectOk(BulkClient.Response response, String what) throws IOException {
    if (!response.ok()) {
      String body = errorChain(response.body());
      String hint =
          body.contains(OpenSearchFields.ENTITY_ID_FILTER)
                  || body.contains("No processor type exists")
              ? " (is the voxpop plugin installed on every node? see docs/scale-out.md)"
              : "";
      throw new IOException(what + " failed: HTTP " + response.status() + " " + body + hint);
    }
  }

  /** Adds a document to the current batch, sending the batch when it is full. */
  private void add(Run run, Item item) throws IOException {
    Future<?> earlier = run.inFlightById.get(item.id());
    if (earlier != null && !earlier.isDone()) {
      // The same article is on its way in an earlier request: the later version must land last.
      await(run, earlier);
    }
    run.batch.add(item);
    // UTF-8 bytes, as the limit is on the request body (a char can take up to three bytes)
    run.batchBytes += utf8Length(item.source()) + utf8Length(item.id()) + 64;
    if (run.batch.size() >= settings.batchArticles() || run.batchBytes >= settings.batchBytes()) {
      flush(run);
    }
  }

  /**
   * Sends the current batch on a sender thread, once fewer than the allowed requests are in flight.
   */
  private void flush(Run run) throws IOException {
    if (run.batch.isEmpty()) {
      return;
    }
    while (run.inFlight.size() >= settings.concurrency()) {
      await(run, run.inFlight.removeFirst());
    }
    List<Item> items = run.batch;
    run.batch = new ArrayList<>();
    run.batchBytes = 0;
    Future<?> sending =
        run.senders.submit(
            () -> {
              send(run, items);
              return null;
            });
    run.inFlight.addLast(sending);
    run.inFlightById.values().removeIf(Future::isDone);
    for (Item item : items) {
      run.inFlightById.put(item.id(), sending);
    }
  }

  /** Sends one batch and retries the documents refused for overload; runs on a sender thread. */
  private void send(Run run, List<Item> items) throws IOException {
    String path =
        encode(settings.index()) + "/_bulk?pipeline=" + encode(settings.pipeline().orElse("_none"));
    List<Item> pending = items;
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      if (attempt > 0) {
        run.retries.addAndGet(pending.size());
        BulkClient.sleep(settings.backoff(attempt));
      }
      BulkClient.Response response =
          run.client.send("POST", path, "application/x-ndjson", body(pending));
      if (!response.ok()) {
        throw new IOException(
            "bulk request refused: HTTP " + response.status() + " " + errorChain(response.body()));
      }
      run.bulkRequests.incrementAndGet();
      JsonNode results = JSON.readTree(response.body()).path("items");
      if (results.size() != pending.size()) {
        throw new IOException(
            "bulk response has " + results.size() + " items for " + pending.size() + " documents");
      }
      List<Item> retry = new ArrayList<>();
      for (int i = 0; i < pending.size(); i++) {
        JsonNode result = results.get(i).path("index");
        int status = result.path("status").asInt();
        Item item = pending.get(i);
        if (status >= 200 && status < 300) {
          accepted(run.counters, item, "updated".equals(result.path("result").asText()));
        } else if (ITEM_RETRY_STATUSES.contains(status)) {
          if (attempt >= settings.maxRetries()) {
            // Overload is the cluster's state, not the record's fault: reporting it as a bad
            // record would let a run "succeed" without these documents.
            throw new IOException(
                "document "
                    + item.id()
                    + " still refused for overload (HTTP "
                    + status
                    + ") after "
                    + settings.maxRetries()
                    + " retries; the cluster cannot take the load: "
                    + errorChain(result.path("error").toString()));
          }
          retry.add(item);
        } else {
          refused(run, item, status, result.path("error"));
        }
      }
      pending = retry;
    }
  }

  private static long utf8Length(String s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  private static String body(List<Item> items) throws JsonProcessingException {
    StringBuilder out = new StringBuilder();
    for (Item item : items) {
      out.append("{\"index\":{\"_id\":").append(JSON.writeValueAsString(item.id())).append("}}\n");
      out.append(item.source()).append('\n');
    }
    return out.toString();
  }

  private static void accepted(RunCounts counters, Item item, boolean replaced) {
    if (item.merged().isEmpty()) {
      counters.articleWritten(item.comments());
      if (replaced) {
        counters.articleReplaced();
      }
    } else {
      counters.commentRecordsMerged(item.merged().size());
    }
  }

  /**
   * OpenSearch's explanation of an error response: each reason of the {@code caused_by} chain,
   * where the useful one is usually the last; the raw body when it is not an error object.
   */
  static String errorChain(String body) {
    try {
      JsonNode error = JSON.readTree(body).path("error");
      if (!error.isObject()) {
        return BulkClient.excerpt(body);
      }
      StringBuilder out = new StringBuilder();
      for (JsonNode e = error; e.isObject(); e = e.path("caused_by")) {
        out.append(out.isEmpty() ? "" : "; caused by ")
            .append(e.path("type").asText())
            .append(": ")
            .append(e.path("reason").asText());
      }
      return out.toString();
    } catch (IOException e) {
      return BulkClient.excerpt(body);
    }
  }

  /**
   * A document the cluster would not take: reported like an enrichment failure of the local
   * indexer.
   */
  private void refused(Run run, Item item, int status, JsonNode error) {
    String why =
        "OpenSearch refused article '"
            + item.id()
            + "' (HTTP "
            + status
            + "): "
            + errorChain("{\"error\":" + error + "}");
    if (item.merged().isEmpty()) {
      rejectRecord(run, new Reject(item.location(), RejectReason.PROCESSING_FAILED, why));
      return;
    }
    for (InputRecord.CommentRecord c : item.merged()) {
      rejectRecord(
          run,
          new Reject(
              c.location(),
              RejectReason.PROCESSING_FAILED,
              "comment '" + c.comment().id() + "': " + why));
    }
  }

  /**
   * Merges stand-alone comment records into their stored articles: everything sent so far is waited
   * for, the articles are fetched (real-time, no refresh needed) without the fields the processor
   * added, and sent again with the merged thread.
   */
  private void applyComments(Run run, Map<String, List<InputRecord.CommentRecord>> pending)
      throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    flush(run);
    drain(run);
    RunFailure.rethrow(run.failure);
    List<String> ids = new ArrayList<>(pending.keySet());
    for (int from = 0; from < ids.size(); from += settings.batchArticles()) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + settings.batchArticles()));
      JsonNode docs = multiGet(run.client, chunk);
      for (int i = 0; i < chunk.size(); i++) {
        List<InputRecord.CommentRecord> records = pending.get(chunk.get(i));
        JsonNode doc = docs.get(i);
        if (doc == null || !doc.path("found").asBoolean(false)) {
          records.forEach(c -> rejectRecord(run, CommentMerge.unknownArticle(c)));
          continue;
        }
        Article stored;
        try {
          stored = ArticleJson.fromJsonLine(doc.path("_source").toString());
        } catch (IllegalArgumentException e) {
          records.forEach(
              c ->
                  rejectRecord(
                      run,
                      new Reject(
                          c.location(),
                          RejectReason.PROCESSING_FAILED,
                          "comment '"
                              + c.comment().id()
                              + "': the stored article '"
                              + c.articleId()
                              + "' is not in voxpop's format")));
          continue;
        }
        CommentMerge merge = CommentMerge.of(stored, records);
        merge.rejects().forEach(r -> rejectRecord(run, r));
        if (!merge.applied().isEmpty()) {
          Article updated = merge.article();
          add(
              run,
              new Item(
                  updated.id(),
                  merge.applied().get(0).location(),
                  ArticleJson.toJsonLine(updated),
                  updated.comments().size(),
                  merge.applied()));
        }
      }
    }
    flush(run);
    drain(run);
    RunFailure.rethrow(run.failure);
  }

  private JsonNode multiGet(BulkClient client, List<String> ids) throws IOException {
    List<String> excludes = new ArrayList<>(OpenSearchFields.articleEnrichmentFields());
    for (String field : OpenSearchFields.commentEnrichmentFields()) {
      excludes.add(OpenSearchFields.COMMENTS + "." + field);
    }
    String path =
        encode(settings.index())
            + "/_mget?realtime=true&_source_excludes="
            + encode(String.join(",", excludes));
    BulkClient.Response response =
        client.send("POST", path, "application/json", JSON.writeValueAsString(Map.of("ids", ids)));
    if (response.status() == 404) {
      // No index yet: none of the articles exists.
      return JSON.createArrayNode();
    }
    expectOk(response, "fetching articles for stand-alone comments");
    return JSON.readTree(response.body()).path("docs");
  }

  private void refresh(BulkClient client) throws IOException {
    BulkClient.Response response =
        client.send("POST", encode(settings.index()) + "/_refresh", "application/json", null);
    if (response.status() != 404) {
      expectOk(response, "refreshing the index");
    }
  }

  private void rejectRecord(Run run, Reject reject) {
    run.counters.rejectRecord(reject, run.listener, settings.strict());
  }

  private void rejectComment(Run run, Reject reject) {
    run.counters.rejectComment(reject, run.listener, settings.strict());
  }

  /** Waits for one request; its failure becomes the run's. */
  private static void await(Run run, Future<?> future) throws IOException {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while loading");
    } catch (ExecutionException e) {
      run.failure.compareAndSet(null, e.getCause());
    }
    RunFailure.rethrow(run.failure);
  }

  private static void drain(Run run) throws IOException {
    while (!run.inFlight.isEmpty()) {
      await(run, run.inFlight.removeFirst());
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static LoadStats stats(Run run, Duration elapsed) {
    RunCounts c = run.counters;
    return new LoadStats(
        c.recordsRead(),
        c.articles(),
        c.replaced(),
        c.comments(),
        c.commentRecords(),
        c.rejectedRecords(),
        c.rejectedComments(),
        c.rejectsByReason(),
        run.bulkRequests.get(),
        run.retries.get(),
        elapsed);
  }
}
