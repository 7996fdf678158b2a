package org.voxpop.query;

/** The query text could not be understood; the message says where and why, for the user. */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message) {
    super(message);
  }
}
