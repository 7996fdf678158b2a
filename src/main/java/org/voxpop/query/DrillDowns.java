package org.voxpop.query;

import java.time.format.DateTimeParseException;
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
    // "2017", "2017-11", "2017-11-13": the path's components are the facet's, joined as a date
    String period = String.join("-", path);
    boolean shaped = path.size() >= 1 && path.size() <= 3 && period.length() == 4 + 3 * (path.size() - 1);
    try {
      if (shaped) {
        return LongField.newRangeQuery(field, QueryTranslator.periodStart(period), QueryTranslator.periodEnd(period));
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      // reported below, as for a path of the wrong shape
    }
    throw new IllegalArgumentException(
        "'" + dim + "' values are dates as year, month, day (e.g. 2017/11/13); '" + String.join("/", path) + "' is not one");
  }
}
