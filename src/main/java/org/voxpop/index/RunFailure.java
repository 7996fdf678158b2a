package org.voxpop.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The first failure of a run's worker threads, thrown again on the thread that drives the run: the
 * indexer and the OpenSearch bulk loader keep it the same way.
 */
public final class RunFailure {
  private RunFailure() {}

  /**
   * Throws the failure recorded in {@code first}, as it was (I/O, runtime or error; any other kind
   * wrapped in an {@link IOException}); returns when there is none.
   */
  public static void rethrow(AtomicReference<Throwable> first) throws IOException {
    Throwable t = first.get();
    if (t != null) {
      throw asThrown(t);
    }
  }

  /**
   * A worker's failure, to be thrown on the driving thread: runtime exceptions and errors are
   * thrown from here as they were, an {@link IOException} is returned as it was, anything else is
   * returned wrapped in one. Use as {@code throw RunFailure.asThrown(cause)}.
   */
  public static IOException asThrown(Throwable failure) {
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return failure instanceof IOException io ? io : new IOException(failure);
  }
}
