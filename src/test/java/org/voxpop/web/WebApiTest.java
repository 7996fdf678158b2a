package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.VoxpopSearcher;

/** The HTTP API as a client sees it: answers, validation, and the headers that keep it safe. */
class WebApiTest {
  private static FixtureServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    server = FixtureServer.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return server.get(path);
  }

  @Test
  void searchAnswersWithHitsAndCommentAndArticleCounts() throws Exception {
    HttpResponse<String> response = get("/api/search?q=Raqqa&scope=both&facets=doc_type");
    assertEquals(200, response.statusCode());
    JsonNode body = JSON.readTree(response.body());
    assertEquals(2, body.get("total_hits").asInt());
    assertEquals("bbc-raqqa-deal", body.get("hits").get(0).get("article_id").asText());
    assertEquals("doc_type", body.get("facets").get(0).get("dim").asText());
  }

  @Test
  void thePageReadsTheDimensionsFromTheRegistry() throws Exception {
    JsonNode dims = JSON.readTree(get("/api/dimensions").body());
    assertEquals(org.voxpop.index.Dimension.all().size(), dims.size());
    JsonNode entity = dims.get(0);
    assertEquals("entity", entity.get("name").asText());
    assertEquals("entities", entity.get("values").asText());
    assertTrue(entity.get("multi_valued").asBoolean());
    assertTrue(entity.get("on_page").asBoolean());
  }

  @Test
  void drillDownsAndEntityLookup() throws Exception {
    JsonNode drilled = JSON.readTree(get("/api/search?drill=source:BBC&facets=source").body());
    assertEquals(8, drilled.get("total_hits").asInt());
    JsonNode entity = JSON.readTree(get("/api/entity?name=America").body());
    assertEquals("Q30", entity.get("id").asText());
  }

  @Test
  void badRequestsGetA400WithAMessageAndNoStackTrace() throws Exception {
    for (String path :
        new String[] {
          "/api/search?q=colour:red", "/api/search?size=5000", "/api/search?scope=everything",
          "/api/search?drill=nocolon", "/api/search?q=" + "a".repeat(2100),
              "/api/search?after=garbage",
          "/api/timeline?interval=fortnight", "/api/search?top=0"
        }) {
      HttpResponse<String> response = get(path);
      assertEquals(400, response.statusCode(), path + " -> " + response.body());
      JsonNode body = JSON.readTree(response.body());
      assertFalse(body.get("error").asText().isBlank());
      assertFalse(response.body().contains("at org."), response.body());
    }
  }

  @Test
  void staticFilesComeFromAFixedListSoNoPathEscapes() throws Exception {
    assertEquals(200, get("/").statusCode());
    assertEquals(200, get("/app.js").statusCode());
    for (String path :
        new String[] {
          "/../../etc/passwd",
          "/%2e%2e/%2e%2e/etc/passwd",
          "/static/../pom.xml",
          "/WEB-INF/x",
          "/app.js/../../pom.xml"
        }) {
      HttpResponse<String> response = get(path);
      // 404 for a path that names no file; 400 for one that climbs above the root, which the
      // server refuses before any handler: either way our JSON error, nothing of the file system
      assertTrue(
          response.statusCode() == 404 || response.statusCode() == 400,
          path + " -> " + response.statusCode());
      assertEquals(
          response.statusCode(), JSON.readTree(response.body()).get("status").asInt(), path);
      assertTrue(response.headers().firstValue("content-security-policy").isPresent(), path);
      assertFalse(response.body().contains("root:"), path);
    }
  }

  @Test
  void everyAnswerCarriesSecurityHeadersAndNoCors() throws Exception {
    HttpResponse<String> response = get("/");
    assertTrue(
        response
            .headers()
            .firstValue("content-security-policy")
            .orElse("")
            .contains("default-src 'self'"));
    assertEquals("nosniff", response.headers().firstValue("x-content-type-options").orElse(""));
    assertEquals("DENY", response.headers().firstValue("x-frame-options").orElse(""));
    assertTrue(
        response.headers().firstValue("access-control-allow-origin").isEmpty(), "CORS is off");
  }

  @Test
  void readOnlyUnlessIndexingIsAllowed() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/index"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"body\":\"y\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, response.statusCode());
    assertEquals(
        405,
        HTTP.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/search"))
                    .DELETE()
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode());
  }

  @Test
  void foreignHostsAndCrossSiteWritesAreRefused() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write(
              "GET /api/stats HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    }
    assertEquals(
        400,
        get("/api/export?q=(&format=csv").statusCode(),
        "a bad export query fails before the download starts");
  }

  @Test
  void withIndexingAllowedOtherOriginsAndFormPostsStillCannotWrite() throws Exception {
    try (WebServer writable =
        WebServer.start(
            new WebServer.Settings("127.0.0.1", 0, FixtureIndex.dir(), true, 1000),
            server.searcher(),
            Gazetteer.defaultGazetteer())) {
      URI index = URI.create("http://127.0.0.1:" + writable.port() + "/api/index");
      HttpResponse<String> foreign =
          HTTP.send(
              HttpRequest.newBuilder(index)
                  .header("Origin", "http://evil.example")
                  .header("Content-Type", "application/x-ndjson")
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(403, foreign.statusCode(), foreign.body());
      HttpResponse<String> form =
          HTTP.send(
              HttpRequest.newBuilder(index)
                  .header("Content-Type", "text/plain")
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(415, form.statusCode(), form.body());
    }
  }

  @Test
  void exportsDownloadWithAFixedFileName() throws Exception {
    HttpResponse<String> response =
        get("/api/export?q=Raqqa&scope=both&format=csv&fields=article_id,text");
    assertEquals(200, response.statusCode());
    assertEquals(
        "attachment; filename=\"voxpop-export.csv\"",
        response.headers().firstValue("content-disposition").orElse(""));
    assertEquals(3, response.body().split("\r\n").length);
  }

  @Test
  void userErrorsThatLuceneRaisesGetA4xxWithASentence(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    String regex =
        java.net.URLEncoder.encode(
            "text:/.{1,1000}.{1,1000}/", java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> complex = get("/api/search?q=" + regex);
    assertEquals(400, complex.statusCode(), complex.body());
    assertTrue(
        JSON.readTree(complex.body()).get("error").asText().contains("too complex to search"),
        complex.body());

    StringBuilder drills = new StringBuilder("/api/search?q=");
    for (int i = 0; i < 1_100; i++) {
      drills.append("&drill=entity:Q").append(i);
    }
    HttpResponse<String> many = get(drills.toString());
    assertEquals(400, many.statusCode(), many.body());
    assertTrue(
        JSON.readTree(many.body()).get("error").asText().contains("1,100 facet values"),
        many.body());

    Path dir = tmp.resolve("idx");
    try (org.voxpop.index.Indexer first =
        org.voxpop.index.Indexer.open(
            dir,
            org.voxpop.enrich.EnrichmentPipeline.create(),
            org.voxpop.index.IndexerSettings.defaults(),
            Gazetteer.defaultGazetteer().version())) {
      first.index(
          java.util.List.of(Path.of("index-fixtures/seed.jsonl")),
          org.voxpop.index.IndexListener.silent());
      // the index is open for writing, as by a `voxpop index` that is still running
      try (VoxpopSearcher served = VoxpopSearcher.open(dir, Gazetteer.defaultGazetteer());
          WebServer writable =
              WebServer.start(
                  new WebServer.Settings("127.0.0.1", 0, dir, true, 1000),
                  served,
                  Gazetteer.defaultGazetteer())) {
        HttpResponse<String> locked =
            HTTP.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + writable.port() + "/api/index"))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"body\":\"y\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, locked.statusCode(), locked.body());
        assertTrue(
            JSON.readTree(locked.body())
                .get("error")
                .asText()
                .contains("another voxpop process is writing"),
            locked.body());
      }
    }
  }

  @Test
  void messagesCutTheValuesTheyEchoAndCooccurrenceTakesTheDocumentedTop() throws Exception {
    String hugeDate = "1".repeat(10_000);
    HttpResponse<String> date =
        get(
            "/api/search?q="
                + java.net.URLEncoder.encode(
                    "published:[" + hugeDate + " TO *]", java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(400, date.statusCode());
    assertTrue(
        date.body().length() < 2_700,
        "a 10,000-digit date is not echoed whole: " + date.body().length());
    HttpResponse<String> entity = get("/api/entity?name=" + "x".repeat(100_000));
    assertEquals(404, entity.statusCode());
    assertTrue(
        entity.body().length() < 300,
        "a 100 KB name is not echoed whole: " + entity.body().length());
    assertTrue(entity.body().contains("100,000 characters"), entity.body());
    assertEquals(200, get("/api/cooccur?top=500").statusCode(), "1..500, as documented");
    HttpResponse<String> over = get("/api/cooccur?top=501");
    assertEquals(400, over.statusCode());
    assertTrue(over.body().contains("between 1 and 500"), over.body());
  }
}
