package org.voxpop.query;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.voxpop.index.Schema;

/** The Lucene sort for each {@link SortOrder}; documents without the value sort last. */
final class SearchSorts {
  private SearchSorts() {}

  static Sort of(SortOrder order, Scope scope) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC);
      case NEWEST -> byLong(Schema.DATE_MS, true);
      case OLDEST -> byLong(Schema.DATE_MS, false);
      case MOST_NEGATIVE -> byDouble(Schema.COMPOUND, false, Double.POSITIVE_INFINITY);
      case MOST_POSITIVE -> byDouble(Schema.COMPOUND, true, Double.NEGATIVE_INFINITY);
      case MOST_ABUSIVE -> byDouble(Schema.ABUSE_SCORE, true, Double.NEGATIVE_INFINITY);
      case MOST_LIKED -> byLong(Schema.LIKES, true);
    };
  }

  private static Sort byLong(String field, boolean descending) {
    SortField sort = LongField.newSortField(field, descending, SortedNumericSelector.Type.MIN);
    sort.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(sort, SortField.FIELD_DOC);
  }

  private static Sort byDouble(String field, boolean descending, double missing) {
    SortField sort = DoubleField.newSortField(field, descending, SortedNumericSelector.Type.MIN);
    sort.setMissingValue(missing);
    return new Sort(sort, SortField.FIELD_DOC);
  }
}
