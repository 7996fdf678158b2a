package org.voxpop.query;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.join.BitSetProducer;

/**
 * An IndexSearcher that carries the facet ordinals of its reader, built once per refresh, and
 * matches in slices of about equal size that never split an article from its comments.
 */
final class FacetedSearcher extends IndexSearcher {
  final FacetFields facetFields;
  private final BitSetProducer articleDocs;
  private final int threads;
  private final int minPartDocs;

  /**
   * The same reader with a slice per segment, for Lucene's drill-sideways, whose scorer cannot
   * match part of a segment.
   */
  final IndexSearcher bySegment;

  FacetedSearcher(
      IndexReader reader,
      FacetsConfig config,
      Optional<ExecutorService> executor,
      OrdinalCache ordinals,
      BitSetProducer articleDocs,
      int threads,
      int minPartDocs)
      throws IOException {
    super(reader, executor.orElse(null));
    this.facetFields = FacetFields.of(reader, config, ordinals);
    this.articleDocs = articleDocs;
    this.threads = threads;
    this.minPartDocs = minPartDocs;
    this.bySegment = new IndexSearcher(reader, executor.orElse(null));
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    return ArticleAlignedSlices.of(leaves, articleDocs, threads, minPartDocs);
  }

  /**
   * Every search rewrites its query first: a query whose clauses, with its drill-downs and scope,
   * pass Lucene's limit is the user's to narrow, not a bug.
   */
  @Override
  public Query rewrite(Query original) throws IOException {
    try {
      return super.rewrite(original);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(
          "the query with its filters holds more than "
              + IndexSearcher.getMaxClauseCount()
              + " clauses; narrow it or select fewer facet values");
    }
  }
}
