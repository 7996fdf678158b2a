package org.voxpop.input;

/** The field names of voxpop's JSON Lines input format, in one place. */
final class JsonFields {
  static final String ID = "id";
  static final String URL = "url";
  static final String SOURCE = "source";
  static final String SECTION = "section";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String AUTHORS = "authors";
  static final String PUBLISHED = "published";
  static final String LANGUAGE = "language";
  static final String COMMENTS = "comments";
  static final String ARTICLE_ID = "article_id";
  static final String PARENT_ID = "parent_id";
  static final String AUTHOR = "author";
  static final String POSTED = "posted";
  static final String TEXT = "text";
  static final String LIKES = "likes";

  private JsonFields() {}
}
