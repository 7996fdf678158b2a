package org.voxpop.input;

import java.util.Objects;

/**
 * Where a record came from: a file (or other named source) and a 1-based line number.
 *
 * @param source file name or other source label, as given by the user
 * @param line 1-based line number in that source
 */
public record SourceLocation(String source, long line) {
  public SourceLocation {
    Objects.requireNonNull(source, "source");
  }

  /** {@code file:line}, the form every reject report uses. */
  @Override
  public String toString() {
    return source + ":" + line;
  }
}
