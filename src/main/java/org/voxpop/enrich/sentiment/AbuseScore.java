package org.voxpop.enrich.sentiment;

import java.util.List;
import java.util.Objects;

/**
 * Abuse / insult score of one text, separate from its sentiment: a calm slur is abusive, an
 * angry complaint need not be.
 *
 * @param score 0..1, higher is more abusive
 * @param label {@link AbuseLabel#of(double)} of the score
 * @param matchedTerms lexicon terms found, lower case, in text order (repeats kept)
 */
public record AbuseScore(double score, AbuseLabel label, List<String> matchedTerms) {
  public AbuseScore {
    Objects.requireNonNull(label, "label");
    matchedTerms = List.copyOf(matchedTerms);
  }
}
