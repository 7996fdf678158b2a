package org.voxpop.web;

import java.nio.ByteBuffer;
import java.util.OptionalInt;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request the server refuses before our handler sees it (a request line or header
 * that is not valid HTTP, an ambiguous path, headers over {@link ServerLimits#MAX_HEADER_BYTES}):
 * the same JSON error, with the same security headers, as every other answer, in place of Jetty's
 * HTML page. The reason is Jetty's fixed text, never the request.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status =
        request.getAttribute(ERROR_STATUS) instanceof Integer s
            ? s
            : HttpStatus.INTERNAL_SERVER_ERROR_500;
    String reason =
        request.getAttribute(ERROR_MESSAGE) instanceof String m && !m.isBlank()
            ? m
            : request.getAttribute(ERROR_EXCEPTION) instanceof HttpException e
                    && e.getReason() != null
                    && !e.getReason().isBlank()
                ? e.getReason()
                : HttpStatus.getMessage(status);
    String message =
        status >= 500
            ? "internal error: " + reason
            : "the server could not read this request: "
                + reason.toLowerCase(java.util.Locale.ROOT);
    Answers.SECURITY_HEADERS.forEach(response.getHeaders()::put);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.setStatus(status);
    byte[] body = Answers.errorBody(status, message, OptionalInt.empty());
    if ("HEAD".equals(request.getMethod())) {
      response.write(true, null, callback);
    } else {
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), callback);
    }
    return true;
  }
}
