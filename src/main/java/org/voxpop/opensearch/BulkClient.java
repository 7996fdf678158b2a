package org.voxpop.opensearch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP to one OpenSearch cluster with the JDK's client: requests that fail for a reason that may
 * pass (no connection, 429 Too Many Requests, 502/503/504) are sent again after an exponential
 * back-off, up to the settings' retry limit.
 */
final class BulkClient implements AutoCloseable {

  /** Statuses of a whole request worth retrying: overload or a node or proxy briefly away. */
  static final Set<Integer> RETRY_STATUSES = Set.of(429, 502, 503, 504);

  /** A response: status and body. */
  record Response(int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final LoadSettings settings;
  private final HttpClient http;
  private final URI base;
  private final Optional<String> authorization;
  private final AtomicLong retries;

  BulkClient(LoadSettings settings, AtomicLong retries) {
    this.settings = settings;
    this.retries = retries;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    URI url = settings.url();
    this.authorization =
        Optional.ofNullable(url.getRawUserInfo())
            .map(
                info ->
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                URLDecoder.decode(info, StandardCharsets.UTF_8)
                                    .getBytes(StandardCharsets.UTF_8)));
    try {
      String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
      this.base =
          new URI(url.getScheme(), null, url.getHost(), url.getPort(), null, null, null)
              .resolve(path + "/");
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad --url: " + e.getMessage(), e);
    }
  }

  /** The cluster URL without credentials, for messages. */
  String describe() {
    return base.toString().replaceAll("/$", "");
  }

  /**
   * Sends one request, retrying transient failures.
   *
   * @param path path and query below the base URL, without a leading slash
   * @return the last response, whatever its status, once it is not a transient failure
   * @throws IOException when the cluster stays unreachable or overloaded through every retry
   */
  Response send(String method, String path, String contentType, String body) throws IOException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(settings.requestTimeout())
            .header("Content-Type", contentType)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    authorization.ifPresent(a -> builder.header("Authorization", a));
    HttpRequest request = builder.build();
    String lastProblem = "";
    for (int attempt = 0; ; attempt++) {
      if (attempt > 0) {
        retries.incrementAndGet();
        sleep(settings.backoff(attempt));
      }
      try {
        HttpResponse<String> response =
            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (!RETRY_STATUSES.contains(response.statusCode())) {
          return new Response(response.statusCode(), response.body());
        }
        lastProblem = "HTTP " + response.statusCode() + " " + excerpt(response.body());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for " + describe());
      } catch (java.net.http.HttpTimeoutException e) {
        // The cluster may still be working on it: sending it again would only add to its load.
        throw new IOException(
            method
                + " "
                + describe()
                + "/"
                + path.replaceAll("\\?.*", "")
                + " got no answer within "
                + settings.requestTimeout().toSeconds()
                + " s; not sent again",
            e);
      } catch (IOException e) {
        lastProblem =
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      }
      if (attempt >= settings.maxRetries()) {
        throw new IOException(
            method
                + " "
                + describe()
                + "/"
                + path.replaceAll("\\?.*", "")
                + " failed after "
                + (attempt + 1)
                + " attempts: "
                + lastProblem);
      }
    }
  }

  /** Stops the client's threads; every request has been answered by then. */
  @Override
  public void close() {
    http.shutdownNow();
  }

  /** Sleeps for a back-off; an interrupt ends the run. */
  static void sleep(Duration wait) throws InterruptedIOException {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted during back-off");
    }
  }

  /** The start of a response body, on one line, for error messages. */
  static String excerpt(String body) {
    String line = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
