package org.voxpop.index;

import java.io.IOException;
import java.util.Locale;
import org.voxpop.input.RecordShape;

/**
 * A run read records and indexed none of them: input of another shape (a CSV file, JSON of another
 * structure) rather than bad records in good input. Nothing was committed: a new index was not
 * created, an existing one keeps its last commit.
 */
public final class NothingIndexedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient IndexStats stats;

  NothingIndexedException(IndexStats stats) {
    super(
        String.format(
            Locale.ROOT,
            "nothing indexed: all %,d record%s of the input %s rejected, so nothing was written to the index. %s.",
            stats.recordsRead(),
            stats.recordsRead() == 1 ? "" : "s",
            stats.recordsRead() == 1 ? "was" : "were",
            RecordShape.EXPECTED));
    this.stats = stats;
  }

  /** What the run read and rejected. */
  public IndexStats stats() {
    return stats;
  }
}
