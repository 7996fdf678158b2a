package org.voxpop.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory whose writes fail once a budget of bytes is spent, the way a run's resources give out
 * in the middle of a flush: a disk that fills up, or a heap a huge block exhausts.
 */
final class BudgetDirectory extends FilterDirectory {

  /** What running out looks like. */
  interface Exhaustion {
    void fail() throws IOException;
  }

  private final AtomicLong left;
  private final Exhaustion exhaustion;

  private BudgetDirectory(Directory in, long budget, Exhaustion exhaustion) {
    super(in);
    this.left = new AtomicLong(budget);
    this.exhaustion = exhaustion;
  }

  /** A disk that fills up after {@code budget} bytes, and says so as Linux does. */
  static BudgetDirectory diskFull(Directory in, long budget) {
    return new BudgetDirectory(
        in,
        budget,
        () -> {
          throw new IOException("No space left on device");
        });
  }

  /** Writes that run out of memory after {@code budget} bytes, as a flush of a huge block would. */
  static BudgetDirectory outOfMemory(Directory in, long budget) {
    return new BudgetDirectory(
        in,
        budget,
        () -> {
          throw new OutOfMemoryError("Java heap space (simulated)");
        });
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return spending(super.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    return spending(super.createTempOutput(prefix, suffix, context));
  }

  private IndexOutput spending(IndexOutput out) {
    return new FilterIndexOutput("budget", out.getName(), out) {
      @Override
      public void writeByte(byte b) throws IOException {
        take(1);
        out.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        take(length);
        out.writeBytes(b, offset, length);
      }
    };
  }

  private void take(long bytes) throws IOException {
    if (left.addAndGet(-bytes) < 0) {
      exhaustion.fail();
    }
  }
}
