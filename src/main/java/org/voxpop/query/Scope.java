package org.voxpop.query;

/** Which documents a search returns and counts. */
public enum Scope {
  /** Reader comments only. */
  COMMENTS,
  /** Articles only. */
  ARTICLES,
  /** Articles and comments alike. */
  BOTH
}
