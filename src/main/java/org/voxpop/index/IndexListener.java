package org.voxpop.index;

import org.voxpop.input.Reject;
import org.voxpop.input.SourceLocation;

/**
 * Hears what an indexing run does, as it does it: rejects the moment they are found, progress now
 * and then. Called from several threads; implementations must be thread safe.
 */
public interface IndexListener {

  /** A record or comment was rejected. */
  default void rejected(Reject reject) {}

  /**
   * A value was cut to fit the index's limits; the record was indexed with the cut value.
   *
   * @param where the record's file and line
   * @param message which value, how long it was and how long it is now
   */
  default void warned(SourceLocation where, String message) {}

  /**
   * Progress so far.
   *
   * @param articles articles indexed
   * @param comments comments indexed
   * @param bytesRead input bytes read so far
   * @param bytesTotal total input bytes, or -1 when unknown (e.g. standard input)
   */
  default void progress(long articles, long comments, long bytesRead, long bytesTotal) {}

  /** A commit finished; everything up to here survives a crash. */
  default void committed(long articles) {}

  /** A listener that ignores everything. */
  static IndexListener silent() {
    return new IndexListener() {};
  }
}
