package org.voxpop.opensearch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link BulkLoader} talks to a cluster.
 *
 * @param url the cluster's base URL, e.g. {@code http://127.0.0.1:9200}; user and password in the
 *     URL ({@code https://user:secret@host:9200}) are sent as basic authentication
 * @param index the index to write
 * @param pipeline the ingest pipeline to run on each document, or empty for none (the documents are
 *     then stored as read, without enrichment)
 * @param setup whether to install the index template (and the pipeline, when there is one) before
 *     loading
 * @param shards primary shards of a new index (the template's setting)
 * @param batchArticles most articles per bulk request
 * @param batchBytes most bytes per bulk request (an article larger than this goes alone)
 * @param concurrency bulk requests in flight at once
 * @param maxRetries retries of one request or one document before the run gives up on it
 * @param initialBackoff wait before the first retry; each further retry waits twice as long
 * @param maxBackoff longest wait between two retries
 * @param requestTimeout longest wait for one response
 * @param strict stop at the first reject
 */
public record LoadSettings(
    URI url,
    String index,
    Optional<String> pipeline,
    boolean setup,
    int shards,
    int batchArticles,
    long batchBytes,
    int concurrency,
    int maxRetries,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration requestTimeout,
    boolean strict) {

  public LoadSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(pipeline, "pipeline");
    if (url.getScheme() == null
        || !(url.getScheme().equals("http") || url.getScheme().equals("https"))
        || url.getHost() == null) {
      // the URL may carry user:password: never echo that part
      String shown =
          url.getRawUserInfo() == null
              ? url.toString()
              : url.toString().replace(url.getRawUserInfo() + "@", "***@");
      throw new IllegalArgumentException(
          "--url must be an http:// or https:// URL with a host, was '" + shown + "'");
    }
    if (index.isBlank()
        || !index.equals(index.toLowerCase(java.util.Locale.ROOT))
        || index.startsWith("_")
        || index.contains(",")) {
      throw new IllegalArgumentException(
          "index name must be lower case, without commas, not starting with '_': '" + index + "'");
    }
    if (shards < 1 || batchArticles < 1 || batchBytes < 1 || concurrency < 1 || maxRetries < 0) {
      throw new IllegalArgumentException(
          "shards, batch sizes and concurrency must be positive, retries not negative");
    }
  }

  /**
   * Defaults for a cluster at {@code url}: index and pipeline {@code voxpop}, template installed.
   */
  public static LoadSettings defaults(URI url) {
    return new LoadSettings(
        url,
        OpenSearchFields.DEFAULT_INDEX,
        Optional.of(OpenSearchFields.DEFAULT_PIPELINE),
        true,
        1,
        500,
        5L * 1024 * 1024,
        2,
        8,
        Duration.ofMillis(200),
        Duration.ofSeconds(20),
        Duration.ofMinutes(2),
        false);
  }

  /** With another index. */
  public LoadSettings withIndex(String value) {
    return new LoadSettings(
        url,
        value,
        pipeline,
        setup,
        shards,
        batchArticles,
        batchBytes,
        concurrency,
        maxRetries,
        initialBackoff,
        maxBackoff,
        requestTimeout,
        strict);
  }

  /** With another pipeline, or none. */
  public LoadSettings withPipeline(Optional<String> value) {
    return new LoadSettings(
        url,
        index,
        value,
        setup,
        shards,
        batchArticles,
        batchBytes,
        concurrency,
        maxRetries,
        initialBackoff,
        maxBackoff,
        requestTimeout,
        strict);
  }

  /** Whether to install the template and pipeline first. */
  public LoadSettings withSetup(boolean value) {
    return new LoadSettings(
        url,
        index,
        pipeline,
        value,
        shards,
        batchArticles,
        batchBytes,
        concurrency,
        maxRetries,
        initialBackoff,
        maxBackoff,
        requestTimeout,
        strict);
  }

  /** With another number of primary shards for a new index. */
  public LoadSettings withShards(int value) {
    return new LoadSettings(
        url,
        index,
        pipeline,
        setup,
        value,
        batchArticles,
        batchBytes,
        concurrency,
        maxRetries,
        initialBackoff,
        maxBackoff,
        requestTimeout,
        strict);
  }

  /** With other batch limits. */
  public LoadSettings withBatch(int articles, long bytes) {
    return new LoadSettings(
        url,
        index,
        pipeline,
        setup,
        shards,
        articles,
        bytes,
        concurrency,
        maxRetries,
        initialBackoff,
        maxBackoff,
        requestTimeout,
        strict);
  }

  /** With another number of requests in flight. */
  public LoadSettings withConcurrency(int value) {
    return new LoadSettings(
        url,
        index,
        pipeline,
        setup,
        shards,
        batchArticles,
        batchBytes,
        value,
        maxRetries,
        initialBackoff,
        maxBackoff,
        requestTimeout,
        strict);
  }

  /** With another retry policy. */
  public LoadSettings withRetries(int retries, Duration initial, Duration max) {
    return new LoadSettings(
        url,
        index,
        pipeline,
        setup,
        shards,
        batchArticles,
        batchBytes,
        concurrency,
        retries,
        initial,
        max,
        requestTimeout,
        strict);
  }

  /** Strict or not. */
  public LoadSettings withStrict(boolean value) {
    return new LoadSettings(
        url,
        index,
        pipeline,
        setup,
        shards,
        batchArticles,
        batchBytes,
        concurrency,
        maxRetries,
        initialBackoff,
        maxBackoff,
        requestTimeout,
        value);
  }

  /** The wait before retry number {@code attempt} (1-based): exponential, capped. */
  public Duration backoff(int attempt) {
    long millis = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
  }
}
