package org.voxpop.query;

/**
 * Which documents a search matches against and returns. The last two join comments and articles
 * through their document blocks.
 */
public enum Scope {
  /** Reader comments that match the query. */
  COMMENTS,
  /** Articles that match the query. */
  ARTICLES,
  /** Articles and comments alike. */
  BOTH,
  /**
   * Articles with at least one comment that matches the query; each hit says how many of its
   * comments matched ({@link Hit#matchedComments()}), and hits rank by that number.
   */
  ARTICLES_BY_COMMENTS,
  /** Comments (all of them) of the articles that match the query. */
  COMMENTS_BY_ARTICLE;

  /** Whether hits of this scope are articles. */
  public boolean returnsArticles() {
    return this == ARTICLES || this == ARTICLES_BY_COMMENTS;
  }
}
