package org.voxpop.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voxpop.enrich.entity.EntityRecognizer;

/** The pipeline as a list of steps: what an embedding application may add, order and skip. */
class EnrichmentStepsTest {

  private static final String TEXT = "Assad and Putin bombed Aleppo again. Shameful!";

  /** A step an application adds: how many mentions the text has, read from an earlier step. */
  private static final class MentionCount implements EnrichmentStep<Integer> {
    static final Attribute<Integer> COUNT = new Attribute<>("mention-count", Integer.class);

    @Override
    public Attribute<Integer> adds() {
      return COUNT;
    }

    @Override
    public List<Attribute<?>> requires() {
      return List.of(Attribute.MENTIONS);
    }

    @Override
    public Integer compute(Input input) {
      return input.get(Attribute.MENTIONS).value().orElseThrow().size();
    }
  }

  @Test
  void theDefaultPipelineRunsSentimentEntitiesStanceAndAbuseInThatOrder() {
    EnrichmentPipeline p = EnrichmentPipeline.create();
    assertEquals(
        List.of(Attribute.SENTIMENT, Attribute.MENTIONS, Attribute.STANCES, Attribute.ABUSE),
        p.steps().stream().<Attribute<?>>map(EnrichmentStep::adds).toList());
    TextEnrichment e = p.enrich(TEXT);
    assertEquals(
        List.copyOf(p.steps().stream().<Attribute<?>>map(EnrichmentStep::adds).toList()),
        List.copyOf(e.attributes()));
    assertEquals(3, e.mentions().size());
    e.mentions().forEach(m -> assertTrue(m.stance().value().isPresent()));
    assertTrue(e.sentiment().value().isPresent());
    assertTrue(e.abuse().value().isPresent());
  }

  @Test
  void aStepAddedToTheListReadsWhatEarlierStepsAddedAndItsValueComesBackByItsAttribute() {
    EntityRecognizer recognizer = EntityRecognizer.create();
    EnrichmentPipeline p =
        EnrichmentPipeline.of(List.of(new EntitiesStep(recognizer), new MentionCount()), 1000);
    TextEnrichment e = p.enrich(TEXT);
    assertEquals(3, e.get(MentionCount.COUNT).value().orElseThrow());
    // sentiment is not in this pipeline: it says so, and the stance of each mention says why
    assertEquals(Enriched.SkipReason.DISABLED, ((Enriched.Skipped<?>) e.sentiment()).reason());
    e.mentions().forEach(m -> assertInstanceOf(Enriched.Skipped.class, m.stance()));
  }

  @Test
  void aStepWhoseRequiredStepIsAbsentIsSkippedWithItsReasonNotRun() {
    EnrichmentPipeline p =
        EnrichmentPipeline.of(List.of(new SentimentStep(), new MentionCount()), 1000);
    Enriched<Integer> count = p.enrich(TEXT).get(MentionCount.COUNT);
    assertEquals(Enriched.SkipReason.DISABLED, ((Enriched.Skipped<Integer>) count).reason());
    assertTrue(p.enrich(TEXT).mentions().isEmpty());
  }

  @Test
  void aStepPlacedBeforeOneItRequiresOrTwoStepsAddingOneAttributeAreRefusedWhenThePipelineIsMade() {
    EntityRecognizer recognizer = EntityRecognizer.create();
    IllegalArgumentException order =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EnrichmentPipeline.of(
                    List.of(new MentionCount(), new EntitiesStep(recognizer)), 1000));
    assertTrue(order.getMessage().contains("requires mentions"), order.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> EnrichmentPipeline.of(List.of(new SentimentStep(), new SentimentStep()), 1000));
  }

  @Test
  void switchingSentimentOffLeavesTheMentionsWithTheirStanceSkippedAsDisabled() {
    EnrichmentPipeline p =
        EnrichmentPipeline.create(
            new EnrichmentPipeline.Options(true, false, true, 1000), EntityRecognizer.create());
    TextEnrichment e = p.enrich(TEXT);
    assertFalse(e.mentions().isEmpty());
    e.mentions()
        .forEach(
            m ->
                assertEquals(
                    Enriched.SkipReason.DISABLED,
                    ((Enriched.Skipped<Double>) m.stance()).reason()));
    assertTrue(e.abuse().value().isPresent(), "abuse scores its own sentiment when none was added");
  }
}
