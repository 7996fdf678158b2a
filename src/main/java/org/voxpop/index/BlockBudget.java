package org.voxpop.index;

import java.util.Locale;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/**
 * A heap estimate for writing one block, and what the indexer does with it. The engine holds a
 * block whole while it writes it (each comment enriched, as a document, and in the in-memory
 * segment), so a block's need grows with its thread: about {@value #BYTES_PER_COMMENT} bytes a
 * short comment, and {@value #BYTES_PER_CHAR} bytes a character of text, measured with {@code
 * voxpop index} on one article of 100,000 short comments (it failed with a 384 MiB heap and passed
 * with 768 MiB: about 5.6 KB a comment).
 *
 * @param maxHeap the heap the JVM may grow to
 * @param threads blocks that may be written at once
 */
record BlockBudget(long maxHeap, int threads) {

  static final long BYTES_PER_COMMENT = 6 * 1024;
  static final long BYTES_PER_CHAR = 12;

  /**
   * Of the heap, the share a single block may take: the rest is the program and the writer's
   * buffer.
   */
  static final double SHARE_FOR_ONE_BLOCK = 0.75;

  /** The budget of this JVM for {@code threads} writers. */
  static BlockBudget ofThisJvm(int threads) {
    return new BlockBudget(Runtime.getRuntime().maxMemory(), threads);
  }

  /** About how many bytes of heap writing {@code article}'s block takes. */
  static long estimate(Article article) {
    long chars = article.body().length() + article.title().map(String::length).orElse(0);
    for (Comment comment : article.comments()) {
      chars += comment.text().length();
    }
    return BYTES_PER_COMMENT * (article.comments().size() + 1) + BYTES_PER_CHAR * chars;
  }

  /** Whether a block of this estimate cannot be written in this heap at all. */
  boolean tooLarge(long estimate) {
    return estimate > maxHeap * SHARE_FOR_ONE_BLOCK;
  }

  /**
   * Whether a block of this estimate should be written alone, with no other block in memory: one
   * such block per thread could exhaust the heap together.
   */
  boolean writeAlone(long estimate) {
    return estimate > maxHeap / (2L * threads);
  }

  /** Why a block is too large, for its reject. */
  String tooLargeDetail(String articleId, int comments, long estimate) {
    return String.format(
        Locale.ROOT,
        "article %s with %,d comments needs about %,d MiB of memory to index, more than %.0f%% of the %,d MiB this"
            + " process may use; give it more (VOXPOP_JAVA_OPTS=-Xmx...) or split the thread",
        articleId,
        comments,
        estimate >> 20,
        SHARE_FOR_ONE_BLOCK * 100,
        maxHeap >> 20);
  }
}
