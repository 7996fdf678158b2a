package org.voxpop.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The one loop that reads records from any inputs and hands them to a {@link Sink}: a Lucene index,
 * an OpenSearch bulk load, a benchmark. It reads, counts, warns once per unknown field, dispatches
 * each kind of record and gathers stand-alone comments into batches per article; what a record
 * becomes is the sink's job. A new input format is a reader; a new target is a sink.
 */
public final class IngestLoop {

  /** Where the records of a run go. */
  public interface Sink {
    /**
     * Stand-alone comment records gathered before they are handed over: merging a comment means
     * reading its article back from the target, so they are merged many at a time.
     */
    int commentBatch();

    /** About to read at {@code where}: a sink that may have to stop notes how far it got. */
    default void reading(SourceLocation where) {}

    /** A record was read, whatever it turns out to be (counted before it is handed over). */
    void recordRead();

    /** A record the reader refused. */
    void rejected(Reject reject);

    /** An article with its comments; {@code article.rejectedComments()} were refused on reading. */
    void article(InputRecord.ArticleRecord article) throws IOException;

    /** A batch of stand-alone comments, by the id of the article each belongs to. */
    void comments(Map<String, List<InputRecord.CommentRecord>> byArticle) throws IOException;

    /**
     * After each record: checks, commits, progress.
     *
     * @param bytesRead bytes read so far over all inputs
     * @param totalBytes bytes of all inputs, or -1 when one has no known size (standard input)
     */
    void afterRecord(long bytesRead, long totalBytes) throws IOException;
  }

  private IngestLoop() {}

  /**
   * Reads every input in order into the sink; the comments still gathered at the end are handed
   * over last. What the sink throws ends the loop.
   *
   * @param warn told once per unknown field name (see {@link ReadWarnings})
   */
  public static void run(
      List<InputSource> inputs, Sink sink, BiConsumer<SourceLocation, String> warn)
      throws IOException {
    long totalBytes = 0;
    for (InputSource input : inputs) {
      totalBytes = input.size() < 0 || totalBytes < 0 ? -1 : totalBytes + input.size();
    }
    ReadWarnings warnings = new ReadWarnings();
    Map<String, List<InputRecord.CommentRecord>> pending = new LinkedHashMap<>();
    int pendingCount = 0;
    long bytesBefore = 0;
    for (InputSource input : inputs) {
      try (RecordReader reader = input.open()) {
        while (true) {
          sink.reading(reader.position());
          if (!reader.hasNext()) {
            break;
          }
          InputRecord record = reader.next();
          sink.recordRead();
          warnings.report(record, warn);
          switch (record) {
            case InputRecord.Rejected rejected -> sink.rejected(rejected.reject());
            case InputRecord.ArticleRecord article -> sink.article(article);
            case InputRecord.CommentRecord comment -> {
              pending.computeIfAbsent(comment.articleId(), k -> new ArrayList<>()).add(comment);
              if (++pendingCount >= sink.commentBatch()) {
                sink.comments(pending);
                pending = new LinkedHashMap<>();
                pendingCount = 0;
              }
            }
          }
          sink.afterRecord(bytesBefore + reader.bytesRead(), totalBytes);
        }
        bytesBefore += reader.bytesRead();
      }
    }
    sink.comments(pending);
  }
}
