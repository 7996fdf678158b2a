package org.voxpop.enrich.sentiment;

/**
 * Three-way sentiment label for faceting, derived from a compound score in -1..1.
 *
 * <p>Thresholds are VADER's published ones: {@code compound >= 0.05} is {@link #POSITIVE}, {@code
 * compound <= -0.05} is {@link #NEGATIVE}, anything strictly between is {@link #NEUTRAL}. A
 * non-finite compound is {@link #NEUTRAL}.
 */
public enum SentimentLabel {
  /** Compound at or below {@code -}{@value #THRESHOLD}. */
  NEGATIVE,
  /** Compound strictly between the two thresholds. */
  NEUTRAL,
  /** Compound at or above {@value #THRESHOLD}. */
  POSITIVE;

  /** The symmetric threshold on the compound score (VADER's default). */
  public static final double THRESHOLD = 0.05;

  /** Labels a compound score with the {@value #THRESHOLD} thresholds. */
  public static SentimentLabel of(double compound) {
    if (compound >= THRESHOLD) {
      return POSITIVE;
    }
    if (compound <= -THRESHOLD) {
      return NEGATIVE;
    }
    return NEUTRAL;
  }
}
