package org.voxpop.index;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.voxpop.input.Reject;
import org.voxpop.input.RejectReason;

/**
 * What a run over input files has counted so far, and how it reports a rejected record: the indexer
 * and the OpenSearch bulk loader share it, so that both count and report rejects alike. Thread
 * safe: the reading thread and the worker threads update it together.
 */
public final class RunCounts {
  private final AtomicLong recordsRead = new AtomicLong();
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong replaced = new AtomicLong();
  private final AtomicLong comments = new AtomicLong();
  private final AtomicLong commentRecords = new AtomicLong();
  private final AtomicLong rejectedRecords = new AtomicLong();
  private final AtomicLong rejectedComments = new AtomicLong();
  private final AtomicLong valuesCut = new AtomicLong();
  private final Map<RejectReason, AtomicLong> byReason = new EnumMap<>(RejectReason.class);

  /** All counts at zero. */
  public RunCounts() {
    for (RejectReason reason : RejectReason.values()) {
      byReason.put(reason, new AtomicLong());
    }
  }

  /** One input record read (an article, a stand-alone comment or an unreadable line). */
  public void recordRead() {
    recordsRead.incrementAndGet();
  }

  /** One article written, with this many comments. */
  public void articleWritten(long commentCount) {
    articles.incrementAndGet();
    comments.addAndGet(commentCount);
  }

  /** One written article replaced an earlier version. */
  public void articleReplaced() {
    replaced.incrementAndGet();
  }

  /** How many written articles replaced earlier versions, when it is known only at the end. */
  public void replacedInAll(long count) {
    replaced.set(count);
  }

  /** Stand-alone comment records merged into their articles. */
  public void commentRecordsMerged(long count) {
    commentRecords.addAndGet(count);
  }

  /** One value cut to fit the index's limits (its record was indexed). */
  public void valueCut() {
    valuesCut.incrementAndGet();
  }

  /** Input records read (articles, stand-alone comments and unreadable lines). */
  public long recordsRead() {
    return recordsRead.get();
  }

  /** Articles written. */
  public long articles() {
    return articles.get();
  }

  /** Articles that replaced an earlier version. */
  public long replaced() {
    return replaced.get();
  }

  /** Comments written with their articles. */
  public long comments() {
    return comments.get();
  }

  /** Stand-alone comment records merged into their articles. */
  public long commentRecords() {
    return commentRecords.get();
  }

  /** Whole records rejected. */
  public long rejectedRecords() {
    return rejectedRecords.get();
  }

  /** Comments rejected inside otherwise good records. */
  public long rejectedComments() {
    return rejectedComments.get();
  }

  /** Values cut to fit the index's limits (the records holding them were indexed). */
  public long valuesCut() {
    return valuesCut.get();
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
    byReason.forEach(
        (reason, count) -> {
          if (count.get() > 0) {
            counts.put(reason, count.get());
          }
        });
    return counts;
  }
}
