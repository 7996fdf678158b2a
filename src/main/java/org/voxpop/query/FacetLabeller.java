package org.voxpop.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.voxpop.index.Schema;

/**
 * Turns the counted values of a dimension into the facet a user sees: the values whose label or
 * value starts with a prefix, ranked, cut to the top ones and labelled. Apart from the counting
 * ({@link CommentArticleCounts}), as Lucene's {@code Facets} count and leave labels to the caller.
 */
final class FacetLabeller {
  private FacetLabeller() {}

  /**
   * The top values under a path of a dimension, ranked by comments (or by articles when {@code
   * byArticles}), then by the other count, then by value; those of a date dimension are then listed
   * in date order.
   *
   * @param labeler gives the readable label of a value (entity names for entity ids)
   * @param prefix only values whose label (or value) starts with this, ignoring case; empty for all
   */
  static FacetDimension top(
      String dim,
      List<String> path,
      CommentArticleCounts.Children counted,
      int topN,
      boolean byArticles,
      UnaryOperator<String> labeler,
      String prefix) {
    String wanted = prefix.toLowerCase(Locale.ROOT);
    // Labels (entity names) are looked up for the values shown, not for every value counted,
    // unless the prefix is matched against them.
    List<FacetValue> found = new ArrayList<>();
    for (FacetValue counts : counted.values()) {
      if (wanted.isEmpty()) {
        found.add(counts); // labelled below, once among the values shown
        continue;
      }
      String value = counts.value();
      String label = labeler.apply(value);
      if (label.toLowerCase(Locale.ROOT).startsWith(wanted)
          || value.toLowerCase(Locale.ROOT).startsWith(wanted)) {
        found.add(new FacetValue(value, label, counts.comments(), counts.articles()));
      }
    }
    found.sort(
        (a, b) -> {
          int first =
              byArticles
                  ? Integer.compare(b.articles(), a.articles())
                  : Integer.compare(b.comments(), a.comments());
          if (first != 0) {
            return first;
          }
          int second =
              byArticles
                  ? Integer.compare(b.comments(), a.comments())
                  : Integer.compare(b.articles(), a.articles());
          return second != 0 ? second : a.value().compareTo(b.value());
        });
    List<FacetValue> shown = new ArrayList<>(Math.min(topN, found.size()));
    for (FacetValue value : found.subList(0, Math.min(topN, found.size()))) {
      shown.add(
          wanted.isEmpty()
              ? new FacetValue(
                  value.value(), labeler.apply(value.value()), value.comments(), value.articles())
              : value);
    }
    if (Schema.DATE_DIM_FIELDS.containsKey(dim)) {
      // The most frequent years, months or days are shown in date order, as on a calendar: by
      // number, as the year 10000 (a date past 9999 in UTC) comes after 9999.
      shown.sort(Comparator.comparing(FacetValue::value, FacetLabeller::byNumber));
    }
    return new FacetDimension(
        dim, path, shown, found.size(), counted.missingComments(), counted.missingArticles());
  }

  private static int byNumber(String a, String b) {
    try {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }
}
