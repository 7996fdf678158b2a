package org.voxpop.input;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a record came from: a file (or other named source), a 1-based line number and, when a
 * problem is at one place in the line (a JSON syntax error), the 1-based column.
 *
 * @param source file name or other source label, as given by the user
 * @param line 1-based line number in that source
 * @param column 1-based column in that line, in characters; empty for the line as a whole
 */
public record SourceLocation(String source, long line, OptionalInt column) {
  public SourceLocation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(column, "column");
  }

  /** A whole line of a source. */
  public SourceLocation(String source, long line) {
    this(source, line, OptionalInt.empty());
  }

  /** This line, at a column of it. */
  public SourceLocation atColumn(int value) {
    return new SourceLocation(source, line, OptionalInt.of(value));
  }

  /**
   * {@code file:line}, or {@code file:line:column}: the form every reject report uses, as compilers
   * write it.
   */
  @Override
  public String toString() {
    return column.isPresent() ? source + ":" + line + ":" + column.getAsInt() : source + ":" + line;
  }
}
