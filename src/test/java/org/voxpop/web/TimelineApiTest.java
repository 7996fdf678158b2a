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

/**
 * {@code /api/timeline} answers a time axis: every period, the empty ones as zeros, each named
 * (issue 19, item 6), so the page and the CLI show the same periods.
 */
class TimelineApiTest {
  private static VoxpopSearcher searcher;
  private static WebServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    Path index = FixtureIndex.dir();
    searcher = VoxpopSearcher.open(index, Gazetteer.defaultGazetteer());
    server = WebServer.start(new WebServer.Settings("127.0.0.1", 0, index, false, 1000), searcher, Gazetteer.defaultGazetteer());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    searcher.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anEntityTimelineListsTheMonthsWithoutMentionsAsZero() throws Exception {
    HttpResponse<String> response = get("/api/timeline?entity=United+States&interval=month");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode months = JSON.readTree(response.body());
    assertEquals(30, months.size(), "2015-06 to 2017-11");
    assertEquals("2015-06", months.get(0).get("period").asText());
    JsonNode july = months.get(1);
    assertEquals("{\"period\":\"2015-07\",\"start\":\"2015-07-01\",\"comments\":0,\"articles\":0,"
        + "\"negative\":0,\"neutral\":0,\"positive\":0}", july.toString(), "an empty month, without a mean or a net stance");
    assertEquals("2017-11", months.get(29).get("period").asText());
    assertTrue(months.get(29).get("comments").asInt() > 0);
  }

  @Test
  void yearsAndTheWayOutOfTooManyPeriods() throws Exception {
    JsonNode years = JSON.readTree(get("/api/timeline?interval=year").body());
    assertEquals("2015", years.get(0).get("period").asText());
    assertEquals(3, years.size());
    HttpResponse<String> bad = get("/api/timeline?interval=fortnight");
    assertEquals(400, bad.statusCode());
    assertFalse(bad.body().isEmpty());
  }
}
