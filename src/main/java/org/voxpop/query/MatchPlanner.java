package org.voxpop.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.join.BitSetProducer;
import org.voxpop.index.Schema;
import org.voxpop.input.InputLimits;

/**
 * Turns a request into what to match: checks it, parses its text, resolves its selected values as
 * the latest reader holds them, and builds the query of text, scope and selections. Every kind of
 * search (a page with facets, co-occurrence, a timeline, an export) matches through it, so that
 * they agree on what a request matches.
 */
final class MatchPlanner {
  private final FacetsConfig facetsConfig;
  private final BitSetProducer articleDocs;
  private final QueryLimits limits;
  private final QueryTranslator translator;

  /** What names and values stand for in the latest reader: replaced on every refresh. */
  private volatile ValueResolver resolver;

  MatchPlanner(FacetsConfig facetsConfig, BitSetProducer articleDocs, QueryLimits limits) {
    this.facetsConfig = facetsConfig;
    this.articleDocs = articleDocs;
    this.limits = limits;
    this.translator =
        new QueryTranslator(
            new QueryTranslator.Resolver() {
              @Override
              public List<String> entityIds(String name) {
                return resolver.entityIds(name);
              }

              @Override
              public List<String> values(String dim, String value) {
                return resolver.values(dim, value);
              }
            },
            limits);
  }

  /** Resolves names and values with a new reader's: called on every refresh, before any search. */
  void refreshed(ValueResolver values) {
    resolver = values;
    translator.forget();
  }

  /** What names and values stand for in the latest reader. */
  ValueResolver values() {
    return resolver;
  }

  /**
   * The plan of a search: its checked query, selections and way of collecting.
   *
   * @throws QuerySyntaxException or IllegalArgumentException with a message for the user
   */
  MatchPlan plan(SearchRequest request) {
    Query base = checked(request);
    List<DrillDowns.Selected> selections = selected(request);
    return new MatchPlan(request, base, selections, matching(request.scope(), base, selections));
  }

  /** Validates the request and returns its parsed query, so that callers parse it once. */
  Query checked(SearchRequest request) {
    Query base = translator.translate(request.query());
    List<String> known = Schema.allDims();
    for (String dim : request.facetDims()) {
      if (!known.contains(dim)) {
        throw new IllegalArgumentException(
            "unknown facet dimension '"
                + InputLimits.echo(dim)
                + "'; known: "
                + String.join(", ", known));
      }
    }
    int selected = 0;
    for (Map.Entry<String, List<List<String>>> drill : request.drillDowns().entrySet()) {
      if (!known.contains(drill.getKey())) {
        throw new IllegalArgumentException(
            "unknown dimension '"
                + InputLimits.echo(drill.getKey())
                + "' to drill into; known: "
                + String.join(", ", known));
      }
      selected += drill.getValue().size();
    }
    if (selected > limits.maxTerms()) {
      throw new QuerySyntaxException(
          String.format(
              Locale.ROOT,
              "the request selects %,d facet values to drill into; the limit is %,d",
              selected,
              limits.maxTerms()));
    }
    return base;
  }

  /**
   * The request's selected values as the index holds them: names of entities as their ids ({@code
   * entity=Obama} as {@code Q76}, or as several ids that any match), keyword values in the index's
   * case.
   */
  List<DrillDowns.Selected> selected(SearchRequest request) {
    ValueResolver values = resolver;
    List<DrillDowns.Selected> out = new ArrayList<>();
    request
        .drillDowns()
        .forEach(
            (dim, paths) ->
                paths.forEach(
                    path -> out.add(new DrillDowns.Selected(dim, values.paths(dim, path)))));
    return out;
  }

  /** The selected values of a request as the user gave them, with the labels to show. */
  List<SearchResult.Selection> selections(SearchRequest request) {
    ValueResolver values = resolver;
    List<SearchResult.Selection> out = new ArrayList<>();
    request
        .drillDowns()
        .forEach(
            (dim, paths) ->
                paths.forEach(
                    path ->
                        out.add(
                            new SearchResult.Selection(
                                dim, String.join("/", path), values.label(dim, path)))));
    return out;
  }

  /** The query a request stands for: its parsed text, scope and selected values (DrillMode). */
  DrillDowns.Drilled matching(Scope scope, Query base, List<DrillDowns.Selected> selections) {
    return MatchPlan.query(facetsConfig, articleDocs, scope, base, selections);
  }
}
