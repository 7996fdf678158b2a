package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/timeline} answers a time axis: every period, the empty ones as zeros, each named
 * (issue 19, item 6), so the page and the CLI show the same periods.
 */
class TimelineApiTest {
  private static FixtureServer server;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    server = FixtureServer.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return server.get(path);
  }

  @Test
  void anEntityTimelineListsTheMonthsWithoutMentionsAsZero() throws Exception {
    HttpResponse<String> response = get("/api/timeline?entity=United+States&interval=month");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode months = JSON.readTree(response.body());
    assertEquals(30, months.size(), "2015-06 to 2017-11");
    assertEquals("2015-06", months.get(0).get("period").asText());
    JsonNode july = months.get(1);
    assertEquals(
        "{\"period\":\"2015-07\",\"start\":\"2015-07-01\",\"comments\":0,\"articles\":0,"
            + "\"negative\":0,\"neutral\":0,\"positive\":0}",
        july.toString(),
        "an empty month, without a mean or a net stance");
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
