package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.voxpop.FixtureIndex;

/**
 * `voxpop serve` in its own JVM, as users start it, on loopback: huge addresses and slow clients,
 * with the limits voxpop ships ({@link ServerLimits}): the silent clients are held for the whole
 * time a connection may stay silent, {@value #REQUEST_SECONDS} s.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WebSlowClientTest {
  private static final int REQUEST_SECONDS = ServerLimits.MAX_IDLE_SECONDS;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Process serve;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    String javaCommand = ProcessHandle.current().info().command().orElse("java");
    serve =
        new ProcessBuilder(
                javaCommand,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.voxpop.cli.Main",
                "serve",
                "--index",
                FixtureIndex.dir().toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    Pattern serving = Pattern.compile("serving .* at http://127\\.0\\.0\\.1:(\\d+)/");
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher m = serving.matcher(line);
      if (m.find()) {
        port = Integer.parseInt(m.group(1));
        break;
      }
    }
    assertTrue(port > 0, "voxpop serve did not start:\n" + seen);
    // keep draining its output so that it never blocks on a full pipe
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                out.transferTo(java.io.Writer.nullWriter());
              } catch (java.io.IOException e) {
                // the process ended
              }
            });
  }

  @AfterAll
  static void stop() throws Exception {
    if (serve != null) {
      serve.destroy();
      serve.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aOneMegabyteAddressGetsOur414NotAReset() throws Exception {
    String answer =
        raw(
            "GET /api/search?q="
                + "a".repeat(1_000_000)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertTrue(
        answer.startsWith("HTTP/1.1 414"), answer.substring(0, Math.min(300, answer.length())));
    String lower = answer.toLowerCase(java.util.Locale.ROOT);
    assertTrue(lower.contains("content-type: application/json"), answer);
    assertTrue(lower.contains("content-security-policy: default-src 'self'"), answer);
    JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    assertEquals(414, body.get("status").asInt());
    assertTrue(body.get("error").asText().contains("1,000,"), body.toString());
  }

  @Test
  void twoHundredSilentHalfRequestsNeitherStopSearchesNorStayOpen() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest search =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/search?q=Raqqa&scope=both"))
            .timeout(Duration.ofSeconds(1))
            .build();
    // the first searches of a fresh JVM load classes and open files: not what this measures
    HttpRequest warmUp =
        HttpRequest.newBuilder(search.uri()).timeout(Duration.ofSeconds(30)).build();
    for (int i = 0; i < 3; i++) {
      assertEquals(200, http.send(warmUp, HttpResponse.BodyHandlers.ofString()).statusCode());
    }
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 200; i++) {
        // from four addresses (all of 127.0.0.0/8 is this machine): one address may hold only
        // ServerLimits.MAX_CONNECTIONS_PER_CLIENT connections (WebConnectionLimitTest)
        Socket socket = new Socket();
        socket.bind(new java.net.InetSocketAddress("127.0.0." + (11 + i % 4), 0));
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1_000);
        OutputStream out = socket.getOutputStream();
        // half a request, then silence
        out.write(
            "GET /api/search?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        slow.add(socket);
      }
      long opened = System.nanoTime();
      long worstMs = 0;
      int searches = 0;
      // while they hold their connections (until just before the request timeout)
      while (System.nanoTime() - opened < (REQUEST_SECONDS - 1) * 1_000_000_000L) {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(search, HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, response.statusCode(), response.body());
        worstMs = Math.max(worstMs, ms);
        searches++;
        Thread.sleep(200);
      }
      assertTrue(worstMs < 1_000, "slowest search with 200 silent clients: " + worstMs + " ms");
      assertTrue(searches >= 5, "searches: " + searches);
      // then the server closes them: each read ends (-1 or reset) instead of waiting for ever
      for (Socket socket : slow) {
        socket.setSoTimeout((REQUEST_SECONDS + 6) * 1000);
        InputStream in = socket.getInputStream();
        try {
          in.readAllBytes();
        } catch (java.net.SocketException reset) {
          // closed by the server: what the test wants
        }
      }
      long closedAfterMs = (System.nanoTime() - opened) / 1_000_000;
      assertTrue(
          closedAfterMs < (REQUEST_SECONDS + 6) * 1000L, "closed after " + closedAfterMs + " ms");
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }
}
