package org.voxpop.input;

import java.util.Objects;

/**
 * A record that was not indexed, with where it came from and why.
 *
 * @param location file and line of the record
 * @param reason the kind of problem, for counting
 * @param detail a human-readable explanation naming the offending field or value
 */
public record Reject(SourceLocation location, RejectReason reason, String detail) {
  public Reject {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * {@code file:line: REASON: detail} ({@code file:line:column:} when the place in the line is
   * known), one line, for logs and terminals.
   */
  @Override
  public String toString() {
    return location + ": " + reason + ": " + detail;
  }
}
