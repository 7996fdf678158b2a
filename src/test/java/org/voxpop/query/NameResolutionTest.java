package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.index.Schema;

/**
 * Every name the index shows can be used wherever a name is accepted (issue 19, item 2): a facet's
 * label in a query ({@code entity:Michelle}) and in a drill-down ({@code entity=Obama}), a slug
 * entity's name ({@code entity:"Quentin Sommerville"}), a timeline's entity; and a selected value
 * comes back with the name to show on its chip.
 */
class NameResolutionTest {
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  private static long hits(String query, Scope scope) throws IOException {
    return searcher
        .search(SearchRequest.builder(query).scope(scope).pageSize(0).build())
        .totalHits();
  }

  private static long drilled(String dim, String value) throws IOException {
    return searcher
        .search(SearchRequest.builder("").pageSize(0).drillDown(dim, value).build())
        .totalHits();
  }

  @Test
  void everyEntityTheFacetsShowIsFoundByItsLabelInAQueryAndADrillDown() throws IOException {
    FacetDimension entities =
        searcher
            .search(
                SearchRequest.builder("")
                    .pageSize(0)
                    .facets(Schema.DIM_ENTITY)
                    .facetTopN(SearchRequest.MAX_FACET_TOP_N)
                    .build())
            .facet(Schema.DIM_ENTITY)
            .orElseThrow();
    assertTrue(entities.values().size() > 100, "entities: " + entities.values().size());
    List<String> lost = new ArrayList<>();
    for (FacetValue value : entities.values()) {
      String quoted = "\"" + value.label().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      // At least the value's comments: a label may also be another entity's name.
      if (hits("entity:" + quoted, Scope.COMMENTS) < value.comments()
          || drilled(Schema.DIM_ENTITY, value.label()) < value.comments()) {
        lost.add(value.label() + " (" + value.value() + ")");
      }
    }
    assertEquals(List.of(), lost, "entities the facets show that their label does not find");
  }

  @Test
  void aSlugEntityIsFoundByItsName() throws IOException {
    long byId = hits("entity:\"slug:quentin-sommerville\"", Scope.BOTH);
    assertTrue(byId > 0);
    assertEquals(byId, hits("entity:\"Quentin Sommerville\"", Scope.BOTH));
    assertEquals(byId, hits("entity:\"quentin sommerville\"", Scope.BOTH));
  }

  @Test
  void aDrillDownTakesANameAsWellAsAnId() throws IOException {
    long byId = drilled(Schema.DIM_ENTITY, "Q76");
    assertTrue(byId > 0);
    assertEquals(byId, drilled(Schema.DIM_ENTITY, "Obama"));
    assertEquals(byId, drilled(Schema.DIM_ENTITY, "Barack Obama"));
    assertEquals(byId, drilled("person", "Obama"));
    assertEquals(
        drilled(Schema.DIM_ENTITY, "slug:michelle"), drilled(Schema.DIM_ENTITY, "Michelle"));
  }

  @Test
  void aTimelineTakesANameTheFacetsShow() throws IOException {
    List<TimelineBucket> byName =
        searcher.timeline(
            SearchRequest.builder("").build(), Interval.MONTH, Optional.of("Michelle"));
    assertFalse(byName.isEmpty());
    assertEquals(
        byName,
        searcher.timeline(
            SearchRequest.builder("").build(), Interval.MONTH, Optional.of("slug:michelle")));
  }

  @Test
  void selectedValuesComeBackWithTheNameToShow() throws IOException {
    SearchResult result =
        searcher.search(
            SearchRequest.builder("")
                .pageSize(0)
                .drillDown(Schema.DIM_ENTITY, "Q76")
                .drillDown(Schema.DIM_ENTITY, "slug:michelle")
                .build());
    assertEquals(
        List.of(
            new SearchResult.Selection(Schema.DIM_ENTITY, "Q76", "Barack Obama"),
            new SearchResult.Selection(Schema.DIM_ENTITY, "slug:michelle", "Michelle")),
        result.selected());
    assertTrue(
        ResultJson.toJson(result)
            .toString()
            .contains(
                "\"selected\":[{\"dim\":\"entity\",\"value\":\"Q76\",\"label\":\"Barack Obama\",\"select\":\"all_of\"}"));
  }
}
