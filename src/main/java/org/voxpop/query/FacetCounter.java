package org.voxpop.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.join.BitSetProducer;

/**
 * Counts the facets a request asks for among its matches: each dimension's values by comments and
 * distinct articles, a selected any-of dimension recounted among its sideways matches (as if its
 * own selection were not there), and the range facets; then ranked and labelled by {@link
 * FacetLabeller}.
 */
final class FacetCounter {

  /** The facets of a search, and the distinct articles among its matches. */
  record Counted(List<FacetDimension> facets, long distinctArticles) {
    Counted {
      facets = List.copyOf(facets);
    }
  }

  private final BitSetProducer articleDocs;
  private final EntityNames names;

  /** Threads a search may use: counting splits its work into about as many parts. */
  private final int searchThreads;

  /** The smallest part a segment is cut into for the search threads (tests cut tiny indexes). */
  private final int minPartDocs;

  FacetCounter(BitSetProducer articleDocs, EntityNames names, int searchThreads, int minPartDocs) {
    this.articleDocs = articleDocs;
    this.names = names;
    this.searchThreads = searchThreads;
    this.minPartDocs = minPartDocs;
  }

  /** The counts of {@code dims} among {@code matches}, on the searcher's threads. */
  CommentArticleCounts counts(
      FacetedSearcher searcher, List<FacetsCollector.MatchingDocs> matches, Collection<String> dims)
      throws IOException {
    return new CommentArticleCounts(
        searcher.facetFields,
        matches,
        articleDocs,
        dims,
        searcher.getTaskExecutor(),
        searchThreads,
        minPartDocs);
  }

  /**
   * The top values of a dimension (under {@code path}) from counts that include it.
   *
   * @param prefix only values whose label or value starts with this, ignoring case; empty for all
   */
  FacetDimension top(
      CommentArticleCounts counts,
      String dim,
      List<String> path,
      int topN,
      boolean byArticles,
      String prefix)
      throws IOException {
    return FacetLabeller.top(
        dim, path, counts.children(dim, path), topN, byArticles, names.labeler(dim, path), prefix);
  }

  /** The facets the request asks for, in its order: the dimensions, then the ranges. */
  Counted count(
      FacetedSearcher searcher,
      MatchCollection collected,
      SearchRequest request,
      TimeoutCollectorManager deadline)
      throws IOException {
    List<FacetDimension> facets = new ArrayList<>();
    long distinctArticles = 0;
    boolean byArticles = request.scope().returnsArticles();
    if (!searcher.facetFields.isEmpty()) {
      CommentArticleCounts counts = counts(searcher, collected.matches(), request.facetDims());
      distinctArticles = counts.distinctArticles();
      for (String dim : request.facetDims()) {
        deadline.check(); // counting and labelling many dimensions takes time too
        CommentArticleCounts source = counts;
        if (collected.sideways().containsKey(dim)) {
          source = counts(searcher, collected.sideways().get(dim), List.of(dim));
        }
        List<String> path = request.facetPaths().getOrDefault(dim, List.of());
        facets.add(
            top(
                source,
                dim,
                path,
                request.facetTopN(),
                byArticles,
                request.facetPrefixes().getOrDefault(dim, "")));
      }
    }
    for (String range : request.rangeFacets()) {
      facets.add(
          RangeCounts.count(
              range, RangeFacets.BY_NAME.get(range), collected.matches(), articleDocs));
    }
    return new Counted(facets, distinctArticles);
  }
}
