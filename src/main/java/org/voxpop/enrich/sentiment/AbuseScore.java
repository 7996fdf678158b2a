package org.voxpop.enrich.sentiment;

import java.util.List;
import java.util.Objects;

/**
 * Abuse / insult score of one text, separate from its sentiment: a calm slur is abusive, an angry
 * complaint need not be.
 *
 * @param score 0..1, higher is more abusive: mostly identity attacks, insults and threats;
 *     profanity adds little ({@link AbuseScorer})
 * @param label {@link AbuseLabel#of(double)} of the score
 * @param matchedTerms lexicon terms found, lower case, in text order (repeats kept)
 * @param kinds the score of each {@link AbuseKind}
 */
public record AbuseScore(
    double score, AbuseLabel label, List<String> matchedTerms, AbuseKinds kinds) {
  public AbuseScore {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kinds, "kinds");
    matchedTerms = List.copyOf(matchedTerms);
  }
}
