package org.voxpop.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * The disk under the index filled up during a run. Nothing is lost that was committed: Lucene's
 * last commit is intact, and running the same input again, with space, completes the index.
 */
public final class DiskFullException extends IOException {
  private static final long serialVersionUID = 1L;

  /** How operating systems (and Lucene's test directories) word a full disk. */
  private static final String[] WORDINGS = {
    "no space left on device", "not enough space on the disk", "disk full", "disk quota exceeded"
  };

  /** A full disk under {@code indexDir}, found as {@code cause}. */
  public DiskFullException(Path indexDir, Throwable cause) {
    super(
        "disk full while writing "
            + indexDir
            + "; the index holds everything up to the last commit",
        cause);
  }

  /**
   * Whether {@code failure}, or anything it was caused by or suppressed (an {@code
   * AlreadyClosedException} carries the writer's tragedy as its cause), is a full disk.
   */
  static boolean causedBy(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return causedBy(failure, seen);
  }

  private static boolean causedBy(Throwable t, Set<Throwable> seen) {
    if (t == null || !seen.add(t) || seen.size() > 64) {
      return false;
    }
    if (t instanceof DiskFullException) {
      return true;
    }
    if (t instanceof IOException && t.getMessage() != null) {
      String message = t.getMessage().toLowerCase(Locale.ROOT);
      for (String wording : WORDINGS) {
        if (message.contains(wording)) {
          return true;
        }
      }
    }
    for (Throwable suppressed : t.getSuppressed()) {
      if (causedBy(suppressed, seen)) {
        return true;
      }
    }
    return causedBy(t.getCause(), seen);
  }
}
