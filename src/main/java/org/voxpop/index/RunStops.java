package org.voxpop.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.voxpop.input.SourceLocation;

/**
 * How an indexing run that cannot go on says so: a full disk as a {@link DiskFullException}, an
 * exhausted heap as an {@link OutOfMemoryStop} with what was committed, anything else as it was.
 * Keeps what such a stop reports: the counts at the last commit and the record being read.
 */
final class RunStops {
  private final Path indexDir;
  private final QuietMergeScheduler merges;
  private volatile IndexStats lastCommitted;
  private volatile String lastRead = "none";

  /**
   * Whether the run stopped on a full disk or an exhausted heap: then nothing more is committed.
   */
  private volatile boolean stopped;

  RunStops(Path indexDir, QuietMergeScheduler merges) {
    this.indexDir = indexDir;
    this.merges = merges;
  }

  /** The run's counts at a commit it just made. */
  void committed(IndexStats stats) {
    lastCommitted = stats;
  }

  /**
   * Whether the run stopped on a full disk or an exhausted heap: closing must then roll back, so
   * that the index holds exactly the last commit the run reported.
   */
  boolean stopped() {
    return stopped;
  }

  /** Where the run is reading. */
  void reading(SourceLocation where) {
    lastRead = where.toString();
  }

  /** Before a commit: a merge the disk stopped would make the commit fail less clearly. */
  void throwIfMergeFilledTheDisk() throws DiskFullException {
    Optional<Throwable> failure = merges.diskFull();
    if (failure.isPresent()) {
      throw new DiskFullException(indexDir, failure.get());
    }
  }

  /**
   * Ends a run that ran out of memory with what it had committed. By now the block that took the
   * memory is garbage, so the statistics file can still be written.
   */
  OutOfMemoryStop outOfMemory(Throwable e) {
    stopped = true;
    IndexStats committed = lastCommitted;
    try {
      Files.writeString(
          indexDir.resolve(Indexer.STATS_FILE), committed.toJson(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException | OutOfMemoryError ignored) {
      // the stop itself is what to report
    }
    return new OutOfMemoryStop(indexDir, lastRead, committed, e);
  }

  /**
   * A failure as the run reports it: a full disk or an exhausted heap, wherever it struck (a write,
   * a commit, a merge, the writer closed by it), is said so; anything else is returned (or thrown,
   * when unchecked) as it is. Use as {@code throw stops.said(e, writer)}.
   */
  IOException said(Exception e, IndexWriter writer) {
    if (causedByOutOfMemory(e, 0) || causedByOutOfMemory(writer.getTragicException(), 0)) {
      throw outOfMemory(e); // the writer closed itself on it
    }
    if (DiskFullException.causedBy(e)
        || DiskFullException.causedBy(writer.getTragicException())
        || merges.diskFull().isPresent()) {
      stopped = true;
      DiskFullException full = new DiskFullException(indexDir, e);
      merges.diskFull().ifPresent(full::addSuppressed);
      return full;
    }
    return RunFailure.asThrown(e);
  }

  private static boolean causedByOutOfMemory(Throwable t, int depth) {
    return t != null
        && depth < 32
        && (t instanceof OutOfMemoryError || causedByOutOfMemory(t.getCause(), depth + 1));
  }
}
