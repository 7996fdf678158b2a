package org.voxpop.index;

/**
 * The index on disk was not written by voxpop, or by a version whose schema this one cannot read.
 */
public final class IncompatibleIndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IncompatibleIndexException(String message) {
    super(message);
  }
}
