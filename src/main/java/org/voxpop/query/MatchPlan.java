package org.voxpop.query;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.voxpop.index.Schema;

/**
 * What a search matches and how it collects: the query of its text, scope and selected values, and
 * which of the ways of collecting the matches and the page fits the request. Planned before the
 * searcher is acquired, so that a bad cursor fails first; {@link MatchCollection} carries the plan
 * out.
 */
final class MatchPlan {

  /** How the matches (for the facets) and the best candidates for the page are collected. */
  enum Collection {
    /**
     * A selected any-of dimension is counted: Lucene's drill-sideways collects the matches, the
     * page and each such dimension's sideways matches at once.
     */
    SIDEWAYS,
    /** Every match scores alike: the matches once, the page the first of them in index order. */
    INDEX_ORDER,
    /** Ranked by relevance without a join: the matches unscored, then a pruned pass among them. */
    MATCHES_THEN_RANKED,
    /** Everything else: the matches and the page in one pass. */
    ONE_PASS
  }

  final SearchRequest request;

  /** The query's text alone, parsed: what is highlighted and what ranks. */
  final Query base;

  final List<DrillDowns.Selected> selections;

  /** The whole query: text, scope and selected values, with its any-of dimensions. */
  final DrillDowns.Drilled drilling;

  final Collection collection;
  private final Sort sort;
  private final Optional<FieldDoc> after;

  /** Hits on a page: at least 1, since one more than the page tells whether there is a next. */
  final int pageSize;

  MatchPlan(
      SearchRequest request,
      Query base,
      List<DrillDowns.Selected> selections,
      DrillDowns.Drilled drilling) {
    this.request = request;
    this.base = base;
    this.selections = selections;
    this.drilling = drilling;
    this.sort = SearchSorts.of(request.sort(), request.scope());
    this.after = request.after().map(c -> PageCursor.decode(c, request.sort()));
    this.pageSize = Math.max(1, request.pageSize());
    this.collection = collection(request, base, drilling);
  }

  private static Collection collection(
      SearchRequest request, Query base, DrillDowns.Drilled drilling) {
    // Only the any-of dimensions are counted sideways (DrillMode); an all-of selection is a
    // filter of the query like its text, and its dimension is counted within the hits.
    if (drilling.anyOfDims().stream().anyMatch(request.facetDims()::contains)) {
      return Collection.SIDEWAYS;
    }
    if (inIndexOrder(request, base)) {
      return Collection.INDEX_ORDER;
    }
    return rankedByScore(request) ? Collection.MATCHES_THEN_RANKED : Collection.ONE_PASS;
  }

  /**
   * The cursor's last hit, after which the page starts; null for the first page, as Lucene takes
   * it.
   */
  FieldDoc after() {
    return after.orElse(null);
  }

  /**
   * Collects the best {@code pageSize + 1} hits in the request's order: one hit more than the page
   * tells whether there is a next page. Relevance needs no sort fields, and the score-only
   * collector is the cheaper one.
   */
  CollectorManager<?, ? extends TopDocs> topHits() {
    return request.sort() == SortOrder.RELEVANCE
        ? new TopScoreDocCollectorManager(pageSize + 1, after(), Integer.MAX_VALUE)
        : new TopFieldCollectorManager(sort, pageSize + 1, after(), Integer.MAX_VALUE);
  }

  /** The query a request stands for: its parsed text, scope and selected values (DrillMode). */
  static DrillDowns.Drilled query(
      FacetsConfig config,
      BitSetProducer articleDocs,
      Scope scope,
      Query base,
      List<DrillDowns.Selected> selections) {
    return DrillDowns.query(config, scoped(base, scope, articleDocs), selections);
  }

  private static Query scoped(Query base, Scope scope, BitSetProducer articleDocs) {
    Query comments = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_COMMENT));
    Query articles = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE));
    return switch (scope) {
      case BOTH -> base;
      case COMMENTS -> filtered(base, comments);
      case ARTICLES -> filtered(base, articles);
      case ARTICLES_BY_COMMENTS ->
          // Each matching comment scores 1, so an article's score is its number of matching
          // comments.
          new ToParentBlockJoinQuery(
              new ConstantScoreQuery(filtered(base, comments)), articleDocs, ScoreMode.Total);
      case COMMENTS_BY_ARTICLE -> new ToChildBlockJoinQuery(filtered(base, articles), articleDocs);
    };
  }

  private static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Ranked by relevance over comments, articles or both: the searches whose page can be found by a
   * pruned pass. The joins rank by counts of matching comments, which Lucene cannot prune.
   */
  private static boolean rankedByScore(SearchRequest request) {
    return request.sort() == SortOrder.RELEVANCE
        && (request.scope() == Scope.COMMENTS
            || request.scope() == Scope.ARTICLES
            || request.scope() == Scope.BOTH);
  }

  /**
   * Whether a request's hits all score alike, so that relevance order is index order: everything
   * (no query text, only scope filters and drill-downs) sorted by relevance, in a scope without a
   * join score.
   */
  private static boolean inIndexOrder(SearchRequest request, Query base) {
    return rankedByScore(request) && base instanceof MatchAllDocsQuery;
  }
}
