package org.voxpop.input;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Reads the records of one input, in order, each either a record or a {@link Reject} with its
 * place. {@link IngestLoop} reads every input through this, so a new input format is one class
 * implementing it ({@link JsonLinesReader} is the one there is) and a line in {@link
 * InputSource#open()} that picks it.
 */
public interface RecordReader extends Iterator<InputRecord>, Closeable {

  /** Where the next record starts (for a run that must say how far it got). */
  SourceLocation position();

  /** Bytes of the input read so far, for progress. */
  long bytesRead();
}
