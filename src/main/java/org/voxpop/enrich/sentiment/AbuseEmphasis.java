package org.voxpop.enrich.sentiment;

import java.util.Set;

/**
 * How an abusive term's weight is emphasised by the words around it, as the sentiment scorer's
 * rules do (see {@link AbuseScorer}): a negation before it ×0.3, capitals in mixed-case text ×1.25,
 * an intensifier ("typical", "total", or a VADER booster) ×1.2.
 */
final class AbuseEmphasis {
  private AbuseEmphasis() {}

  private static final Set<String> INTENSIFIERS =
      Lexicons.set(
          "typical",
          "such",
          "bunch",
          "pack",
          "total",
          "totally",
          "complete",
          "completely",
          "utter",
          "utterly",
          "absolute",
          "absolutely",
          "fucking",
          "fuckin",
          "freaking",
          "damn",
          "real",
          "really",
          "biggest",
          "filthy",
          "dirty",
          "stupid",
          "disgusting",
          "worthless",
          "pathetic",
          "sick",
          "these",
          "bloody",
          "all");

  /**
   * The weight of the term at token {@code i}: dampened by a negation in the three words before it,
   * raised by capitals in mixed-case text and by an intensifier in the two words before it.
   */
  static double of(double weight, Tokens tok, int i, boolean capDiff) {
    String[] lw = tok.lower;
    double w = weight;
    for (int j = Math.max(0, i - 3); j < i; j++) {
      if (AbuseTargets.NEGATORS.contains(lw[j]) || lw[j].endsWith("n't")) {
        w *= 0.3;
        break;
      }
    }
    if (capDiff && tok.upper[i]) {
      w *= 1.25;
    }
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if (INTENSIFIERS.contains(lw[j]) || Vader.BOOSTERS.getOrDefault(lw[j], 0.0) > 0) {
        w *= 1.2;
        break;
      }
    }
    return w;
  }
}
