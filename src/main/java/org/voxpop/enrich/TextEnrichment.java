package org.voxpop.enrich;

import java.util.List;
import java.util.Objects;
import org.voxpop.enrich.sentiment.AbuseScore;
import org.voxpop.enrich.sentiment.DocumentSentiment;

/**
 * Everything the enrichment pipeline learnt about one text (an article body or a comment).
 *
 * @param mentions recognised entity mentions in text order, each with its stance; empty when the
 *     entity step is off
 * @param sentiment sentence and document sentiment, or why there is none
 * @param abuse abuse score, or why there is none
 * @param truncated whether the text was longer than the pipeline's limit and read only in part
 */
public record TextEnrichment(
    List<StancedMention> mentions,
    Enriched<DocumentSentiment> sentiment,
    Enriched<AbuseScore> abuse,
    boolean truncated) {
  public TextEnrichment {
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(sentiment, "sentiment");
    Objects.requireNonNull(abuse, "abuse");
  }
}
