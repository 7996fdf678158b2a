package org.voxpop.index;

import org.voxpop.input.Reject;

/** Thrown in strict mode at the first rejected record; the index keeps its last commit. */
public final class RejectedRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Reject reject;

  public RejectedRecordException(Reject reject) {
    super("rejected (strict mode): " + reject);
    this.reject = reject;
  }

  /** The record that stopped the run. */
  public Reject reject() {
    return reject;
  }
}
