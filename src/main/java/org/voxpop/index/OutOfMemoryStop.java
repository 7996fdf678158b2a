package org.voxpop.index;

import java.nio.file.Path;
import org.voxpop.input.InputLimits;

/**
 * An indexing run ran out of memory and stopped. The index is intact: it holds everything up to its
 * last commit ({@link #committed()}), and running the same input again converges.
 */
public final class OutOfMemoryStop extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient IndexStats committed;

  OutOfMemoryStop(Path indexDir, String lastRead, IndexStats committed, Throwable cause) {
    super(
        "out of memory while indexing into "
            + indexDir
            + " (reading "
            + lastRead
            + "); the index holds everything up to the last commit. Give voxpop more memory"
            + " (VOXPOP_JAVA_OPTS=-Xmx...) or lower the comments an article may hold (-D"
            + InputLimits.MAX_COMMENTS_PROPERTY
            + "=N)",
        cause);
    this.committed = committed;
  }

  /** What the run had committed when it stopped. */
  public IndexStats committed() {
    return committed;
  }
}
