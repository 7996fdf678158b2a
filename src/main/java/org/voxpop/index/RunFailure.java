package org.voxpop.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The first failure of a run's worker threads, thrown again on the thread that drives the run:
 * the indexer and the OpenSearch bulk loader keep it the same way.
 */
public final class RunFailure {
  private RunFailure() {}

  /**
   * Throws the failure recorded in {@code first}, as it was (I/O, runtime or error); returns when
   * there is none.
   */
  public static void rethrow(AtomicReference<Throwable> first) throws IOException {
    Throwable t = first.get();
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error error) {
      throw error;
    }
  }
}
