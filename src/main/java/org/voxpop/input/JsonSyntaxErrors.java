package org.voxpop.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a line that is not valid JSON in words a person understands, and at which
 * column, without the parser's internals ("[Source: REDACTED
 * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1]", "(code 105)",
 * "enable `JsonReadFeature...` to allow").
 */
final class JsonSyntaxErrors {

  /**
   * What is wrong and where.
   *
   * @param reason a plain sentence, without the parser's class or feature names
   * @param column 1-based column in the line; empty when the parser gives no place (a limit such as
   *     the nesting depth concerns the line as a whole)
   */
  record Explained(String reason, OptionalInt column) {}

  private static final Pattern CHARACTER =
      Pattern.compile("Unexpected character \\('.*?' \\(code (\\d+)\\)\\)");
  private static final Pattern TOKEN =
      Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'");
  private static final Pattern MARKER = Pattern.compile("line: \\d+, column: (\\d+)\\]");
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'");
  private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.*?)'");
  private static final Pattern CONTROL = Pattern.compile("CTRL-CHAR, code (\\d+)");
  private static final Pattern LIMIT =
      Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private JsonSyntaxErrors() {}

  static Explained explain(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    JsonLocation where = e.getLocation();
    OptionalInt column =
        where == null || where.getColumnNr() < 1
            ? OptionalInt.empty()
            : OptionalInt.of(where.getColumnNr());
    String opened = group(MARKER, message).map(c -> " that opens at column " + c).orElse("");
    if (message.contains("expected close marker for Object")) {
      return new Explained(
          "the line ends inside the object" + opened + ": a '}' is missing", column);
    }
    if (message.contains("expected close marker for Array")) {
      return new Explained("the line ends inside the list" + opened + ": a ']' is missing", column);
    }
    if (message.contains("closing quote for a string value")
        || message.contains("end-of-input in field name")) {
      return new Explained("the line ends inside a string: a closing '\"' is missing", column);
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return new Explained("the line ends before the JSON does", column);
    }
    Matcher close = CLOSE.matcher(message);
    if (close.find()) {
      String expected =
          close.group(1).equals("]") ? "'}' to close the object" : "']' to close the list";
      return new Explained(
          "'"
              + close.group(1)
              + "' does not close what is open here; expected "
              + expected
              + opened,
          column);
    }
    Matcher token = TOKEN.matcher(message);
    if (token.find()) {
      String text = InputLimits.echo(token.group(1));
      OptionalInt start =
          column.isPresent()
              ? OptionalInt.of(Math.max(1, column.getAsInt() - token.group(1).length()))
              : column;
      return new Explained(
          "'"
              + text
              + "' is not a JSON value: text goes in double quotes, and true, false and null"
              + " are written in lower case",
          start);
    }
    Matcher escape = ESCAPE.matcher(message);
    if (escape.find()) {
      return new Explained(
          "'\\" + escape.group(1) + "' is not a JSON escape; write \\\\ for a backslash", column);
    }
    if (message.contains("hex-digit for character escape")) {
      return new Explained("a \\u escape needs four hexadecimal digits, e.g. \\u00e9", column);
    }
    Matcher control = CONTROL.matcher(message);
    if (control.find()) {
      return new Explained(
          String.format(
              Locale.ROOT,
              "a control character (U+%04X) in a string must be escaped, e.g. \\n for a line break",
              Integer.parseInt(control.group(1))),
          column);
    }
    if (message.contains("Leading zeroes not allowed")) {
      return new Explained("a number may not start with 0", column);
    }
    if (message.contains("in numeric value")) {
      return new Explained(
          "a number is not written as JSON writes numbers (e.g. -1.5e3; no '+', no '.5', no '1.')",
          column);
    }
    Matcher limit = LIMIT.matcher(message);
    if (limit.find()) {
      String what =
          message.startsWith("Document nesting depth")
              ? "the JSON nests %,d levels deep; at most %,d are read"
              : message.startsWith("Number value length")
                  ? "a number is %,d characters long; at most %,d are read"
                  : message.startsWith("String value length")
                      ? "a string is %,d characters long; at most %,d are read"
                      : "a value is %,d long; at most %,d are read";
      return new Explained(
          String.format(
              Locale.ROOT, what, Long.parseLong(limit.group(1)), Long.parseLong(limit.group(2))),
          column);
    }
    Matcher character = CHARACTER.matcher(message);
    if (character.find()) {
      String seen = shown(Integer.parseInt(character.group(1)));
      if (message.contains("double-quote to start field name")) {
        return new Explained(
            seen.equals("'}'")
                ? "a ',' is followed by no field: remove the last comma"
                : "a field name must be in double quotes, e.g. \"id\", not start with " + seen,
            column);
      }
      if (message.contains("colon to separate field name and value")) {
        return new Explained("a ':' is missing after a field name, before " + seen, column);
      }
      if (message.contains("comma to separate Object entries")) {
        return new Explained("a ',' is missing between two fields, before " + seen, column);
      }
      if (message.contains("comma to separate Array entries")) {
        return new Explained(
            "a ',' is missing between two values of a list, before " + seen, column);
      }
      return new Explained(
          seen
              + " cannot start a value: text goes in double quotes, numbers start with a digit or '-'",
          column);
    }
    return new Explained(plain(message), column);
  }

  /** A character as the message shows it: printable ones in quotes, others by code. */
  private static String shown(int code) {
    return code < 0x20 || code == 0x7f
        ? String.format(Locale.ROOT, "the control character U+%04X", code)
        : "'" + new String(Character.toChars(code)) + "'";
  }

  /** Any other message, with the parser's location, class and feature names taken out. */
  private static String plain(String message) {
    String out =
        message
            .replaceAll("\\s*\\((?:start marker at|for \\w+ starting at) \\[Source:.*?\\]\\)", "")
            .replaceAll("\\s*at \\[Source:.*?\\]", "")
            .replaceAll(":?\\s*enable `[^`]*` to allow", "")
            .replaceAll("\\s*\\(code \\d+\\)", "")
            .replaceAll("`[^`]*`", "")
            .strip();
    int newline = out.indexOf('\n');
    return newline < 0 ? out : out.substring(0, newline);
  }

  private static java.util.Optional<String> group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
  }
}
