package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.IndexStats;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.query.VoxpopSearcher;

/** What `voxpop serve` does when the index changes under it and when writes come from elsewhere. */
class WebServeReliabilityTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Gazetteer GAZETTEER = Gazetteer.defaultGazetteer();

  private static Path seedIndex(Path dir) throws Exception {
    try (Indexer indexer =
        Indexer.open(
            dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), GAZETTEER.version())) {
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent());
    }
    return dir;
  }

  private static JsonNode stats(WebServer server) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/stats"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  @Test
  void aServedIndexShowsWhatAnotherProcessCommitsWithinSeconds(@TempDir Path tmp) throws Exception {
    Path dir = seedIndex(tmp.resolve("idx"));
    try (VoxpopSearcher searcher = VoxpopSearcher.open(dir, GAZETTEER);
        WebServer server =
            WebServer.start(
                new WebServer.Settings("127.0.0.1", 0, dir, false, 1000), searcher, GAZETTEER)) {
      long before = stats(server).get("documents").asLong();
      Path more = tmp.resolve("more.jsonl");
      Files.writeString(
          more,
          "{\"id\":\"late-1\",\"source\":\"Test\",\"title\":\"Late news\",\"body\":\"Paris held a vote on Sunday.\"}\n"
              + "{\"id\":\"late-2\",\"source\":\"Test\",\"title\":\"Later news\",\"body\":\"Berlin held a vote on Monday.\"}\n",
          StandardCharsets.UTF_8);
      IndexStats added;
      // another writer, as `voxpop index` run into the served folder: it commits when closed
      try (Indexer other =
          Indexer.open(
              dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), GAZETTEER.version())) {
        added = other.index(List.of(more), IndexListener.silent());
      }
      assertEquals(2, added.articlesIndexed());
      long committed = System.nanoTime();
      long now = before;
      while (now == before && System.nanoTime() - committed < 8_000_000_000L) {
        Thread.sleep(100);
        now = stats(server).get("documents").asLong();
      }
      long seenAfterMs = (System.nanoTime() - committed) / 1_000_000;
      assertEquals(before + 2, now, "the new commit is served without a restart");
      assertTrue(
          seenAfterMs <= CommitWatcher.INTERVAL.toMillis() + 2_000,
          "seen after " + seenAfterMs + " ms");
    }
  }

  @Test
  void writesFromAnotherPortOrSchemeOnTheSameHostAreRefused(@TempDir Path tmp) throws Exception {
    Path dir = seedIndex(tmp.resolve("idx"));
    try (VoxpopSearcher searcher = VoxpopSearcher.open(dir, GAZETTEER);
        WebServer server =
            WebServer.start(
                new WebServer.Settings("127.0.0.1", 0, dir, true, 1000), searcher, GAZETTEER)) {
      int port = server.port();
      for (String origin :
          List.of(
              "http://localhost:1",
              "http://127.0.0.1:" + (port == 1 ? 2 : port - 1),
              "https://127.0.0.1:" + port,
              "http://localhost",
              "null",
              "http://127.0.0.1:" + port + "/x",
              "::garbage")) {
        HttpResponse<String> response = post(port, origin);
        assertEquals(403, response.statusCode(), origin + " -> " + response.body());
        assertTrue(
            JSON.readTree(response.body()).get("error").asText().contains("other origins"),
            response.body());
      }
      for (String origin :
          List.of(
              "http://127.0.0.1:" + port, "http://localhost:" + port, "HTTP://LOCALHOST:" + port)) {
        HttpResponse<String> response = post(port, origin);
        assertEquals(200, response.statusCode(), origin + " -> " + response.body());
      }
    }
  }

  private static HttpResponse<String> post(int port, String origin) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/index"))
            .header("Origin", origin)
            .header("Content-Type", "application/x-ndjson")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"id\":\"o-1\",\"source\":\"Test\",\"title\":\"T\",\"body\":\"Some text.\"}\n"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
