package org.voxpop.web;

import java.util.Locale;

/**
 * The limits of the JDK's HTTP server that {@code voxpop serve} relies on, in one place. The JDK
 * reads them from system properties once, when its first server is made, so they are set here
 * before that (a value the user gave with {@code -D}, e.g. in {@code VOXPOP_JAVA_OPTS}, wins).
 */
final class ServerLimits {

  /**
   * Longest request line and headers together the server reads, in bytes. Longer ones are cut off
   * by the JDK (the connection is closed, with no answer), so this is set above {@link
   * #MAX_URI_CHARS} with room for a 1 MiB address: those get a 414 from us, with a sentence.
   */
  static final int MAX_HEADER_BYTES = 1024 * 1024 + 64 * 1024;

  /** Longest address (path and query) the API answers; longer ones get 414. */
  static final int MAX_URI_CHARS = 256 * 1024;

  /**
   * Seconds a client has to send a whole request (headers and body) once its first byte came;
   * then the JDK closes the connection. A client that sends half a request and goes silent holds
   * a connection no longer than this, and meanwhile only a virtual thread (see {@link WebServer}),
   * so it cannot make others wait. 30 s lets a 16 MiB upload through at about 0.5 MB/s.
   */
  static final int MAX_REQUEST_SECONDS = 30;

  /**
   * Requests handled at once (searches, exports, uploads). Reading a request takes no place here:
   * clients that are slow to send are waited for on virtual threads, outside this limit.
   */
  static final int MAX_WORKING = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

  /**
   * Requests one client address may have in the server at once, waiting or working; more get 429.
   * Above what a page asks at once (a search, a timeline, co-occurrences, an export) with room for
   * a script that sends a few in parallel, and well below what would make others wait long.
   */
  static final int MAX_PER_CLIENT = 16;

  /**
   * Connections the JDK server keeps open at once, idle or not ({@code jdk.httpserver.maxConnections}).
   * Below the usual limit of 1,024 open files, so that a flood of connections is turned away at
   * the door instead of leaving the process unable to open its index files.
   */
  static final int MAX_CONNECTIONS = 800;

  private ServerLimits() {}

  /** Sets the JDK server's properties the user has not set; idempotent. */
  static synchronized void apply() {
    setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(MAX_HEADER_BYTES));
    // (the JDK reads this one in seconds, although its module documentation says milliseconds)
    setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
    setIfAbsent("jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS));
  }

  private static void setIfAbsent(String name, String value) {
    if (System.getProperty(name) == null) {
      System.setProperty(name, value);
    }
  }

  /** The 414 for an address longer than {@link #MAX_URI_CHARS}. */
  static HttpError uriTooLong(int chars) {
    return new HttpError(414, String.format(Locale.ROOT,
        "the address is %,d characters long, more than the %,d this server reads; ask with fewer or shorter values",
        chars, MAX_URI_CHARS));
  }
}
