package org.voxpop.query;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits matching documents in the scope
 * @param distinctArticles distinct articles among the matches
 * @param hits the first page of hits, best first
 * @param facets counts per requested dimension, in request order, then the range facets
 * @param nextCursor pass to {@link SearchRequest.Builder#after(String)} for the next page; empty on
 *     the last page
 * @param took time spent searching
 * @param selected the request's drill-down values as it gave them, with their labels
 */
public record SearchResult(
    long totalHits,
    long distinctArticles,
    List<Hit> hits,
    List<FacetDimension> facets,
    Optional<String> nextCursor,
    Duration took,
    List<Selection> selected) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
    selected = List.copyOf(selected);
  }

  /**
   * A selected facet value (a drill-down) and what to call it.
   *
   * @param dim the dimension
   * @param value the value or path as the request gave it ({@code Obama}, {@code 2016/03})
   * @param label what to show: an entity's name ("Barack Obama"), else the value
   */
  public record Selection(String dim, String value, String label) {}

  /** The counts of one dimension, if it was requested. */
  public Optional<FacetDimension> facet(String dim) {
    return facets.stream().filter(f -> f.dim().equals(dim)).findFirst();
  }
}
