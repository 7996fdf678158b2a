package org.voxpop.web;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The time one request may take from its arrival to its answer: waiting for a place among the
 * requests being worked on, parsing, counting, labelling and writing. A request answers once: with
 * its result when that is ready in time, otherwise with a JSON error, never with half of each. A
 * download that has started (an export) is past its deadline's reach: its rows stream until done,
 * bounded by its own row limit.
 */
final class RequestDeadline {
  /**
   * The deadlines of the requests under way, by exchange. Not the exchange's attributes: the JDK's
   * server keeps those in the context, shared by every request at once.
   */
  private static final Map<HttpExchange, RequestDeadline> UNDER_WAY = new ConcurrentHashMap<>();

  private final long deadline;
  private final Duration limit;
  private final boolean bounded;
  private final AtomicBoolean answered = new AtomicBoolean();

  private RequestDeadline(Duration limit, boolean bounded) {
    this.limit = limit;
    this.bounded = bounded;
    this.deadline = System.nanoTime() + limit.toNanos();
  }

  /** Starts the clock of a request and attaches it to the exchange, until {@link #forget}. */
  static RequestDeadline start(HttpExchange exchange, Duration limit) {
    return attach(exchange, new RequestDeadline(limit, true));
  }

  /**
   * A request whose time is bounded otherwise: an upload to index, which reads up to 16 MiB and
   * enriches it, is limited by its body size and the server's request read time.
   */
  static RequestDeadline unbounded(HttpExchange exchange) {
    return attach(exchange, new RequestDeadline(Duration.ZERO, false));
  }

  private static RequestDeadline attach(HttpExchange exchange, RequestDeadline deadline) {
    UNDER_WAY.put(exchange, deadline);
    return deadline;
  }

  /** Lets go of the deadline of a request whose work has ended. */
  static void forget(HttpExchange exchange) {
    UNDER_WAY.remove(exchange);
  }

  /** The deadline of a request under way; one that has none (none should) gets an unbounded one. */
  static RequestDeadline of(HttpExchange exchange) {
    return UNDER_WAY.computeIfAbsent(exchange, e -> new RequestDeadline(Duration.ZERO, false));
  }

  /** Nanoseconds left; zero or less when the time is up; {@code Long.MAX_VALUE} when unbounded. */
  long remainingNanos() {
    return bounded ? deadline - System.nanoTime() : Long.MAX_VALUE;
  }

  /**
   * Claims the answer for a result. False when the time is up (the answer is then an error) or when
   * the request was answered already.
   */
  boolean claimForResult() {
    return remainingNanos() > 0 && answered.compareAndSet(false, true);
  }

  /** Claims the answer for an error; false when the request was answered already. */
  boolean claimForError() {
    return answered.compareAndSet(false, true);
  }

  /** The answer of a request that ran out of time. */
  HttpError overrun() {
    return new HttpError(
        503,
        String.format(
            Locale.ROOT,
            "the request took longer than %,d ms and was stopped; narrow the query, ask for fewer facets, or try again",
            limit.toMillis()));
  }
}
