package org.voxpop.input;

/**
 * What a record of voxpop's input looks like, in one line, for messages about input of another
 * shape.
 */
public final class RecordShape {

  /** The expected shape, naming the required fields and the page that documents them. */
  public static final String EXPECTED =
      "voxpop reads JSON Lines: one JSON object a line, an article {\"id\": ..., \"body\": ..., \"title\", \"published\","
          + " \"comments\": [{\"id\": ..., \"text\": ...}]} or a comment {\"article_id\": ..., \"id\": ..., \"text\": ...}"
          + " (see docs/input-format.md)";

  private RecordShape() {}
}
