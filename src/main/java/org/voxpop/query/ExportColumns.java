package org.voxpop.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voxpop.input.InputLimits;

/**
 * The one column set of every table of hits voxpop writes: {@code voxpop export} (CSV and JSON
 * Lines), {@code search --format csv} and the web page's download. Built by {@link
 * VoxpopSearcher#exportColumns}, which knows the input fields the index holds.
 *
 * @param columns the columns, in the order they are written
 */
public record ExportColumns(List<ExportColumn> columns) {

  public ExportColumns {
    columns = List.copyOf(columns);
  }

  /** Just these derived columns, in this order (no input fields). */
  public static ExportColumns of(ExportField... fields) {
    return new ExportColumns(Arrays.asList(fields));
  }

  /** Just these derived columns, in this order (no input fields). */
  public static ExportColumns of(Collection<ExportField> fields) {
    return new ExportColumns(new ArrayList<>(fields));
  }

  /** The header row: each column's key. */
  public List<String> keys() {
    return columns.stream().map(ExportColumn::key).toList();
  }

  /**
   * The columns a user named.
   *
   * @param asked column names, any case; empty for the defaults
   * @param inputFields the input fields the index holds, for the defaults and for checking names
   * @throws IllegalArgumentException naming every known column, when a name is none of them
   */
  static ExportColumns resolve(List<String> asked, Set<String> inputFields) {
    List<ExportColumn> columns = new ArrayList<>();
    if (asked.isEmpty()) {
      Arrays.stream(ExportField.values()).filter(ExportField::byDefault).forEach(columns::add);
      inputFields.stream()
          .filter(f -> !isDerived(f))
          .map(ExportColumn.InputColumn::new)
          .forEach(columns::add);
      return new ExportColumns(columns);
    }
    for (String name : asked) {
      String key = name.strip();
      if (isDerived(key.toLowerCase(Locale.ROOT))) {
        columns.add(ExportField.valueOf(key.toUpperCase(Locale.ROOT)));
      } else if (inputFields.contains(key)) {
        columns.add(new ExportColumn.InputColumn(key));
      } else {
        throw new IllegalArgumentException(
            "unknown field '"
                + InputLimits.echo(name)
                + "'; known fields: "
                + String.join(", ", known(inputFields)));
      }
    }
    return new ExportColumns(columns);
  }

  /** Every name {@link #resolve} accepts: the derived columns, then the index's input fields. */
  static List<String> known(Set<String> inputFields) {
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(ExportField.values()).map(ExportField::key).forEach(names::add);
    names.addAll(inputFields);
    return List.copyOf(names);
  }

  /** Whether a name is a derived column (which an input field of the same name cannot hide). */
  private static boolean isDerived(String key) {
    return Arrays.stream(ExportField.values()).anyMatch(f -> f.key().equals(key));
  }
}
