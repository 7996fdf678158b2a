package org.voxpop.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.voxpop.index.Schema;

/**
 * Adds a selected facet value to a drill-down query. Most dimensions drill down through the
 * terms lucene-facet indexes for them; the date dimensions and the document type index none
 * (see {@link Schema#facetsConfig()}) and drill down through fields every document has anyway: a
 * year, month or day is a range of the date's epoch-ms point field, a type is the {@link
 * Schema#TYPE} term. Counting, drill-sideways and the request API do not see the difference.
 */
final class DrillDowns {
  private DrillDowns() {}

  /**
   * ORs {@code path} into the drill-down of {@code dim}.
   *
   * @throws IllegalArgumentException when a date dimension's path is not {@code yyyy[, MM[, dd]]}
   */
  static void add(DrillDownQuery query, String dim, List<String> path) {
    String dateField = Schema.DATE_DIM_FIELDS.get(dim);
    if (dateField != null) {
      query.add(dim, dateRange(dim, dateField, path));
    } else if (dim.equals(Schema.DIM_TYPE) && path.size() == 1) {
      query.add(dim, new TermQuery(new Term(Schema.TYPE, path.get(0))));
    } else {
      query.add(dim, path.toArray(String[]::new));
    }
  }

  /** The UTC year, month or day that a date facet path names, as a range of its field. */
  private static org.apache.lucene.search.Query dateRange(String dim, String field, List<String> path) {
    try {
      // The path's parts are numbers as Schema.datePath spells them ("2017", "0950", "10000").
      int year = Integer.parseInt(path.get(0));
      LocalDate first;
      LocalDate next;
      switch (path.size()) {
        case 1 -> {
          first = LocalDate.of(year, 1, 1);
          next = first.plusYears(1);
        }
        case 2 -> {
          first = YearMonth.of(year, Integer.parseInt(path.get(1))).atDay(1);
          next = first.plusMonths(1);
        }
        case 3 -> {
          first = LocalDate.of(year, Integer.parseInt(path.get(1)), Integer.parseInt(path.get(2)));
          next = first.plusDays(1);
        }
        default -> throw new IllegalArgumentException("a date has a year, a month and a day at most");
      }
      return LongField.newRangeQuery(field, epochMillis(first), epochMillis(next) - 1);
    } catch (DateTimeException | IllegalArgumentException | IndexOutOfBoundsException e) { // NumberFormatException too
      throw new IllegalArgumentException(
          "'" + dim + "' values are dates as year, month, day (e.g. 2017/11/13); '"
              + org.voxpop.input.InputLimits.echo(String.join("/", path)) + "' is not one");
    }
  }

  private static long epochMillis(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }
}
