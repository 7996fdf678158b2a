package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 20 item 6: one client address cannot hold more than {@link
 * ServerLimits#MAX_CONNECTIONS_PER_CLIENT} connections, and while it holds them, others are served
 * as usual. Loopback only: the client takes 127.0.0.21 as its own address, the others 127.0.0.1
 * (all of 127.0.0.0/8 is this machine).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebConnectionLimitTest {
  private static final int LIMIT = ServerLimits.MAX_CONNECTIONS_PER_CLIENT;

  @Test
  void aClientOverItsConnectionLimitIsClosedAtOnceWhileOthersAreServed() throws Exception {
    InetAddress greedy = InetAddress.getByName("127.0.0.21");
    try (FixtureServer server = FixtureServer.start()) {
      HttpClient others = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      URI search =
          URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=Raqqa&scope=both");
      // the first searches load classes and open files: not what this measures
      for (int i = 0; i < 3; i++) {
        assertEquals(
            200,
            others
                .send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());
      }
      List<Socket> silent = new ArrayList<>();
      try {
        for (int i = 0; i < LIMIT + 10; i++) {
          silent.add(connect(greedy, server.port()));
        }
        long opened = System.nanoTime();
        // the ten over the limit are closed by the server, the others kept
        List<Socket> closed = new ArrayList<>();
        while (closed.size() < 10 && System.nanoTime() - opened < TimeUnit.SECONDS.toNanos(5)) {
          closed.clear();
          for (Socket socket : silent) {
            if (isClosedByServer(socket)) {
              closed.add(socket);
            }
          }
          Thread.sleep(20);
        }
        long closedAfterMs = (System.nanoTime() - opened) / 1_000_000;
        assertEquals(10, closed.size(), "closed by the server after " + closedAfterMs + " ms");
        assertTrue(closedAfterMs < 2_000, "closed after " + closedAfterMs + " ms");

        // the same client's next connection is closed too, without an answer
        try (Socket more = connect(greedy, server.port())) {
          more.getOutputStream()
              .write(
                  ("GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                      .getBytes(StandardCharsets.US_ASCII));
          assertEquals("", readAll(more), "a connection over the limit gets no answer");
        } catch (SocketException reset) {
          // closed before the request went out: refused too
        }

        // others are served as usual meanwhile
        long worstMs = 0;
        for (int i = 0; i < 10; i++) {
          long started = System.nanoTime();
          HttpResponse<String> response =
              others.send(
                  HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(1)).build(),
                  HttpResponse.BodyHandlers.ofString());
          assertEquals(200, response.statusCode(), response.body());
          worstMs = Math.max(worstMs, (System.nanoTime() - started) / 1_000_000);
        }
        assertTrue(worstMs < 1_000, "slowest search of another client: " + worstMs + " ms");
        System.out.printf(
            java.util.Locale.ROOT,
            "%d connections of one address: the %d over %d closed after %d ms; "
                + "slowest of 10 searches from another address %d ms%n",
            LIMIT + 10,
            10,
            LIMIT,
            closedAfterMs,
            worstMs);
      } finally {
        for (Socket socket : silent) {
          socket.close();
        }
      }

      // once its silent connections are gone, the client is served again
      HttpClient same =
          HttpClient.newBuilder()
              .localAddress(greedy)
              .connectTimeout(Duration.ofSeconds(1))
              .build();
      HttpRequest again =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/stats"))
              .timeout(Duration.ofSeconds(1))
              .build();
      int status = 0;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (status != 200 && System.nanoTime() < deadline) {
        try {
          status = same.send(again, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException stillCounted) {
          Thread.sleep(50); // the server has not seen every close yet
        }
      }
      assertEquals(200, status, "the client's request after its connections closed");
    }
  }

  private static Socket connect(InetAddress from, int port) throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(from, 0));
    // generous: on a busy machine the server may take a moment to accept a burst of connections
    socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
    return socket;
  }

  /**
   * Whether the server closed this silent connection (its end read, or reset); false while it
   * waits.
   */
  private static boolean isClosedByServer(Socket socket) throws IOException {
    socket.setSoTimeout(1);
    try {
      return socket.getInputStream().read() == -1;
    } catch (SocketTimeoutException open) {
      return false;
    } catch (SocketException reset) {
      return true;
    }
  }

  private static String readAll(Socket socket) throws IOException {
    socket.setSoTimeout(5_000);
    InputStream in = socket.getInputStream();
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (SocketException reset) {
      return "";
    }
  }
}
