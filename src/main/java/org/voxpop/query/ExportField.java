package org.voxpop.query;

/** The fields an export can hold, in the order a user lists them. */
public enum ExportField {
  TYPE,
  ARTICLE_ID,
  COMMENT_ID,
  PARENT_ID,
  TITLE,
  URL,
  AUTHOR,
  DATE,
  TEXT,
  COMPOUND,
  SENTIMENT,
  ABUSE,
  ENTITIES;

  /** The column or JSON key name. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
