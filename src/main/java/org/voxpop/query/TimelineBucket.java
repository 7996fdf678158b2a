package org.voxpop.query;

import java.util.Optional;

/**
 * One period of a tone timeline. A timeline lists every period from its first match to its last,
 * those without any match as zeros, so that a gap in time shows as one.
 *
 * @param period the period's name, as {@link Interval#label} spells it ({@code 2017-11} for a
 *     month)
 * @param start first day of the period, ISO-8601 ({@code 2017-11-01})
 * @param comments matching comments posted in the period (dated by the article when a comment has
 *     no date)
 * @param articles distinct articles of the matches in the period: of those comments, and the
 *     matching articles published in it (at article scope)
 * @param meanCompound mean sentiment compound of the matches (comments, and articles when the scope
 *     matches them); empty when none was scored
 * @param negative for an entity timeline: matches whose stance toward it is negative; else 0
 * @param neutral for an entity timeline: matches with neutral stance toward it
 * @param positive for an entity timeline: matches with positive stance toward it
 */
public record TimelineBucket(
    String period,
    String start,
    int comments,
    int articles,
    Optional<Double> meanCompound,
    int negative,
    int neutral,
    int positive) {

  /** Net stance in -1..1: (positive − negative) / comments with a stance; empty without any. */
  public Optional<Double> netStance() {
    int n = negative + neutral + positive;
    return n == 0 ? Optional.empty() : Optional.of((positive - negative) / (double) n);
  }
}
