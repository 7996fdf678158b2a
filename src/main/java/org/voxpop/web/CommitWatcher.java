package org.voxpop.web;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.voxpop.query.VoxpopSearcher;

/**
 * Lets a running server see what another process commits to its index ({@code voxpop index} into
 * the folder being served): every {@link #INTERVAL} it asks the searcher for the latest commit.
 * Searches under way keep the view they started with; the next ones see the new documents.
 *
 * <p>A check that finds nothing new costs a directory listing, so a short interval is cheap. A
 * check that fails (the folder unreadable for a moment, a commit half copied) keeps the view the
 * server has and is tried again at the next interval; the failure is kept for {@link #lastFailure}.
 */
final class CommitWatcher implements Closeable {

  /**
   * How often the index folder is checked for a new commit; the docs promise "within 2 seconds".
   */
  static final Duration INTERVAL = Duration.ofSeconds(2);

  private final VoxpopSearcher searcher;
  private final ScheduledExecutorService timer;
  private final AtomicReference<String> lastFailure = new AtomicReference<>();

  private CommitWatcher(VoxpopSearcher searcher) {
    this.searcher = searcher;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "voxpop-commit-watcher");
              // never the reason a JVM stays up after the server stopped
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts checking every {@link #INTERVAL} until closed. */
  static CommitWatcher start(VoxpopSearcher searcher) {
    CommitWatcher watcher = new CommitWatcher(searcher);
    long millis = INTERVAL.toMillis();
    watcher.timer.scheduleWithFixedDelay(watcher::check, millis, millis, TimeUnit.MILLISECONDS);
    return watcher;
  }

  private void check() {
    try {
      searcher.refresh();
      lastFailure.set(null);
    } catch (IOException | RuntimeException e) {
      // A scheduled task that throws is never run again: keep the old view and retry.
      lastFailure.set(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Why the last check could not read the index, if it failed. */
  Optional<String> lastFailure() {
    return Optional.ofNullable(lastFailure.get());
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
