package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.opensearch.ExpectedFacets;
import org.voxpop.opensearch.OpenSearchFields;

/**
 * voxpop's own index gives the counts of {@code index-fixtures/expected-facets.json}, the file the
 * OpenSearch plugin's comparison test asserts too. Run with {@code
 * -Dvoxpop.expected.regenerate=true} to rewrite the file after a deliberate change.
 */
class ExpectedFacetsTest {
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  @Test
  void voxpopGivesTheExpectedCounts() throws IOException {
    ExpectedFacets expected = ExpectedFacets.read(Path.of("."));
    assertTrue(expected.cases().size() >= 10, "cases: " + expected.cases().size());
    List<ExpectedFacets.Case> actual = new ArrayList<>();
    boolean regenerate = Boolean.getBoolean("voxpop.expected.regenerate");
    for (ExpectedFacets.Case c : expected.cases()) {
      actual.add(run(regenerate ? untied(c) : c));
    }
    if (regenerate) {
      new ExpectedFacets(actual).write(Path.of("."));
      return;
    }
    for (int i = 0; i < actual.size(); i++) {
      assertEquals(expected.cases().get(i), actual.get(i), expected.cases().get(i).name());
    }
  }

  @Test
  void everyDimensionOfTheFileHasAnOpenSearchField() throws IOException {
    for (ExpectedFacets.Case c : ExpectedFacets.read(Path.of(".")).cases()) {
      assertTrue(OpenSearchFields.forDimension(c.facet(), c.comments()).isPresent(), c.name());
      c.filters()
          .keySet()
          .forEach(
              dim ->
                  assertTrue(
                      OpenSearchFields.forDimension(dim, c.comments()).isPresent(),
                      c.name() + ": " + dim));
    }
  }

  @Test
  void theOpenSearchDimensionsAreVoxpopDimensions() {
    for (String dim : OpenSearchFields.dimensions()) {
      assertTrue(org.voxpop.index.Schema.allDims().contains(dim), dim);
    }
  }

  /** The case with its top-N lowered until the cut no longer splits a tie (for regeneration). */
  private static ExpectedFacets.Case untied(ExpectedFacets.Case c) throws IOException {
    for (int top = c.top(); top > 1; top--) {
      ExpectedFacets.Case candidate =
          new ExpectedFacets.Case(
              c.name(), c.scope(), c.filters(), c.facet(), c.path(), top, c.total(), c.values());
      try {
        run(candidate);
        return candidate;
      } catch (AssertionError tie) {
        // try one value fewer
      }
    }
    return c;
  }

  /** Runs a case on voxpop's index; the top-N cut must not split a tie. */
  private static ExpectedFacets.Case run(ExpectedFacets.Case c) throws IOException {
    SearchRequest.Builder builder =
        SearchRequest.builder("")
            .scope(c.comments() ? Scope.COMMENTS : Scope.ARTICLES)
            .pageSize(0)
            .facets(c.facet())
            .facetTopN(c.top() + 1);
    c.filters().forEach((dim, values) -> values.forEach(v -> builder.drillDown(dim, v)));
    if (!c.path().isEmpty()) {
      builder.facetPath(c.facet(), c.path().toArray(String[]::new));
    }
    SearchResult result = searcher.search(builder.build());
    List<FacetValue> values = result.facet(c.facet()).orElseThrow().values();
    if (values.size() > c.top()) {
      FacetValue last = values.get(c.top() - 1);
      FacetValue next = values.get(c.top());
      assertTrue(
          c.comments() ? last.comments() > next.comments() : last.articles() > next.articles(),
          c.name() + ": the top " + c.top() + " cut falls inside a tie: " + last + " / " + next);
    }
    List<ExpectedFacets.Value> top =
        values.stream()
            .limit(c.top())
            .map(v -> new ExpectedFacets.Value(v.value(), v.comments(), v.articles()))
            .toList();
    return c.withResults(
        new ExpectedFacets.Count(result.totalHits(), result.distinctArticles()), top);
  }
}
