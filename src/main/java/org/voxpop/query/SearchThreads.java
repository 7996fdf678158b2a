package org.voxpop.query;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.voxpop.index.RunFailure;

/**
 * The threads a searcher runs the parts of its searches on, and how a task run there reports back:
 * one place for the pool's rules (daemon threads, tasks still run after close).
 */
final class SearchThreads {
  private SearchThreads() {}

  /** A pool of {@code threads} search threads. */
  static ExecutorService pool(int threads) {
    AtomicInteger number = new AtomicInteger();
    // After close(), a search still under way runs its remaining slices on its own thread
    // instead of failing: what the stopped pool refuses runs on the caller (unlike the JDK's
    // CallerRunsPolicy, which drops tasks once the pool is shut down).
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(),
        task -> {
          Thread thread = new Thread(task, "voxpop-search-" + number.incrementAndGet());
          thread.setDaemon(true); // an embedding application that forgets close() can still exit
          return thread;
        },
        (task, pool) -> task.run());
  }

  /** What a task run on the search threads gave, its failure rethrown as it was thrown. */
  static <T> T result(FutureTask<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the page of hits");
    } catch (ExecutionException e) {
      throw RunFailure.asThrown(e.getCause());
    }
  }
}
