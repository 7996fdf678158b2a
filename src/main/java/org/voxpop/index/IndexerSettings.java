package org.voxpop.index;

/**
 * How an indexing run behaves.
 *
 * @param threads enrichment threads (the writer is shared by all of them)
 * @param commitEveryArticles commit after this many articles since the last commit
 * @param commitEverySeconds commit when this many seconds passed since the last commit
 * @param strict stop at the first rejected record instead of reporting it and going on
 */
public record IndexerSettings(int threads, int commitEveryArticles, int commitEverySeconds, boolean strict) {
  public IndexerSettings {
    if (threads < 1 || commitEveryArticles < 1 || commitEverySeconds < 1) {
      throw new IllegalArgumentException("threads and commit intervals must be at least 1");
    }
  }

  /** One thread per core, a commit every 10,000 articles or 60 seconds, reject and go on. */
  public static IndexerSettings defaults() {
    return new IndexerSettings(Runtime.getRuntime().availableProcessors(), 10_000, 60, false);
  }

  /** These settings with another thread count. */
  public IndexerSettings withThreads(int n) {
    return new IndexerSettings(n, commitEveryArticles, commitEverySeconds, strict);
  }

  /** These settings with another commit interval in articles. */
  public IndexerSettings withCommitEveryArticles(int n) {
    return new IndexerSettings(threads, n, commitEverySeconds, strict);
  }

  /** These settings with strict mode on or off. */
  public IndexerSettings withStrict(boolean on) {
    return new IndexerSettings(threads, commitEveryArticles, commitEverySeconds, on);
  }
}
