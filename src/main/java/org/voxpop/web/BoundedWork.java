package org.voxpop.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the work of each request on a thread of its own, at most {@link ServerLimits#MAX_WORKING} at
 * once, and answers every request within its {@link RequestDeadline}: when the time is up first
 * (waiting for a place counts), the request gets the deadline's JSON error while the work is left
 * to stop at its own next check. It keeps its place until then, so abandoned work still counts
 * against the limit. Work is never interrupted: an interrupt closes the index's files for every
 * search.
 */
final class BoundedWork {

  /** What a request does: answers it, through {@link Answers}. */
  interface Work {
    void answer(HttpExchange exchange) throws IOException;
  }

  private final ExecutorService threads;
  private final Semaphore working = new Semaphore(ServerLimits.MAX_WORKING);

  /**
   * @param threads where the work runs; virtual threads, so that waiting work costs little
   */
  BoundedWork(ExecutorService threads) {
    this.threads = threads;
  }

  /**
   * Runs {@code work} for the exchange and returns when it is answered, by the work or by its
   * deadline; the deadline is forgotten when the work ends.
   */
  void run(HttpExchange exchange, RequestDeadline deadline, Work work) throws IOException {
    try {
      if (!working.tryAcquire(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS)) {
        try {
          late(exchange, deadline);
        } finally {
          RequestDeadline.forget(exchange);
        }
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the server is stopping
      RequestDeadline.forget(exchange);
      exchange.close();
      return;
    }
    Future<?> running;
    try {
      running =
          threads.submit(
              () -> {
                try {
                  work.answer(exchange);
                } finally {
                  RequestDeadline.forget(exchange);
                  working.release();
                }
                return null;
              });
    } catch (RejectedExecutionException e) {
      working.release(); // the server is stopping
      RequestDeadline.forget(exchange);
      exchange.close();
      return;
    }
    try {
      try {
        running.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (!late(exchange, deadline)) {
          // The work answers (a download that started, or a result written just in time): the
          // server ends an answer when its handler returns, so the handler waits for the work.
          running.get();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // the work answers its own failures; what escapes it is a connection that broke
    }
  }

  /**
   * The answer of a request whose time ran out, unless it was answered already (a download that
   * started); whether this answered it. Claimed through {@code deadline} itself: the work may end,
   * and forget it, meanwhile.
   */
  private static boolean late(HttpExchange exchange, RequestDeadline deadline) throws IOException {
    HttpError overrun = deadline.overrun();
    Answers.securityHeaders(exchange);
    if (Answers.error(
        exchange, deadline, overrun.status, overrun.getMessage(), java.util.OptionalInt.empty())) {
      exchange.close();
      return true;
    }
    return false;
  }
}
