package org.voxpop.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Builds the stop a run that ran out of memory throws, for tests of how front doors report it. */
public final class OutOfMemoryStops {
  private OutOfMemoryStops() {}

  /** A stop after nothing was committed, reading line 2 of {@code in.jsonl}. */
  public static OutOfMemoryStop sample(Path indexDir) {
    IndexStats nothing = new IndexStats(2, 0, 0, 0, 0, 0, 0, Map.of(), 0, Duration.ZERO, 0);
    return new OutOfMemoryStop(
        indexDir, "in.jsonl:2", nothing, new OutOfMemoryError("Java heap space"));
  }
}
