package org.voxpop.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import org.voxpop.input.RejectReason;

/**
 * What one indexing run did: records read, articles and comments indexed, blocks replaced, rejects
 * by reason, time taken and index size.
 *
 * <p>{@code recordsRead == articlesIndexed + commentRecordsApplied + rejectedRecords} holds for
 * every run: no record goes unaccounted for.
 *
 * @param recordsRead input records read: article lines, stand-alone comment lines, bad lines
 * @param articlesIndexed articles written (new or replacing an earlier version)
 * @param articlesReplaced of those, articles whose block already existed and was replaced
 * @param commentsIndexed comments written as part of article blocks
 * @param commentRecordsApplied stand-alone comment records merged into their article's block
 * @param rejectedRecords records rejected whole (a bad line, an orphan comment record)
 * @param rejectedComments comments rejected inside an otherwise good article
 * @param rejectsByReason every reject (whole record or comment), counted by reason
 * @param valuesCut values cut to fit the index's limits, each reported as a warning; the records
 *     holding them were indexed
 * @param elapsed wall-clock time of the run
 * @param indexBytes size of the index directory on disk after the final commit
 */
public record IndexStats(
    long recordsRead,
    long articlesIndexed,
    long articlesReplaced,
    long commentsIndexed,
    long commentRecordsApplied,
    long rejectedRecords,
    long rejectedComments,
    Map<RejectReason, Long> rejectsByReason,
    long valuesCut,
    Duration elapsed,
    long indexBytes) {

  public IndexStats {
    rejectsByReason = Map.copyOf(rejectsByReason);
  }

  /** Total rejects of any kind. */
  public long rejects() {
    return rejectedRecords + rejectedComments;
  }

  /** Documents (articles and comments) written per second. */
  public double docsPerSecond() {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    return (articlesIndexed + commentsIndexed) / seconds;
  }

  /** The statistics as a JSON object, as written next to the index. */
  public String toJson() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode node = json.createObjectNode();
    node.put("records_read", recordsRead);
    node.put("articles_indexed", articlesIndexed);
    node.put("articles_replaced", articlesReplaced);
    node.put("comments_indexed", commentsIndexed);
    node.put("comment_records_applied", commentRecordsApplied);
    node.put("rejected_records", rejectedRecords);
    node.put("rejected_comments", rejectedComments);
    ObjectNode reasons = node.putObject("rejects_by_reason");
    for (RejectReason reason : RejectReason.values()) {
      if (rejectsByReason.containsKey(reason)) {
        reasons.put(reason.name(), rejectsByReason.get(reason));
      }
    }
    node.put("values_cut", valuesCut);
    node.put("elapsed_ms", elapsed.toMillis());
    node.put("docs_per_second", Math.round(docsPerSecond() * 10) / 10.0);
    node.put("index_bytes", indexBytes);
    return node.toPrettyString();
  }
}
