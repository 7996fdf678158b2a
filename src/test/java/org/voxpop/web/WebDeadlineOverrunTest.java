package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.query.VoxpopSearcher;

/**
 * Issue 20 item 8 with a real overrun: a server whose requests may take a third of what a search
 * really takes here (regular expressions over every word of a generated archive, timed warm on a
 * server without a deadline, so that a fast machine gets a short deadline and a slow one a long
 * one), answers at its deadline with a whole JSON 503, never with half a result. Loopback only,
 * bounded in time.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebDeadlineOverrunTest {
  /** The shortest deadline tried: below it, timer and scheduling noise would be the test. */
  private static final long MIN_DEADLINE_MS = 50;

  /** Expressions in the costly search: the most whose query stays under the 2,000-character cap. */
  private static final int EXPRESSIONS = 80;

  /** What answering may add to the deadline: finding the request late, writing the error. */
  private static final long ANSWERED_WITHIN_MS = 2_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int ARTICLES = 1_000;

  /**
   * {@code n} regular expressions, {@code text:/.*a.*\/ OR text:/.*b.*\/ ...} (then two letters,
   * {@code .*ab.*}), each of which visits every one of the archive's 100,000 distinct words.
   */
  private static String costly(int n) {
    return "/api/search?q="
        + URLEncoder.encode(
            java.util.stream.IntStream.range(0, n)
                .mapToObj(
                    i ->
                        "text:/.*"
                            + (char) ('a' + i % 26)
                            + (i < 26 ? "" : String.valueOf((char) ('a' + i / 26 % 26)))
                            + ".*/")
                .collect(java.util.stream.Collectors.joining(" OR ")),
            StandardCharsets.UTF_8)
        + "&facets=source";
  }

  @TempDir static Path tmp;
  private static VoxpopSearcher searcher;
  private static Path index;
  private static Gazetteer gazetteer;
  private static WebServer unhurried;

  @BeforeAll
  static void start() throws Exception {
    Path input = tmp.resolve("generated.jsonl");
    Random random = new Random(20);
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int article = 0; article < ARTICLES; article++) {
        StringBuilder body = new StringBuilder();
        for (int word = 0; word < 100; word++) {
          int letters = 5 + random.nextInt(6);
          for (int i = 0; i < letters; i++) {
            body.append((char) ('a' + random.nextInt(26)));
          }
          body.append(' ');
        }
        out.write(
            JSON.writeValueAsString(
                JSON.createObjectNode()
                    .put("id", "gen-" + article)
                    .put("source", "Generated")
                    .put("title", "Article " + article)
                    .put("body", body.toString().trim())));
        out.write('\n');
      }
    }
    long indexing = System.nanoTime();
    index = tmp.resolve("index");
    gazetteer = Gazetteer.defaultGazetteer();
    // no enrichment: the words are random, and what costs here is searching them, not finding names
    try (Indexer indexer =
        Indexer.open(
            index,
            EnrichmentPipeline.create(
                EnrichmentPipeline.Options.none(), EntityRecognizer.create(gazetteer)),
            IndexerSettings.defaults(),
            gazetteer.version())) {
      indexer.index(List.of(input), IndexListener.silent());
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "indexed %d generated articles in %d ms%n",
        ARTICLES,
        (System.nanoTime() - indexing) / 1_000_000);
    searcher = VoxpopSearcher.open(index, gazetteer);
    unhurried =
        WebServer.start(
            new WebServer.Settings("127.0.0.1", 0, index, false, 1000), searcher, gazetteer);
  }

  @AfterAll
  static void stop() throws Exception {
    unhurried.close();
    searcher.close();
  }

  private static HttpResponse<String> get(WebServer server, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSearchThatTakesLongerThanTheDeadlineGetsAWholeJsonErrorAtTheDeadline() throws Exception {
    // How long the search really takes, warm: the server with time to spare answers it.
    String costly = costly(EXPRESSIONS);
    get(unhurried, costly); // cold: reads the index into memory
    long started = System.nanoTime();
    HttpResponse<String> whole = get(unhurried, costly);
    long wholeMs = (System.nanoTime() - started) / 1_000_000;
    assertEquals(200, whole.statusCode(), whole.body());
    long deadlineMs = wholeMs / 3;
    assertTrue(
        deadlineMs >= MIN_DEADLINE_MS,
        "the costly search took only " + wholeMs + " ms: no overrun to test");

    try (WebServer hurried =
        WebServer.start(
            new WebServer.Settings(
                "127.0.0.1", 0, index, false, 1000, Duration.ofMillis(deadlineMs)),
            searcher,
            gazetteer)) {
      for (int round = 0; round < 3; round++) {
        started = System.nanoTime();
        HttpResponse<String> response = get(hurried, costly);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(
            ms >= deadlineMs && ms < deadlineMs + ANSWERED_WITHIN_MS,
            "answered after " + ms + " ms (the whole search: " + wholeMs + " ms)");
        assertEquals(
            "application/json; charset=utf-8",
            response.headers().firstValue("content-type").orElse(""));
        assertTrue(response.headers().firstValue("content-security-policy").isPresent());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(2, body.size(), "the error alone, no half result: " + response.body());
        assertEquals(503, body.get("status").asInt());
        assertEquals(
            "the request took longer than "
                + deadlineMs
                + " ms and was stopped; narrow the query, ask for fewer facets, or try again",
            body.get("error").asText());
        System.out.printf(
            java.util.Locale.ROOT,
            "deadline %d ms: 503 after %d ms (the whole search took %d ms)%n",
            deadlineMs,
            ms,
            wholeMs);
      }
    }
  }
}
