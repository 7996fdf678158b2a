package org.voxpop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.voxpop.input.InputLimits;

/**
 * Writes every answer of the server: its security headers, JSON results and JSON errors, and the
 * start of a download. Each request is answered once, through its {@link RequestDeadline}: a result
 * that comes too late is replaced by the deadline's error.
 */
final class Answers {

  /**
   * Longest error message an answer carries: messages cut the values they repeat, and this bounds
   * whatever one missed.
   */
  static final int MAX_ERROR_CHARS = 2_500;

  private static final ObjectMapper JSON = new ObjectMapper();

  private Answers() {}

  /**
   * The headers every answer carries, errors included, also those the server writes before a
   * handler runs (see {@link JsonErrorHandler}).
   */
  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
              + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
          "X-Content-Type-Options",
          "nosniff",
          "X-Frame-Options",
          "DENY",
          "Referrer-Policy",
          "no-referrer",
          "Cross-Origin-Opener-Policy",
          "same-origin",
          "Cross-Origin-Resource-Policy",
          "same-origin");

  /** Sets {@link #SECURITY_HEADERS} on an answer. */
  static void securityHeaders(HttpExchange exchange) {
    SECURITY_HEADERS.forEach(exchange.getResponseHeaders()::set);
  }

  /** A JSON result; serialised whole before it is sent, so that it is sent whole or not at all. */
  static void json(HttpExchange exchange, Object node) throws IOException {
    byte[] body = JSON.writeValueAsBytes(node);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    result(exchange, 200, body);
  }

  /** A result of fixed bytes (a static file); its content type is set by the caller. */
  static void result(HttpExchange exchange, int status, byte[] body) throws IOException {
    RequestDeadline deadline = RequestDeadline.of(exchange);
    if (!deadline.claimForResult()) {
      throw deadline.overrun(); // becomes the error answer, unless one was given already
    }
    send(exchange, status, body);
  }

  /**
   * Starts a download of unknown length with status 200; its headers are set by the caller. From
   * here on the request's deadline no longer applies: the rows stream until done.
   */
  static void startStream(HttpExchange exchange) throws IOException {
    RequestDeadline deadline = RequestDeadline.of(exchange);
    if (!deadline.claimForResult()) {
      throw deadline.overrun();
    }
    exchange.sendResponseHeaders(200, 0);
  }

  /**
   * The JSON error answer, unless the request was answered already (by its deadline's error, or a
   * download that started); whether this answered it.
   */
  static boolean error(HttpExchange exchange, int status, String message) throws IOException {
    return error(exchange, status, message, OptionalInt.empty());
  }

  /**
   * The JSON error answer: {@code {"error": ..., "status": ...}}, and {@code column} when the error
   * is at a place in the query text (1 = its first character).
   */
  static boolean error(HttpExchange exchange, int status, String message, OptionalInt column)
      throws IOException {
    return error(exchange, RequestDeadline.of(exchange), status, message, column);
  }

  /**
   * As {@link #error(HttpExchange, int, String, OptionalInt)}, for the request of {@code deadline}.
   */
  static boolean error(
      HttpExchange exchange,
      RequestDeadline deadline,
      int status,
      String message,
      OptionalInt column)
      throws IOException {
    if (!deadline.claimForError()) {
      return false;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    if (hasBody(exchange)) {
      // An error may be answered before the request's body was read (an upload refused for its
      // origin): the server cannot read the next request on this connection, so the client is
      // told to open a new one rather than find this one closed under its next request.
      exchange.getResponseHeaders().set("Connection", "close");
    }
    send(exchange, status, errorBody(status, message, column));
    return true;
  }

  private static boolean hasBody(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    return exchange.getRequestHeaders().containsKey("Transfer-Encoding")
        || (length != null && !length.strip().equals("0"));
  }

  /** The body of a JSON error answer, whoever sends it. */
  static byte[] errorBody(int status, String message, OptionalInt column) {
    // the values a message repeats are cut where it is made; this bounds whatever one missed
    String readable =
        InputLimits.echo(Objects.requireNonNullElse(message, "bad request"), MAX_ERROR_CHARS);
    ObjectNode node = JSON.createObjectNode().put("error", readable).put("status", status);
    column.ifPresent(c -> node.put("column", c));
    try {
      return JSON.writeValueAsBytes(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a two-field JSON object always serialises", e);
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }
}
