package org.voxpop.query;

import java.util.List;

/**
 * The top values of one facet dimension (or of one path inside a hierarchical dimension).
 *
 * @param dim the dimension, e.g. {@code entity}
 * @param path the path inside a hierarchical dimension whose children these are; empty at the top
 * @param values the top values, most frequent first
 * @param childCount how many distinct values matched in all, beyond the top ones shown
 * @param missingComments matching comments with no value in this dimension
 * @param missingArticles matching articles (counted as for {@link FacetValue#articles()}) none of
 *     whose matches has a value in this dimension
 */
public record FacetDimension(
    String dim, List<String> path, List<FacetValue> values, int childCount, int missingComments, int missingArticles) {
  public FacetDimension {
    path = List.copyOf(path);
    values = List.copyOf(values);
  }
}
