package org.voxpop.enrich;

import java.util.List;
import org.voxpop.enrich.sentiment.DocumentSentiment;
import org.voxpop.enrich.sentiment.SentimentScorer;

/** Adds {@link Attribute#SENTIMENT}: the VADER-style sentiment of the text and its sentences. */
public final class SentimentStep implements EnrichmentStep<DocumentSentiment> {

  private final SentimentScorer scorer;

  /** A step with the bundled lexicon. */
  public SentimentStep() {
    this(SentimentScorer.create());
  }

  /** A step with the given scorer. */
  public SentimentStep(SentimentScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public Attribute<DocumentSentiment> adds() {
    return Attribute.SENTIMENT;
  }

  @Override
  public List<Attribute<?>> requires() {
    return List.of();
  }

  @Override
  public DocumentSentiment compute(Input input) {
    return scorer.score(input.text());
  }
}
