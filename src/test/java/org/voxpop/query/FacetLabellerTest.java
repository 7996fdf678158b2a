package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.voxpop.index.Schema;

/**
 * What a facet shows of its counted values: the most frequent ones, labelled, narrowed by the
 * prefix a user types (matched against the readable label as well as the value), dates in calendar
 * order.
 */
class FacetLabellerTest {
  private static final UnaryOperator<String> NAMES =
      id ->
          Map.of("Q76", "Barack Obama", "Q30", "United States", "Q1", "Universe")
              .getOrDefault(id, id);

  private static CommentArticleCounts.Children counted(FacetValue... values) {
    return new CommentArticleCounts.Children(List.of(values), 3, 2);
  }

  private static FacetValue counts(String value, int comments, int articles) {
    return new FacetValue(value, value, comments, articles);
  }

  @Test
  void mostCommentedFirstThenByArticlesThenByValueAndLabelled() {
    FacetDimension dim =
        FacetLabeller.top(
            Schema.DIM_ENTITY,
            List.of(),
            counted(
                counts("Q1", 5, 1), counts("Q30", 5, 4), counts("Q76", 9, 2), counts("Q2", 5, 4)),
            3,
            false,
            NAMES,
            "");
    assertEquals(
        List.of(
            new FacetValue("Q76", "Barack Obama", 9, 2),
            new FacetValue("Q2", "Q2", 5, 4),
            new FacetValue("Q30", "United States", 5, 4)),
        dim.values());
    assertEquals(4, dim.childCount(), "every counted value, not only the ones shown");
    assertEquals(3, dim.missingComments());
    assertEquals(2, dim.missingArticles());
  }

  @Test
  void byArticlesRanksByDistinctArticlesFirst() {
    FacetDimension dim =
        FacetLabeller.top(
            Schema.DIM_ENTITY,
            List.of(),
            counted(counts("Q1", 9, 1), counts("Q30", 2, 4)),
            10,
            true,
            NAMES,
            "");
    assertEquals(List.of("Q30", "Q1"), dim.values().stream().map(FacetValue::value).toList());
  }

  @Test
  void aPrefixMatchesTheLabelOrTheValueIgnoringCase() {
    FacetDimension dim =
        FacetLabeller.top(
            Schema.DIM_ENTITY,
            List.of(),
            counted(counts("Q1", 1, 1), counts("Q30", 2, 1), counts("Q76", 3, 1)),
            10,
            false,
            NAMES,
            "uni");
    assertEquals(
        List.of(
            new FacetValue("Q30", "United States", 2, 1), new FacetValue("Q1", "Universe", 1, 1)),
        dim.values());
    assertEquals(2, dim.childCount(), "values the prefix left out are not counted as children");
    FacetDimension byId =
        FacetLabeller.top(
            Schema.DIM_ENTITY,
            List.of(),
            counted(counts("Q1", 1, 1), counts("Q76", 3, 1)),
            10,
            false,
            NAMES,
            "q7");
    assertEquals(List.of("Q76"), byId.values().stream().map(FacetValue::value).toList());
  }

  @Test
  void theTopDatesAreShownInCalendarOrder() {
    FacetDimension dim =
        FacetLabeller.top(
            Schema.DIM_PUBLISHED,
            List.of(),
            counted(
                counts("2019", 1, 1),
                counts("10000", 7, 1),
                counts("9999", 5, 1),
                counts("2020", 6, 1)),
            3,
            false,
            UnaryOperator.identity(),
            "");
    assertEquals(
        List.of("2020", "9999", "10000"), dim.values().stream().map(FacetValue::value).toList());
  }
}
