package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.VoxpopSearcher;

/**
 * Issue 20 item 8 and issue 19 item 12 over HTTP: repeated facets cost nothing, a request answers
 * within its deadline with a whole result or a JSON error, and a query syntax error says where it
 * is.
 */
class WebRequestLimitsTest {
  private static VoxpopSearcher searcher;
  private static WebServer server;

  /** The same index, served with a deadline every request overruns. */
  private static WebServer hurried;

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    Path index = FixtureIndex.dir();
    searcher = VoxpopSearcher.open(index, Gazetteer.defaultGazetteer());
    server =
        WebServer.start(
            new WebServer.Settings("127.0.0.1", 0, index, false, 1000),
            searcher,
            Gazetteer.defaultGazetteer());
    hurried =
        WebServer.start(
            new WebServer.Settings("127.0.0.1", 0, index, false, 1000, Duration.ofNanos(1)),
            searcher,
            Gazetteer.defaultGazetteer());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    hurried.close();
    searcher.close();
  }

  private static HttpResponse<String> get(WebServer to, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void tenThousandRepeatsOfADimensionAreRefusedAtOnce() throws Exception {
    String inOne = "/api/search?facets=" + "entity,".repeat(10_000);
    String asMany = "/api/search?" + "facets=entity&".repeat(10_000);
    for (String path : new String[] {inOne, asMany}) {
      long started = System.nanoTime();
      HttpResponse<String> response = get(server, path);
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertEquals(400, response.statusCode(), response.body());
      assertEquals(
          "the request asks for 10,000 facets; at most 32 a request (each dimension once is enough)",
          JSON.readTree(response.body()).get("error").asText());
      assertTrue(millis < 2_000, "answered in " + millis + " ms");
    }
  }

  @Test
  void aDimensionAskedForTwiceIsCountedOnce() throws Exception {
    HttpResponse<String> response =
        get(server, "/api/search?facets=source,entity,source,entity&range=likes,likes");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode facets = JSON.readTree(response.body()).get("facets");
    assertEquals(3, facets.size(), response.body());
    assertEquals("source", facets.get(0).get("dim").asText());
    assertEquals("entity", facets.get(1).get("dim").asText());
  }

  @Test
  void aRequestThatOverrunsItsDeadlineGetsAWholeJsonErrorWithOurHeaders() throws Exception {
    for (String path :
        new String[] {
          "/api/search?q=Raqqa&facets=entity,source",
          "/api/timeline?q=Raqqa",
          "/api/cooccur?format=csv",
          "/api/export?q=Raqqa",
          "/api/stats"
        }) {
      HttpResponse<String> response = get(hurried, path);
      assertEquals(503, response.statusCode(), path + ": " + response.body());
      assertEquals(
          "application/json; charset=utf-8",
          response.headers().firstValue("content-type").orElse(""),
          path);
      assertTrue(response.headers().firstValue("content-security-policy").isPresent(), path);
      JsonNode body = JSON.readTree(response.body());
      assertEquals(503, body.get("status").asInt());
      assertTrue(
          body.get("error")
              .asText()
              .startsWith("the request took longer than 0 ms and was stopped"),
          response.body());
      assertEquals(2, body.size(), "the error alone, no half result: " + response.body());
    }
    // the server that is not hurried answers the same requests
    assertEquals(200, get(server, "/api/search?q=Raqqa&facets=entity,source").statusCode());
  }

  @Test
  void aQuerySyntaxErrorSaysWhereItIs() throws Exception {
    HttpResponse<String> response =
        get(
            server,
            "/api/search?q="
                + URLEncoder.encode("Obama AND \"White House", StandardCharsets.UTF_8));
    assertEquals(400, response.statusCode(), response.body());
    JsonNode body = JSON.readTree(response.body());
    assertEquals(
        "query syntax error at column 11: missing closing quote: the phrase that starts here is never closed",
        body.get("error").asText());
    assertEquals(11, body.get("column").asInt());

    JsonNode unbalanced =
        JSON.readTree(
            get(
                    server,
                    "/api/search?q=" + URLEncoder.encode("(Raqqa OR Mosul", StandardCharsets.UTF_8))
                .body());
    assertEquals(
        "query syntax error at column 1: unbalanced parenthesis: this '(' is never closed",
        unbalanced.get("error").asText());
    assertEquals(1, unbalanced.get("column").asInt());
  }

  /**
   * Issue 20 item 11: a backslash in the address (refused by the server before any handler, as the
   * URI standard says) gets our JSON error with our headers, naming no part of the request.
   */
  @Test
  void aBackslashInThePathGetsOurJsonErrorAndRepeatsNothing() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              "GET /a\\b<script> HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
      String lower = answer.toLowerCase(java.util.Locale.ROOT);
      assertTrue(lower.contains("content-type: application/json; charset=utf-8"), answer);
      assertTrue(lower.contains("content-security-policy: default-src 'self'"), answer);
      JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
      assertEquals(400, body.get("status").asInt());
      assertEquals(
          "the server could not read this request: suspicious path character, illegal path character",
          body.get("error").asText());
      assertTrue(!answer.contains("<script>"), "nothing of the request comes back: " + answer);
    }
  }

  /**
   * Issue 20 item 11: requests refused before any handler of ours runs (headers over the limit, a
   * header name with a space) still get our JSON error and security headers, not the server's page.
   */
  @Test
  void requestsTheServerCannotReadGetOurJsonError() throws Exception {
    String huge =
        "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
            + "a".repeat(ServerLimits.MAX_HEADER_BYTES)
            + "\r\n\r\n";
    String badName = "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n\r\n";
    String[][] cases = {
      {huge, "431", "the server could not read this request: request header fields too large"},
      {badName, "400", "the server could not read this request: illegal character space=' '"}
    };
    for (String[] c : cases) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(c[0].getBytes(StandardCharsets.US_ASCII));
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(
            answer.startsWith("HTTP/1.1 " + c[1] + " "),
            answer.substring(0, Math.min(200, answer.length())));
        String lower = answer.toLowerCase(java.util.Locale.ROOT);
        assertTrue(lower.contains("content-type: application/json; charset=utf-8"), answer);
        assertTrue(lower.contains("content-security-policy: default-src 'self'"), answer);
        JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals(Integer.parseInt(c[1]), body.get("status").asInt());
        assertEquals(c[2], body.get("error").asText());
      }
    }
  }
}
