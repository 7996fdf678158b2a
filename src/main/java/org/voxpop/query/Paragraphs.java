package org.voxpop.query;

import java.util.regex.Pattern;

/**
 * Hard-wrapped text as paragraphs, for display: newswire bodies break their lines at 70-odd
 * characters, which a terminal or a page would show as a ragged column.
 */
final class Paragraphs {
  /** One line break, CRLF whole (atomic: a CRLF is one break, never two). */
  private static final String NEWLINE = "(?>\\r\\n|\\n|\\r)";

  /** A blank line (perhaps with spaces) and the line breaks around it: a paragraph break. */
  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile("[ \\t]*" + NEWLINE + "(?:[ \\t]*" + NEWLINE + ")+[ \\t]*");

  /** One line break inside a paragraph, with the indentation around it. */
  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*" + NEWLINE + "[ \\t]*");

  private Paragraphs() {}

  /**
   * The text with each single line break inside a paragraph made a space, and each blank line (a
   * paragraph break) kept as one empty line; no break at either end.
   */
  static String unwrap(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    String[] paragraphs = PARAGRAPH_BREAK.split(text, -1);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < paragraphs.length; i++) {
      if (i > 0) {
        out.append("\n\n");
      }
      out.append(LINE_BREAK.matcher(paragraphs[i]).replaceAll(" "));
    }
    return out.toString().strip();
  }
}
