package org.voxpop.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders rows as a plain-text table with aligned columns, for terminals and for logs.
 *
 * <p>Cells longer than their column's limit are cut with an ellipsis; numbers align right.
 */
final class TextTable {
  private final List<String> headers;
  private final List<Integer> limits;
  private final List<List<String>> rows = new ArrayList<>();
  private boolean omitZeroColumns;

  private TextTable(List<String> headers, List<Integer> limits) {
    this.headers = headers;
    this.limits = limits;
  }

  /** A table with the given column headers; every column at most 60 characters wide. */
  static TextTable of(String... headers) {
    List<Integer> limits = new ArrayList<>();
    for (int i = 0; i < headers.length; i++) {
      limits.add(60);
    }
    return new TextTable(List.of(headers), limits);
  }

  /** Sets the maximum width of a column. */
  TextTable limit(int column, int width) {
    limits.set(column, width);
    return this;
  }

  /** Adds a row; values are shown with {@link String#valueOf(Object)}. */
  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String cell = i < cells.length ? String.valueOf(cells[i]) : "";
      cell = cell.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
      int limit = limits.get(i);
      if (cell.length() > limit) {
        cell = cell.substring(0, Math.max(0, limit - 1)) + "…";
      }
      row.add(cell);
    }
    rows.add(row);
    return this;
  }

  /**
   * Leaves out the count columns that are 0 in every row (the comments of an archive without
   * comments): a column that says nothing but 0 only hides the ones that do say something.
   */
  TextTable omitZeroColumns() {
    this.omitZeroColumns = true;
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    if (omitZeroColumns && !rows.isEmpty()) {
      withoutZeroColumns().print(out);
      return;
    }
    int[] widths = new int[headers.size()];
    boolean[] numeric = new boolean[headers.size()];
    for (int i = 0; i < headers.size(); i++) {
      widths[i] = headers.get(i).length();
      // A column of numbers is right-aligned, also when some cells are blank (a period with no
      // mean sentiment); a column of blanks alone is not numeric.
      int column = i;
      numeric[i] = rows.stream().anyMatch(row -> !row.get(column).isEmpty());
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
        numeric[i] &= row.get(i).isEmpty() || row.get(i).matches("[-+]?[0-9.,%]+");
      }
    }
    printRow(out, headers, widths, new boolean[headers.size()]);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    out.println(rule);
    for (List<String> row : rows) {
      printRow(out, row, widths, numeric);
    }
    out.flush();
  }

  private TextTable withoutZeroColumns() {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      int column = i;
      if (i == 0 || !rows.stream().allMatch(row -> row.get(column).equals("0"))) {
        kept.add(i);
      }
    }
    List<String> keptHeaders = new ArrayList<>();
    List<Integer> keptLimits = new ArrayList<>();
    kept.forEach(
        i -> {
          keptHeaders.add(headers.get(i));
          keptLimits.add(limits.get(i));
        });
    TextTable table = new TextTable(List.copyOf(keptHeaders), keptLimits);
    for (List<String> row : rows) {
      table.rows.add(kept.stream().map(row::get).toList());
    }
    return table;
  }

  private static void printRow(PrintWriter out, List<String> cells, int[] widths, boolean[] right) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      line.append(i == 0 ? "" : "  ")
          .append(right[i] ? pad + cell : cell + (i == cells.size() - 1 ? "" : pad));
    }
    out.println(line.toString().stripTrailing()); // a blank last cell leaves no trailing spaces
  }
}
