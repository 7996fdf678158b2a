package org.voxpop.query;

/**
 * RFC 4180 CSV rows, shared by every CSV voxpop writes: fields with commas, quotes or line breaks
 * are quoted, quotes doubled, and cells that a spreadsheet would run as a formula neutralised.
 */
public final class Csv {
  private Csv() {}

  /** One row, ending in CRLF. */
  public static String row(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(escape(fields[i]));
    }
    return line.append("\r\n").toString();
  }

  static String escape(String field) {
    String value = neutralise(field);
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /**
   * Spreadsheets run cells that start with = + - @ as formulas; a comment archive is hostile input,
   * so such cells get a leading apostrophe (the OWASP advice for CSV injection).
   */
  private static String neutralise(String value) {
    if (!value.isEmpty()
        && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
        && !value.matches("-?[0-9.]+")) {
      return "'" + value;
    }
    return value;
  }
}
