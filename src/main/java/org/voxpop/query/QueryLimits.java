package org.voxpop.query;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds that keep one query from exhausting the machine. A query over a bound fails with a {@link
 * QuerySyntaxException} (or {@link QueryTimeoutException}) that says which bound.
 *
 * @param maxQueryChars longest query text
 * @param maxTerms most terms and clauses a parsed query may hold (after wildcard expansion is not
 *     counted: multi-term queries rewrite to a constant-score filter, not to clauses)
 * @param determinizeWorkLimit effort allowed to turn a regular expression or wildcard into an
 *     automaton; beyond it the query is refused
 * @param timeout time one search may take before it is stopped
 */
public record QueryLimits(
    int maxQueryChars, int maxTerms, int determinizeWorkLimit, Duration timeout) {
  public QueryLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxQueryChars < 1
        || maxTerms < 1
        || determinizeWorkLimit < 1
        || timeout.isNegative()
        || timeout.isZero()) {
      throw new IllegalArgumentException("query limits must be positive");
    }
  }

  /** 10,000 characters, 1,024 terms, Lucene's default automaton effort, 10 seconds. */
  public static QueryLimits defaults() {
    return new QueryLimits(10_000, 1_024, 10_000, Duration.ofSeconds(10));
  }

  /** These limits with another timeout. */
  public QueryLimits withTimeout(Duration value) {
    return new QueryLimits(maxQueryChars, maxTerms, determinizeWorkLimit, value);
  }
}
