package org.voxpop.enrich;

import java.util.ArrayList;
import java.util.List;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.enrich.sentiment.StanceScorer;

/**
 * Adds {@link Attribute#STANCES}: the stance of the text toward each of its mentions, in their
 * order. Needs the mentions and the sentiment (whose sentences and valences it reuses).
 */
public final class StanceStep implements EnrichmentStep<List<Double>> {

  private final StanceScorer scorer;

  /** A step with the bundled stance model. */
  public StanceStep() {
    this(StanceScorer.create());
  }

  /** A step with the given scorer. */
  public StanceStep(StanceScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public Attribute<List<Double>> adds() {
    return Attribute.STANCES;
  }

  @Override
  public List<Attribute<?>> requires() {
    return List.of(Attribute.MENTIONS, Attribute.SENTIMENT);
  }

  @Override
  public List<Double> compute(Input input) {
    List<EntityMention> mentions = input.get(Attribute.MENTIONS).value().orElseThrow();
    List<StanceScorer.Span> spans = new ArrayList<>(mentions.size());
    mentions.forEach(m -> spans.add(new StanceScorer.Span(m.start(), m.end())));
    return List.copyOf(
        scorer.stances(input.text(), input.get(Attribute.SENTIMENT).value().orElseThrow(), spans));
  }
}
