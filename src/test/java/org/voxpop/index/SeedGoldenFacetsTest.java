package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.query.FacetValue;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SearchResult;
import org.voxpop.query.VoxpopSearcher;

/**
 * Golden entity facets of the seed's 8 comments, as indexed: the numbers a journalist reads off the
 * page. Checked by hand against the text: the United States is named (as USA, America, US, United
 * States) in comments 1, 2, 3, 4, 5, 6 and 8; the group IS/ISIS in 2, 3, 5 and 7, and never for the
 * verb "is" (comments 4, 5 and 8 have it); Russia in 3, 4 ("Russian backed") and 5.
 */
class SeedGoldenFacetsTest {
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  private static Map<String, Integer> top(String dim, int n, String... path) throws IOException {
    SearchRequest.Builder builder =
        SearchRequest.builder("").pageSize(0).drillDown("source", "BBC").facets(dim).facetTopN(n);
    if (path.length > 0) {
      builder.facetPath(dim, path);
    }
    Map<String, Integer> values = new LinkedHashMap<>();
    for (FacetValue v : searcher.search(builder.build()).facet(dim).orElseThrow().values()) {
      values.put(v.value(), v.comments());
    }
    return values;
  }

  @Test
  void topEntitiesOfTheSeedComments() throws IOException {
    Map<String, Integer> entities = top("entity", 4);
    assertEquals(Map.of("Q30", 7, "Q2429253", 4, "Q159", 3, "Q7204", 2), entities);
  }

  @Test
  void everyAliasOfTheUnitedStatesFindsTheSameSevenComments() throws IOException {
    for (String query :
        List.of(
            "entity:Q30",
            "entity:\"United States\"",
            "entity:America",
            "entity:USA",
            "entity:US")) {
      SearchResult result =
          searcher.search(
              SearchRequest.builder(query).drillDown("source", "BBC").pageSize(10).build());
      assertEquals(7, result.totalHits(), query);
      assertEquals(
          List.of("1", "2", "3", "4", "5", "6", "8"),
          result.hits().stream().map(h -> h.commentId().orElseThrow()).sorted().toList(),
          query);
    }
  }

  @Test
  void theArticleMentionsItsPlacesAndTheGroup() throws IOException {
    SearchResult article =
        searcher.search(
            SearchRequest.builder("")
                .scope(Scope.ARTICLES)
                .drillDown("source", "BBC")
                .facets("entity")
                .facetTopN(20)
                .build());
    List<String> ids =
        article.facet("entity").orElseThrow().values().stream().map(FacetValue::value).toList();
    for (String expected : List.of("Q30", "Q858", "Q2429253", "Q7204")) {
      assertEquals(true, ids.contains(expected), expected + " in " + ids);
    }
  }

  @Test
  void stanceTowardTheUnitedStatesAddsUpToItsComments() throws IOException {
    Map<String, Integer> stance = top("stance", 3, "Q30");
    assertEquals(7, stance.values().stream().mapToInt(Integer::intValue).sum(), stance.toString());
    assertEquals(
        true,
        stance.getOrDefault("negative", 0) >= 1,
        "comment 6 is negative toward the US: " + stance);
  }
}
