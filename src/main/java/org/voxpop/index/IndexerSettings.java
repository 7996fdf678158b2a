package org.voxpop.index;

/**
 * How an indexing run behaves.
 *
 * @param threads enrichment threads (the writer is shared by all of them)
 * @param commitEveryArticles commit after this many articles since the last commit
 * @param commitEverySeconds commit when this many seconds passed since the last commit
 * @param strict stop at the first rejected record instead of reporting it and going on
 * @param mergeToSegments at the end of a run, merge the index down to at most this many segments
 *     (0: leave merging to Lucene's merge policy). An archive loaded once and then searched counts
 *     facets fastest with one segment per search thread.
 * @param force index into a folder that holds files but no voxpop index (the files are left alone);
 *     without it such a folder is refused
 */
public record IndexerSettings(
    int threads,
    int commitEveryArticles,
    int commitEverySeconds,
    boolean strict,
    int mergeToSegments,
    boolean force) {
  public IndexerSettings {
    if (threads < 1 || commitEveryArticles < 1 || commitEverySeconds < 1) {
      throw new IllegalArgumentException("threads and commit intervals must be at least 1");
    }
    if (mergeToSegments < 0) {
      throw new IllegalArgumentException("mergeToSegments must be 0 (no merge) or more");
    }
  }

  /** Settings that leave merging to Lucene's merge policy. */
  public IndexerSettings(
      int threads, int commitEveryArticles, int commitEverySeconds, boolean strict) {
    this(threads, commitEveryArticles, commitEverySeconds, strict, 0, false);
  }

  /** One thread per core, a commit every 10,000 articles or 60 seconds, reject and go on. */
  public static IndexerSettings defaults() {
    return new IndexerSettings(Runtime.getRuntime().availableProcessors(), 10_000, 60, false);
  }

  /** These settings with another thread count. */
  public IndexerSettings withThreads(int n) {
    return new IndexerSettings(
        n, commitEveryArticles, commitEverySeconds, strict, mergeToSegments, force);
  }

  /** These settings with another commit interval in articles. */
  public IndexerSettings withCommitEveryArticles(int n) {
    return new IndexerSettings(threads, n, commitEverySeconds, strict, mergeToSegments, force);
  }

  /** These settings with strict mode on or off. */
  public IndexerSettings withStrict(boolean on) {
    return new IndexerSettings(
        threads, commitEveryArticles, commitEverySeconds, on, mergeToSegments, force);
  }

  /** These settings, merging the index to at most {@code segments} segments at the end (0: no). */
  public IndexerSettings withMergeToSegments(int segments) {
    return new IndexerSettings(
        threads, commitEveryArticles, commitEverySeconds, strict, segments, force);
  }

  /** These settings, allowing or refusing a folder that holds files but no voxpop index. */
  public IndexerSettings withForce(boolean on) {
    return new IndexerSettings(
        threads, commitEveryArticles, commitEverySeconds, strict, mergeToSegments, on);
  }
}
