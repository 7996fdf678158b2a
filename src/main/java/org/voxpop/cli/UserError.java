package org.voxpop.cli;

/**
 * Something the user can put right (a port in use, a file given where a folder belongs), found
 * while a command runs: {@code voxpop: message} and exit code 1, with no trace.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message, null, false, false);
  }
}
