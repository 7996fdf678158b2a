package org.voxpop.index;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.ConcurrentMergeScheduler;

/**
 * Lucene's background merges, except that a merge stopped by a full disk is kept for the indexer to
 * report in a sentence ({@link DiskFullException}) instead of ending its thread with a stack trace
 * on the console. Any other merge failure is a bug and is thrown as Lucene throws it.
 */
final class QuietMergeScheduler extends ConcurrentMergeScheduler {
  private final AtomicReference<Throwable> diskFull = new AtomicReference<>();

  @Override
  protected void handleMergeException(Throwable exc) {
    if (DiskFullException.causedBy(exc)) {
      diskFull.compareAndSet(null, exc);
      return;
    }
    super.handleMergeException(exc);
  }

  /** The first merge a full disk stopped, if any. */
  Optional<Throwable> diskFull() {
    return Optional.ofNullable(diskFull.get());
  }
}
