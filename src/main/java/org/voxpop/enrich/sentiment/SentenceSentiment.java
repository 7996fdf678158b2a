package org.voxpop.enrich.sentiment;

/**
 * VADER scores of one sentence.
 *
 * @param start offset of the sentence's first character in the scored text
 * @param end offset just past the sentence's last character
 * @param compound normalised sum of valences, -1..1
 * @param positive share of positive valence, 0..1
 * @param neutral share of neutral words, 0..1
 * @param negative share of negative valence, 0..1
 */
public record SentenceSentiment(
    int start, int end, double compound, double positive, double neutral, double negative) {

  /** The label of {@link #compound()}. */
  public SentimentLabel label() {
    return SentimentLabel.of(compound);
  }
}
