package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;

/** Query behaviours a review found wrong, pinned so they stay right. */
class ReviewRegressionTest {
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  private static long count(String query) throws IOException {
    return searcher.search(SearchRequest.builder(query).pageSize(0).build()).totalHits();
  }

  @Test
  void rangesOnKeywordFieldsAreRefusedAndDepthIsNumeric() throws IOException {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> count("source:[A TO B]"));
    assertTrue(e.getMessage().contains("does not take a range"), e.getMessage());
    long replies = count("depth:[1 TO *]");
    assertEquals(count("") - count("depth:0"), replies);
  }

  @Test
  void emptyPhrasesNegativeQueriesAndStarBehaveAsUsersExpect() throws IOException {
    assertEquals(count("raqqa"), count("raqqa AND \"\""));
    assertEquals(count("") - count("raqqa"), count("NOT raqqa"));
    assertEquals(count(""), count("*"));
    assertEquals(count(""), count("*:*"));
  }

  @Test
  void titleAndTextFieldsFindInflectedFormsAndLabelsIgnoreCase() throws IOException {
    assertEquals(
        1,
        searcher
            .search(SearchRequest.builder("title:raqqa").scope(Scope.ARTICLES).pageSize(0).build())
            .totalHits(),
        "\"Raqqa's dirty secret\" is found by title:raqqa");
    assertEquals(count("sentiment:negative"), count("sentiment:Negative"));
  }

  @Test
  void aCursorOfAnotherSortIsRefusedWithAMessage() throws IOException {
    String cursor =
        searcher
            .search(SearchRequest.builder("").sort(SortOrder.MOST_NEGATIVE).pageSize(5).build())
            .nextCursor()
            .orElseThrow();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                searcher.search(
                    SearchRequest.builder("").sort(SortOrder.NEWEST).after(cursor).build()));
    assertTrue(e.getMessage().contains("most_negative"), e.getMessage());
  }

  @Test
  void articlesByCommentsKeepTheirCountsUnderAnySort() throws IOException {
    for (SortOrder order : SortOrder.values()) {
      SearchResult result =
          searcher.search(
              SearchRequest.builder("america")
                  .scope(Scope.ARTICLES_BY_COMMENTS)
                  .sort(order)
                  .build());
      assertTrue(
          result.hits().stream().allMatch(h -> h.matchedComments() > 0),
          order + ": " + result.hits());
    }
  }

  @Test
  void unknownDimensionsAndEntitiesAreErrorsNotEmptyAnswers() {
    assertThrows(
        IllegalArgumentException.class,
        () -> searcher.search(SearchRequest.builder("").facets("nosuchdim").build()));
    assertThrows(
        IllegalArgumentException.class,
        () -> searcher.search(SearchRequest.builder("").drillDown("nosuchdim", "x").build()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                searcher.timeline(
                    SearchRequest.builder("").build(), Interval.MONTH, Optional.of("nobody")));
    assertTrue(e.getMessage().contains("no entity is known as 'nobody'"));
  }
}
