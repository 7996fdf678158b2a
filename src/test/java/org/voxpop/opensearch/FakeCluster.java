package org.voxpop.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Just enough of OpenSearch's REST API for the bulk loader, on a free loopback port: templates and
 * pipelines are accepted, bulk items are answered by a rule per article id, and the articles taken
 * are kept for multi-gets. Failures are injected by the test.
 */
final class FakeCluster implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request as received. */
  record Request(String method, String pathAndQuery, String body) {}

  final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  final Map<String, String> stored = new ConcurrentHashMap<>();

  /** Whole bulk requests answered 429 before the real answers start. */
  final AtomicInteger bulkOverloads = new AtomicInteger();

  /** Per article id: the item status to answer (default 201); called once per attempt. */
  volatile Function<String, Integer> itemStatus = id -> 201;

  /** Status of every request when set: a cluster that is down or overloaded for good. */
  volatile int alwaysStatus;

  private final HttpServer server;

  FakeCluster() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Request> requests(String method, String pathPrefix) {
    synchronized (requests) {
      return requests.stream()
          .filter(r -> r.method().equals(method) && r.pathAndQuery().startsWith(pathPrefix))
          .toList();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path =
        exchange.getRequestURI().getRawPath()
            + (exchange.getRequestURI().getRawQuery() == null
                ? ""
                : "?" + exchange.getRequestURI().getRawQuery());
    String method = exchange.getRequestMethod();
    requests.add(new Request(method, path, body));
    if (alwaysStatus != 0) {
      respond(
          exchange,
          alwaysStatus,
          "{\"error\":{\"type\":\"unavailable\",\"reason\":\"injected\"},\"status\":"
              + alwaysStatus
              + "}");
    } else if (path.startsWith("/_ingest/pipeline/") && method.equals("GET")) {
      respond(exchange, 404, "{}");
    } else if (path.contains("/_bulk")) {
      if (bulkOverloads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        respond(
            exchange,
            429,
            "{\"error\":{\"type\":\"rejected_execution_exception\",\"reason\":\"queue full\"},\"status\":429}");
      } else {
        respond(exchange, 200, bulk(body));
      }
    } else if (path.contains("/_mget")) {
      respond(exchange, 200, multiGet(body));
    } else {
      respond(exchange, 200, "{\"acknowledged\":true}");
    }
  }

  private String bulk(String body) throws IOException {
    String[] lines = body.split("\n");
    StringBuilder items = new StringBuilder();
    for (int i = 0; i + 1 < lines.length; i += 2) {
      String id = JSON.readTree(lines[i]).path("index").path("_id").asText();
      int status = itemStatus.apply(id);
      items.append(items.isEmpty() ? "" : ",");
      if (status < 300) {
        String result = stored.put(id, lines[i + 1]) == null ? "created" : "updated";
        items
            .append("{\"index\":{\"_id\":")
            .append(JSON.writeValueAsString(id))
            .append(",\"status\":")
            .append(status)
            .append(",\"result\":\"")
            .append(result)
            .append("\"}}");
      } else {
        items
            .append("{\"index\":{\"_id\":")
            .append(JSON.writeValueAsString(id))
            .append(",\"status\":")
            .append(status)
            .append(
                ",\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"injected\",\"caused_by\":{\"type\":\"x\",\"reason\":\"why\"}}}}");
      }
    }
    return "{\"took\":1,\"errors\":false,\"items\":[" + items + "]}";
  }

  private String multiGet(String body) throws IOException {
    StringBuilder docs = new StringBuilder();
    for (JsonNode id : JSON.readTree(body).path("ids")) {
      String source = stored.get(id.asText());
      docs.append(docs.isEmpty() ? "" : ",")
          .append("{\"_id\":")
          .append(id)
          .append(",\"found\":")
          .append(source != null);
      if (source != null) {
        docs.append(",\"_source\":").append(source);
      }
      docs.append("}");
    }
    return "{\"docs\":[" + docs + "]}";
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
