package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API answers an unknown value with a 400 whose JSON says what is unknown and what is
 * near, and a drilled name with its label (issue 19, items 2 and 3).
 */
class UnknownValuesApiTest {
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

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownValueIsA400ThatSuggestsTheNearestOne() throws Exception {
    HttpResponse<String> response = get("/api/search?q=" + encoded("entity:Amercia"));
    assertEquals(400, response.statusCode(), response.body());
    String error = JSON.readTree(response.body()).get("error").asText();
    assertTrue(error.contains("'Amercia'") && error.contains("did you mean America"), error);
    HttpResponse<String> drilled = get("/api/search?drill=" + encoded("sentiment:angry"));
    assertEquals(400, drilled.statusCode(), drilled.body());
    assertTrue(
        JSON.readTree(drilled.body())
            .get("error")
            .asText()
            .contains("negative, neutral, positive"));
  }

  @Test
  void aDrilledNameComesBackWithItsLabel() throws Exception {
    HttpResponse<String> response =
        get(
            "/api/search?drill="
                + encoded("entity:Obama")
                + "&drill="
                + encoded("source:fox news"));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode body = JSON.readTree(response.body());
    assertTrue(body.get("total_hits").asInt() > 0);
    assertEquals("Barack Obama", body.get("selected").get(0).get("label").asText());
    assertEquals("Obama", body.get("selected").get(0).get("value").asText());
  }
}
