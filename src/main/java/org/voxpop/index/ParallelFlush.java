package org.voxpop.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;

/**
 * Writes a writer's in-memory segments to disk on several threads at once, before a commit.
 *
 * <p>Why: a run's documents stay in the writer's buffers (one per thread that indexed) until its
 * RAM budget fills or a commit, and a commit writes them one after the other on the thread that
 * commits. At the end of a run on the generated corpus that was the whole index, its postings, doc
 * values and points written on one core while the others had nothing left to do. Each buffer
 * becomes the same segment whichever thread writes it.
 */
final class ParallelFlush {
  private ParallelFlush() {}

  /**
   * Flushes every in-memory segment of {@code writer}, on {@code helpers} tasks of {@code pool} and
   * on the calling thread; returns when all are written.
   *
   * @throws IOException the first failure of any of the flushes
   */
  static void flush(IndexWriter writer, ExecutorService pool, int helpers) throws IOException {
    List<Future<?>> flushing = new ArrayList<>(helpers);
    Throwable failure = null;
    try {
      for (int i = 0; i < helpers; i++) {
        flushing.add(
            pool.submit(
                () -> {
                  flushAll(writer);
                  return null;
                }));
      }
      flushAll(writer);
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
    }
    for (Future<?> f : flushing) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = first(failure, new InterruptedIOException("interrupted while flushing"));
      } catch (ExecutionException e) {
        failure = first(failure, e.getCause());
      }
    }
    rethrow(failure);
  }

  private static void flushAll(IndexWriter writer) throws IOException {
    while (writer.flushNextBuffer()) {
      // each call writes one buffer; false once none is left
    }
  }

  private static Throwable first(Throwable kept, Throwable next) {
    return kept != null ? kept : next;
  }

  private static void rethrow(Throwable failure) throws IOException {
    if (failure == null) {
      return;
    }
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    throw new IOException(failure);
  }
}
