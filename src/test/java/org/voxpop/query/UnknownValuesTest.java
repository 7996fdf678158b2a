package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.index.Schema;

/**
 * A value nothing knows is an error that says so and offers the nearest known values, not a silent
 * zero (issue 19, item 3); values are matched without regard to case.
 */
class UnknownValuesTest {
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  private static long hits(SearchRequest.Builder builder) throws IOException {
    return searcher.search(builder.pageSize(0).build()).totalHits();
  }

  private static UnknownValueException unknown(SearchRequest.Builder builder) {
    return assertThrows(
        UnknownValueException.class, () -> searcher.search(builder.pageSize(0).build()));
  }

  @Test
  void aMisspeltEntityIsUnknownAndTheNearestNamesAreOffered() {
    UnknownValueException e = unknown(SearchRequest.builder("entity:Amercia"));
    assertEquals(Schema.DIM_ENTITY, e.dim());
    assertEquals("Amercia", e.value());
    assertEquals("America", e.suggestions().get(0));
    assertTrue(e.getMessage().contains("no entity is known as 'Amercia'"), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean America"), e.getMessage());
    assertEquals("Obama", unknown(SearchRequest.builder("entity:Obbama")).suggestions().get(0));
  }

  @Test
  void anEntityNobodyKnowsIsUnknownWithoutSuggestions() {
    UnknownValueException e = unknown(SearchRequest.builder("entity:Narnia"));
    assertEquals(List.of(), e.suggestions());
    assertTrue(e.getMessage().startsWith("no entity is known as 'Narnia'"), e.getMessage());
    unknown(SearchRequest.builder("").drillDown(Schema.DIM_ENTITY, "Narnia"));
    assertThrows(
        UnknownValueException.class,
        () ->
            searcher.timeline(
                SearchRequest.builder("").build(), Interval.MONTH, Optional.of("Narnia")));
  }

  @Test
  void anUnknownLabelListsTheDimensionsValues() {
    UnknownValueException e = unknown(SearchRequest.builder("sentiment:angry"));
    assertTrue(e.getMessage().contains("'sentiment' has no value 'angry'"), e.getMessage());
    assertTrue(e.getMessage().contains("negative, neutral, positive"), e.getMessage());
    UnknownValueException drilled =
        unknown(SearchRequest.builder("").drillDown(Schema.DIM_SOURCE, "Fox Newz"));
    assertEquals(List.of("Fox News"), drilled.suggestions());
  }

  @Test
  void valuesMatchWhateverTheirCase() throws IOException {
    long fox = hits(SearchRequest.builder("").drillDown(Schema.DIM_SOURCE, "Fox News"));
    assertTrue(fox > 0);
    assertEquals(fox, hits(SearchRequest.builder("").drillDown(Schema.DIM_SOURCE, "fox news")));
    assertEquals(fox, hits(SearchRequest.builder("source:\"FOX NEWS\"")));
    assertEquals(
        hits(SearchRequest.builder("sentiment:negative")),
        hits(SearchRequest.builder("sentiment:Negative")));
    assertEquals(
        hits(SearchRequest.builder("").drillDown(Schema.DIM_SENTIMENT, "negative")),
        hits(SearchRequest.builder("").drillDown(Schema.DIM_SENTIMENT, "NEGATIVE")));
  }

  @Test
  void aValueTheDimensionCanHaveIsATrueZeroNotAnError() throws IOException {
    // Every label of a closed dimension is known, whether or not the index holds it.
    hits(SearchRequest.builder("threat:possible"));
    hits(SearchRequest.builder("has_replies:yes"));
  }

  @Test
  void suggestionsAreTheNearestNames() {
    assertEquals(
        List.of("America"),
        Suggestions.nearest("Amercia", List.of("Armenia", "America", "Africa", "Narnia")));
    assertEquals(
        List.of("Obama", "Obamacare"),
        Suggestions.nearest("obam", List.of("Obamacare", "Obama", "Osama bin Laden")));
    assertEquals(
        List.of(), Suggestions.nearest("Narnia", List.of("United States", "Barack Obama")));
  }
}
