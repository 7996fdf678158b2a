package org.voxpop.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The writes a run has handed to its enrichment threads: waited for, and their first failure kept
 * as the run's, so that the reading thread can throw it.
 */
final class InFlight {
  private InFlight() {}

  /** Removes finished writes, keeping the first failure among them. */
  static void reap(List<Future<?>> inFlight, AtomicReference<Throwable> failure) {
    inFlight.removeIf(
        future -> {
          if (!future.isDone()) {
            return false;
          }
          await(future, failure);
          return true;
        });
  }

  /** Waits for one write; its failure, if any, becomes the run's. */
  static void await(Future<?> future, AtomicReference<Throwable> failure) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, e);
    } catch (java.util.concurrent.ExecutionException e) {
      failure.compareAndSet(null, e.getCause());
    }
  }

  static void drain(List<Future<?>> inFlight, AtomicReference<Throwable> failure)
      throws IOException {
    for (Future<?> future : inFlight) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while indexing", e);
      } catch (java.util.concurrent.ExecutionException e) {
        failure.compareAndSet(null, e.getCause());
      }
    }
    inFlight.clear();
  }

  static void drainQuietly(List<Future<?>> inFlight) {
    try {
      drain(inFlight, new AtomicReference<>());
    } catch (IOException ignored) {
      // Already failing; the original exception is the one to report.
    }
  }
}
