package org.voxpop.web;

import java.util.Locale;

/**
 * The limits of the HTTP server that {@code voxpop serve} relies on, in one place; {@link
 * HttpServerFactory} applies them to Jetty.
 */
final class ServerLimits {

  /**
   * Longest request line and headers together the server reads, in bytes. Longer ones get Jetty's
   * 431 (through {@link JsonErrorHandler}), so this is set above {@link #MAX_URI_CHARS} with room
   * for a 1 MiB address: those get a 414 from us, with a sentence.
   */
  static final int MAX_HEADER_BYTES = 1024 * 1024 + 64 * 1024;

  /** Longest address (path and query) the API answers; longer ones get 414. */
  static final int MAX_URI_CHARS = 256 * 1024;

  /**
   * Seconds a connection may stay silent (in the middle of a request, between requests, or not
   * reading its answer) before the server closes it. Jetty reads requests without a thread of their
   * own, so a silent client costs a socket and a few KB until then, and its connections are capped
   * by {@link #MAX_CONNECTIONS_PER_CLIENT}. An upload or a download may take as long as it needs
   * while bytes keep moving.
   */
  static final int MAX_IDLE_SECONDS = 30;

  /**
   * Requests handled at once (searches, exports, uploads). Reading a request takes no place here:
   * clients that are slow to send are waited for outside this limit.
   */
  static final int MAX_WORKING = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

  /**
   * Requests one client address may have in the server at once, waiting or working; more get 429.
   * Above what a page asks at once (a search, a timeline, co-occurrences, an export) with room for
   * a script that sends a few in parallel, and well below what would make others wait long.
   */
  static final int MAX_PER_CLIENT = 16;

  /**
   * Connections one client address may hold open at once; more are closed as they open (see {@link
   * ClientConnections}). A browser opens at most 6 to a server and a script with {@link
   * #MAX_PER_CLIENT} requests in flight needs 16, so 64 leaves room for several tabs and scripts
   * behind one address (a home's or an office's) while twelve such addresses cannot fill {@link
   * #MAX_CONNECTIONS}. Loopback counts like any other address.
   */
  static final int MAX_CONNECTIONS_PER_CLIENT = 64;

  /**
   * Connections the server keeps open at once, idle or not; past this it stops accepting until one
   * closes. Below the usual limit of 1,024 open files, so that a flood of connections is turned
   * away at the door instead of leaving the process unable to open its index files.
   */
  static final int MAX_CONNECTIONS = 800;

  private ServerLimits() {}

  /** The 414 for an address longer than {@link #MAX_URI_CHARS}. */
  static HttpError uriTooLong(int chars) {
    return new HttpError(
        414,
        String.format(
            Locale.ROOT,
            "the address is %,d characters long, more than the %,d this server reads; ask with fewer or shorter values",
            chars,
            MAX_URI_CHARS));
  }
}
