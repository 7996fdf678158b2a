package org.voxpop.query;

/** How hits are ordered. Ties keep index order, so paging is stable. */
public enum SortOrder {
  /** Best match first (for {@link Scope#ARTICLES_BY_COMMENTS}: most matching comments first). */
  RELEVANCE,
  /** Newest first, by posting time (or the article's date when a comment has none). */
  NEWEST,
  /** Oldest first. */
  OLDEST,
  /** Most negative sentiment first. */
  MOST_NEGATIVE,
  /** Most positive sentiment first. */
  MOST_POSITIVE,
  /** Highest abuse score first. */
  MOST_ABUSIVE,
  /** Most liked first. */
  MOST_LIKED
}
