package org.voxpop.query;

/** A search ran longer than {@link QueryLimits#timeout()} and was stopped. */
public final class QueryTimeoutException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public QueryTimeoutException(String message) {
    super(message);
  }
}
