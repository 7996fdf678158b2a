package org.voxpop.input;

/** Why an input record was not indexed. Each reason is counted separately in the statistics. */
public enum RejectReason {
  /** The line is not valid JSON, or not a JSON object. */
  MALFORMED_JSON,
  /** The bytes of the line are not valid UTF-8. */
  INVALID_ENCODING,
  /**
   * A required field ({@code id}, {@code body}, {@code text}, {@code article_id}) is absent or
   * blank.
   */
  MISSING_FIELD,
  /** A field has the wrong JSON type (e.g. {@code comments} is not an array). */
  WRONG_TYPE,
  /** A comment id occurs twice in one article. */
  DUPLICATE_COMMENT_ID,
  /**
   * An id ({@code id} or {@code article_id}) is longer than an index term can hold (32,766 bytes of
   * UTF-8): that record alone is rejected.
   */
  ID_TOO_LONG,
  /**
   * An article holds more comments than one article may ({@link
   * InputLimits#maxCommentsPerArticle()}): the article is rejected, or a stand-alone comment that
   * would take its article over the limit.
   */
  TOO_MANY_COMMENTS,
  /**
   * An article with its comments would need more memory to index than the JVM has (the heap
   * estimate of its block); the message says how much.
   */
  BLOCK_TOO_LARGE,
  /** A comment's {@code parent_id} names no comment of its article. */
  UNKNOWN_PARENT,
  /** A comment's chain of {@code parent_id}s loops back on itself. */
  REPLY_CYCLE,
  /** A comment from a separate comment file names an article that was never indexed. */
  UNKNOWN_ARTICLE,
  /** A line is longer than the reader's maximum; the reader skipped to the next line. */
  LINE_TOO_LONG,
  /** Enrichment or indexing failed on this record unexpectedly; the message says how. */
  PROCESSING_FAILED,
  /** The file ended in the middle of a compressed stream or could not be read further. */
  UNREADABLE_INPUT
}
