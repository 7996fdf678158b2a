package org.voxpop.index;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.voxpop.input.Reject;
import org.voxpop.input.RejectReason;

/**
 * What a run over input files has counted so far, and how it reports a rejected record: the
 * indexer and the OpenSearch bulk loader share it, so that both count and report rejects alike.
 * Thread safe: the reading thread and the worker threads update it together.
 */
public final class RunCounts {
  /** Input records read (articles, stand-alone comments and unreadable lines). */
  public final AtomicLong recordsRead = new AtomicLong();
  /** Articles written. */
  public final AtomicLong articles = new AtomicLong();
  /** Articles that replaced an earlier version. */
  public final AtomicLong replaced = new AtomicLong();
  /** Comments written with their articles. */
  public final AtomicLong comments = new AtomicLong();
  /** Stand-alone comment records merged into their articles. */
  public final AtomicLong commentRecords = new AtomicLong();
  /** Whole records rejected. */
  public final AtomicLong rejectedRecords = new AtomicLong();
  /** Comments rejected inside otherwise good records. */
  public final AtomicLong rejectedComments = new AtomicLong();
  /** Values cut to fit the index's limits (the records holding them were indexed). */
  public final AtomicLong valuesCut = new AtomicLong();
  private final Map<RejectReason, AtomicLong> byReason = new EnumMap<>(RejectReason.class);

  /** All counts at zero. */
  public RunCounts() {
    for (RejectReason reason : RejectReason.values()) {
      byReason.put(reason, new AtomicLong());
    }
  }

  /**
   * Counts and reports a rejected record.
   *
   * @throws RejectedRecordException when {@code strict}, after reporting it
   */
  public void rejectRecord(Reject reject, IndexListener listener, boolean strict) {
    rejectedRecords.incrementAndGet();
    report(reject, listener, strict);
  }

  /**
   * Counts and reports a comment rejected inside a record that is kept.
   *
   * @throws RejectedRecordException when {@code strict}, after reporting it
   */
  public void rejectComment(Reject reject, IndexListener listener, boolean strict) {
    rejectedComments.incrementAndGet();
    report(reject, listener, strict);
  }

  private void report(Reject reject, IndexListener listener, boolean strict) {
    byReason.get(reject.reason()).incrementAndGet();
    listener.rejected(reject);
    if (strict) {
      throw new RejectedRecordException(reject);
    }
  }

  /** Rejects by reason so far, only the reasons that occurred. */
  public Map<RejectReason, Long> rejectsByReason() {
    Map<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
    byReason.forEach((reason, count) -> {
      if (count.get() > 0) {
        counts.put(reason, count.get());
      }
    });
    return counts;
  }
}
