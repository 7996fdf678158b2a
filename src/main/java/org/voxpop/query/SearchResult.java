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
 * @param nextCursor pass to {@link SearchRequest.Builder#after(String)} for the next page; empty
 *     on the last page
 * @param took time spent searching
 */
public record SearchResult(
    long totalHits,
    long distinctArticles,
    List<Hit> hits,
    List<FacetDimension> facets,
    Optional<String> nextCursor,
    Duration took) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  /** The counts of one dimension, if it was requested. */
  public Optional<FacetDimension> facet(String dim) {
    return facets.stream().filter(f -> f.dim().equals(dim)).findFirst();
  }
}
