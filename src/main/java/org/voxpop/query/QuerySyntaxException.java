package org.voxpop.query;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The query text could not be understood; the message says why, for the user. When the place is
 * known, {@link #column()} is where (1 for the first character) and {@link #pointer()} draws a
 * caret under it, so the command line and the web page show the same thing.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String query;
  private final OptionalInt column;

  /** A problem with the query as a whole (a limit, an unknown field), at no particular place. */
  public QuerySyntaxException(String message) {
    super(message);
    this.query = "";
    this.column = OptionalInt.empty();
  }

  /**
   * A problem at a place in the query.
   *
   * @param reason what is wrong, in plain words ("missing closing quote")
   * @param query the query text as the user wrote it
   * @param column where, 1 for the first character (the length + 1 for "after the end")
   */
  public QuerySyntaxException(String reason, String query, int column) {
    super(String.format(Locale.ROOT, "query syntax error at column %d: %s", column, reason));
    this.query = query;
    this.column = OptionalInt.of(column);
  }

  /** Where the problem is, 1 for the first character; empty when it has no one place. */
  public OptionalInt column() {
    return column;
  }

  /**
   * The query on one line and a caret under the problem on the next, each indented by two spaces;
   * empty when the problem has no place. Line breaks in the query are shown as spaces so that the
   * caret stays under its character.
   */
  public String pointer() {
    if (column.isEmpty()) {
      return "";
    }
    String oneLine = query.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return "  " + oneLine + "\n  " + " ".repeat(Math.max(0, column.getAsInt() - 1)) + "^";
  }
}
