package org.voxpop.enrich;

import java.util.List;
import org.voxpop.enrich.sentiment.AbuseScore;
import org.voxpop.enrich.sentiment.AbuseScorer;

/**
 * Adds {@link Attribute#ABUSE}: the abuse score and its kinds. Reuses the sentiment when an earlier
 * step added it, and scores its own otherwise.
 */
public final class AbuseStep implements EnrichmentStep<AbuseScore> {

  private final AbuseScorer scorer;

  /** A step with the bundled lexicons. */
  public AbuseStep() {
    this(AbuseScorer.create());
  }

  /** A step with the given scorer. */
  public AbuseStep(AbuseScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public Attribute<AbuseScore> adds() {
    return Attribute.ABUSE;
  }

  @Override
  public List<Attribute<?>> requires() {
    return List.of();
  }

  @Override
  public AbuseScore compute(Input input) {
    return input
        .get(Attribute.SENTIMENT)
        .value()
        .map(s -> scorer.score(input.text(), s))
        .orElseGet(() -> scorer.score(input.text()));
  }
}
