package org.voxpop.opensearch;

import java.time.Duration;
import java.util.Map;
import org.voxpop.input.RejectReason;

/**
 * What one {@link BulkLoader} run did. As for the local indexer, {@code recordsRead ==
 * articlesLoaded + commentRecordsApplied + rejectedRecords}: no record goes unaccounted for.
 *
 * @param recordsRead input records read: article lines, stand-alone comment lines, bad lines
 * @param articlesLoaded articles the cluster accepted (new or replacing an earlier version)
 * @param articlesReplaced of those, articles that existed before
 * @param commentsLoaded comments inside the accepted articles
 * @param commentRecordsApplied stand-alone comment records merged into their stored article
 * @param rejectedRecords records rejected whole, by the reader or by the cluster
 * @param rejectedComments comments rejected inside an otherwise good article
 * @param rejectsByReason every reject counted by reason
 * @param bulkRequests bulk requests that got a response
 * @param retries requests and documents sent again after a transient failure
 * @param elapsed wall-clock time, setup and final refresh included
 */
public record LoadStats(
    long recordsRead,
    long articlesLoaded,
    long articlesReplaced,
    long commentsLoaded,
    long commentRecordsApplied,
    long rejectedRecords,
    long rejectedComments,
    Map<RejectReason, Long> rejectsByReason,
    long bulkRequests,
    long retries,
    Duration elapsed) {

  public LoadStats {
    rejectsByReason = Map.copyOf(rejectsByReason);
  }

  /** All rejects, records and comments. */
  public long rejects() {
    return rejectedRecords + rejectedComments;
  }

  /** Articles and comments loaded per second of wall-clock time. */
  public double docsPerSecond() {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
    return (articlesLoaded + commentsLoaded) / seconds;
  }
}
