package org.voxpop.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The matches of a search as its {@link MatchPlan} collects them: every match, for counting; the
 * sideways matches of each counted any-of dimension; and the best candidates for the page, found
 * with the matches or by a pass of their own when the page is read.
 *
 * @param matches every match of the whole query, per segment
 * @param sideways per selected any-of dimension that is counted: the matches of the query without
 *     that dimension's selection (empty without drill-sideways)
 * @param candidates the best {@code pageSize + 1} matches in the request's order
 */
record MatchCollection(
    List<FacetsCollector.MatchingDocs> matches,
    Map<String, List<FacetsCollector.MatchingDocs>> sideways,
    Callable<TopDocs> candidates) {

  /**
   * The score every match of an {@link MatchPlan.Collection#INDEX_ORDER} request gets, as the
   * scorers would give it.
   */
  private static final float CONSTANT_SCORE = 1f;

  /** Collects what the plan says, within the deadline. */
  static MatchCollection collect(
      FacetedSearcher searcher,
      FacetsConfig config,
      MatchPlan plan,
      TimeoutCollectorManager deadline)
      throws IOException {
    switch (plan.collection) {
      case SIDEWAYS -> {
        List<String> drilledDims = plan.drilling.anyOfDims();
        DrillSideways drillSideways =
            new DrillSideways(searcher.bySegment, config, (SortedSetDocValuesReaderState) null);
        List<FacetsCollectorManager> perDim = new ArrayList<>();
        for (int i = 0; i < drilledDims.size(); i++) {
          perDim.add(new FacetsCollectorManager());
        }
        DrillSideways.Result<Object[], FacetsCollector> result =
            drillSideways.search(
                plan.drilling.query(),
                new MultiCollectorManager(plan.topHits(), new MatchCollectorManager(deadline)),
                perDim);
        TopDocs top = (TopDocs) result.drillDownResult()[0];
        @SuppressWarnings("unchecked")
        List<FacetsCollector.MatchingDocs> drilled =
            (List<FacetsCollector.MatchingDocs>) result.drillDownResult()[1];
        Map<String, List<FacetsCollector.MatchingDocs>> sideways = new HashMap<>();
        for (int i = 0; i < drilledDims.size(); i++) {
          sideways.put(drilledDims.get(i), result.drillSidewaysResults().get(i).getMatchingDocs());
        }
        return new MatchCollection(drilled, sideways, () -> top);
      }
      case INDEX_ORDER -> {
        // Every match scores the same, so the best hits by relevance are the first ones in index
        // order: collect the matches once, for the facets, and take the page from them.
        List<FacetsCollector.MatchingDocs> matches =
            searcher.search(plan.drilling.query(), new MatchCollectorManager(deadline));
        return new MatchCollection(
            matches, Map.of(), () -> firstInIndexOrder(matches, plan.pageSize + 1, plan.after()));
      }
      case MATCHES_THEN_RANKED -> {
        // Counted and faceted without a score, then ranked: scoring every match only to keep the
        // best page costs more than a second, pruned pass, in which Lucene's block-max skipping
        // scores just the matches that can still make the page. That pass is part of the page's
        // work, done beside the counting or after it.
        List<FacetsCollector.MatchingDocs> matches =
            searcher.search(plan.drilling.query(), new MatchCollectorManager(deadline));
        // The scope and drill-down filters only narrow the matches, which are known by now, and
        // score nothing: the query text alone, searched among the matches, ranks them as the
        // whole query would (RankingTest), and its scorers skip from match to match instead of
        // advancing through the filters' postings again. (The candidates' own total is only a
        // lower bound; the search reports the matches' total.)
        return new MatchCollection(
            matches,
            Map.of(),
            () ->
                searcher.search(
                    plan.base,
                    deadline.guarding(
                        MatchCollectorManager.among(
                            matches,
                            new TopScoreDocCollectorManager(
                                plan.pageSize + 1, plan.after(), plan.pageSize + 1)))));
      }
      case ONE_PASS -> {
        Object[] result =
            searcher.search(
                plan.drilling.query(),
                new MultiCollectorManager(plan.topHits(), new MatchCollectorManager(deadline)));
        TopDocs top = (TopDocs) result[0];
        @SuppressWarnings("unchecked")
        List<FacetsCollector.MatchingDocs> matches = (List<FacetsCollector.MatchingDocs>) result[1];
        return new MatchCollection(matches, Map.of(), () -> top);
      }
      default -> throw new AssertionError(plan.collection);
    }
  }

  /** How many documents matched in all. */
  long totalHits() {
    return totalMatches(matches);
  }

  private static long totalMatches(List<FacetsCollector.MatchingDocs> matches) {
    long total = 0;
    for (FacetsCollector.MatchingDocs segment : matches) {
      total += segment.totalHits();
    }
    return total;
  }

  /** The first {@code n} matches after {@code after}, in index order, with the exact total. */
  private static TopDocs firstInIndexOrder(
      List<FacetsCollector.MatchingDocs> matches, int n, ScoreDoc after) throws IOException {
    List<FacetsCollector.MatchingDocs> segments = new ArrayList<>(matches);
    segments.sort(Comparator.comparingInt(m -> m.context().docBase));
    int from = after == null ? 0 : after.doc + 1;
    List<ScoreDoc> page = new ArrayList<>(n);
    for (FacetsCollector.MatchingDocs segment : segments) {
      if (page.size() >= n || segment.bits() == null) {
        continue;
      }
      int base = segment.context().docBase;
      int maxDoc = segment.context().reader().maxDoc();
      if (from >= base + maxDoc) {
        continue;
      }
      DocIdSetIterator it = segment.bits().iterator();
      if (it == null) {
        continue;
      }
      for (int doc = it.advance(Math.max(0, from - base));
          doc != DocIdSetIterator.NO_MORE_DOCS && page.size() < n;
          doc = it.nextDoc()) {
        page.add(new ScoreDoc(base + doc, CONSTANT_SCORE));
      }
    }
    return new TopDocs(
        new TotalHits(totalMatches(matches), TotalHits.Relation.EQUAL_TO),
        page.toArray(ScoreDoc[]::new));
  }
}
