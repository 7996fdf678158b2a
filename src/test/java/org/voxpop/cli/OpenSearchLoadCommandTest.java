package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code voxpop opensearch-load}: options, and what a user sees when the cluster is not there. */
class OpenSearchLoadCommandTest {

  @Test
  void helpNamesTheOptionsAndExamples() {
    CliTest.Run run = CliTest.run("opensearch-load", "--help");
    assertEquals(0, run.code());
    for (String expected :
        new String[] {
          "--url", "--index", "--pipeline", "--no-setup", "--max-retries", "--strict"
        }) {
      assertTrue(run.out().contains(expected), run.out());
    }
  }

  @Test
  void anUnreachableClusterIsADataErrorWithAMessage() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    CliTest.Run run =
        CliTest.run(
            "opensearch-load",
            "--url",
            "http://127.0.0.1:" + port,
            "--max-retries",
            "0",
            "-q",
            "index-fixtures/seed.jsonl");
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err()
            .contains(
                "voxpop: I/O error: PUT http://127.0.0.1:"
                    + port
                    + "/_index_template/voxpop-voxpop failed after 1 attempts"),
        run.err());
  }

  @Test
  void badOptionsAreUserErrors() {
    assertEquals(
        1, CliTest.run("opensearch-load", "--url", "ftp://x", "index-fixtures/seed.jsonl").code());
    assertEquals(
        1,
        CliTest.run(
                "opensearch-load",
                "--url",
                "http://127.0.0.1:1",
                "--index",
                "Bad",
                "index-fixtures/seed.jsonl")
            .code());
    assertEquals(
        1,
        CliTest.run("opensearch-load", "--url", "http://127.0.0.1:1", "no-such-file.jsonl").code());
  }

  @Test
  void inputOfAnotherShapeLoadsNothingAndExitsOneSayingTheShapeExpected() throws Exception {
    com.sun.net.httpserver.HttpServer cluster =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    cluster.createContext(
        "/",
        exchange -> {
          byte[] ok = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, ok.length);
          exchange.getResponseBody().write(ok);
          exchange.close();
        });
    cluster.start();
    try {
      CliTest.Run run =
          CliTest.run(
              "opensearch-load",
              "--url",
              "http://127.0.0.1:" + cluster.getAddress().getPort(),
              "-q",
              "src/test/resources/org/voxpop/input/other-shape.jsonl");
      assertEquals(1, run.code(), run.out() + run.err());
      assertTrue(
          run.err()
              .contains(
                  "voxpop: nothing loaded: all 2 records of the input were rejected. voxpop reads JSON Lines"),
          run.err());
    } finally {
      cluster.stop(0);
    }
  }
}
