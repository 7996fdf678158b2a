package org.voxpop.cli;

/** The exit codes of every voxpop command, as documented in {@code voxpop --help}. */
final class ExitCodes {
  /** Success (rejected records, when not {@code --strict}, still count as success). */
  static final int OK = 0;

  /** The user asked for something impossible: bad option, missing file, bad query. */
  static final int USER_ERROR = 1;

  /** The data was at fault: a reject in strict mode, an unreadable or incompatible index. */
  static final int DATA_ERROR = 2;

  /** A bug in voxpop; the message asks for a report. */
  static final int INTERNAL_ERROR = 3;

  private ExitCodes() {}
}
