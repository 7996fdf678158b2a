/**
 * Faceted search over voxpop indexes: {@link org.voxpop.query.VoxpopSearcher} takes an immutable
 * {@link org.voxpop.query.SearchRequest} and returns an immutable {@link
 * org.voxpop.query.SearchResult} with hits and facet counts of comments and distinct articles.
 *
 * <p>{@code VoxpopSearcher} is a facade over package-private parts with one job each, as Lucene's
 * facet module splits drill-sideways, collection and counting:
 *
 * <ul>
 *   <li>{@code MatchPlanner} checks a request and resolves its selected values; its {@code
 *       MatchPlan} says what to match (text, scope, drill-downs) and which of four ways collects
 *       the matches and the page: drill-sideways, index order, matches then a ranked pass, or one
 *       pass;
 *   <li>{@code MatchCollection} carries the plan out: every match for counting, the sideways
 *       matches of each selected any-of dimension, the candidates for the page;
 *   <li>{@code FacetCounter} counts the facets asked for: {@code CommentArticleCounts} counts
 *       comments and distinct articles per value, {@code FacetLabeller} filters, ranks and labels
 *       the values shown, {@code RangeCounts} counts the ranges;
 *   <li>{@code PageReader} reads the page of hits, with snippets from {@code HitHighlighter};
 *   <li>{@code EntityNames} names entity ids and finds the entities a request filters on.
 * </ul>
 */
package org.voxpop.query;
