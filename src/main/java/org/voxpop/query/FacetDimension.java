package org.voxpop.query;

import java.util.List;

/**
 * The top values of one facet dimension (or of one path inside a hierarchical dimension).
 *
 * @param dim the dimension, e.g. {@code entity}
 * @param path the path inside a hierarchical dimension whose children these are; empty at the top
 * @param values the top values, most frequent first; those of a date dimension ({@code published},
 *     {@code posted}) in date order
 * @param childCount how many distinct values matched in all, beyond the top ones shown
 * @param missingComments matching comments with no value in this dimension
 * @param missingArticles distinct articles among the matches with no value in this dimension
 *     (counted as for {@link FacetValue#articles()}: the "(none)" row's articles)
 */
public record FacetDimension(
    String dim,
    List<String> path,
    List<FacetValue> values,
    int childCount,
    int missingComments,
    int missingArticles) {
  public FacetDimension {
    path = List.copyOf(path);
    values = List.copyOf(values);
  }
}
