package org.voxpop.enrich.sentiment;

/**
 * Abuse label for faceting, from an {@link AbuseScore#score()} in 0..1.
 *
 * <p>Thresholds: below {@value #POSSIBLE_THRESHOLD} is {@link #NONE}; from {@value
 * #POSSIBLE_THRESHOLD} to below {@value #LIKELY_THRESHOLD} is {@link #POSSIBLE}; at or above
 * {@value #LIKELY_THRESHOLD} is {@link #LIKELY}. A single plain insult with no target ("stupid")
 * lands in POSSIBLE; an insult aimed at "you" or at a group, a slur, or a dehumanising phrase lands
 * in LIKELY.
 */
public enum AbuseLabel {
  /** No abusive language found (or only weak signals). */
  NONE,
  /** Some abusive language: worth a look. */
  POSSIBLE,
  /** Targeted insults, slurs or dehumanising language. */
  LIKELY;

  /** Lowest score labelled {@link #POSSIBLE}. */
  public static final double POSSIBLE_THRESHOLD = 0.3;

  /** Lowest score labelled {@link #LIKELY}. */
  public static final double LIKELY_THRESHOLD = 0.6;

  /** Labels a score with the documented thresholds; NaN is {@link #NONE}. */
  public static AbuseLabel of(double score) {
    if (score >= LIKELY_THRESHOLD) {
      return LIKELY;
    }
    if (score >= POSSIBLE_THRESHOLD) {
      return POSSIBLE;
    }
    return NONE;
  }
}
