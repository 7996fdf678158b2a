package org.voxpop.web;

/** A request the API refuses, with the HTTP status and a message for the user. */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;

  HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static HttpError badRequest(String message) {
    return new HttpError(400, message);
  }
}
