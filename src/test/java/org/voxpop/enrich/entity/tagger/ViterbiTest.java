package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The decoder's shortcut for sentences with no name must never change what it decodes. */
class ViterbiTest {

  private static final int C = Labels.COUNT;

  @Test
  void sureOutsideShortcutGivesTheFullDecodersAnswer() {
    SplittableRandom r = new SplittableRandom(17);
    int shortcuts = 0;
    for (int round = 0; round < 2_000; round++) {
      double[] trans = new double[(C + 1) * C];
      for (int i = 0; i < trans.length; i++) {
        trans[i] = r.nextDouble(-10, 10);
      }
      double[] margins = Viterbi.sureOutsideMargins(trans);
      double margin = Arrays.stream(margins).max().getAsDouble();
      int n = 1 + r.nextInt(30);
      double[] em = new double[n * C];
      // O leads by about the margin, so both paths of the shortcut are taken.
      double lead = margin * r.nextDouble(0.8, 1.3);
      for (int t = 0; t < n; t++) {
        for (int y = 0; y < C; y++) {
          em[t * C + y] = r.nextDouble(-5, 5);
        }
        em[t * C + Labels.O] += lead;
      }
      int[] allowed = new int[n];
      Arrays.fill(allowed, Viterbi.ANY);
      int[] full = Viterbi.decode(em, n, trans, allowed);
      int[] fast = Viterbi.decode(em, n, trans, allowed, margins, new Viterbi.Work());
      assertArrayEquals(full, fast, "round " + round);
      boolean allOutside = Arrays.stream(fast).allMatch(y -> y == Labels.O);
      shortcuts += allOutside ? 1 : 0;
    }
    // Not a vacuous test: many sentences came out with no name at all.
    assertEquals(true, shortcuts > 200, "all-O sentences: " + shortcuts);
  }

  /** The decoder finds the best legal sequence: checked against every sequence of short ones. */
  @Test
  void decodesTheBestLegalSequence() {
    SplittableRandom r = new SplittableRandom(23);
    for (int round = 0; round < 300; round++) {
      double[] trans = new double[(C + 1) * C];
      for (int i = 0; i < trans.length; i++) {
        trans[i] = r.nextDouble(-10, 10);
      }
      int n = 1 + r.nextInt(3);
      double[] em = new double[n * C];
      for (int i = 0; i < em.length; i++) {
        em[i] = r.nextDouble(-10, 10);
      }
      int[] allowed = new int[n];
      for (int t = 0; t < n; t++) {
        allowed[t] = r.nextInt(4) == 0 ? 1 << Labels.O : Viterbi.ANY;
      }
      int[] got = Viterbi.decode(em, n, trans, allowed);
      double best = Double.NEGATIVE_INFINITY;
      int[] labels = new int[n];
      long total = (long) Math.pow(C, n);
      for (long code = 0; code < total; code++) {
        long k = code;
        for (int t = 0; t < n; t++) {
          labels[t] = (int) (k % C);
          k /= C;
        }
        double s = score(em, trans, allowed, labels);
        best = Math.max(best, s);
      }
      assertEquals(best, score(em, trans, allowed, got), 1e-9, "round " + round);
    }
  }

  /** The score of a label sequence, minus infinity when it is not legal. */
  private static double score(double[] em, double[] trans, int[] allowed, int[] labels) {
    int n = labels.length;
    if (!Labels.START[labels[0]] || !Labels.END[labels[n - 1]]) {
      return Double.NEGATIVE_INFINITY;
    }
    double s = trans[C * C + labels[0]];
    for (int t = 0; t < n; t++) {
      if ((allowed[t] & (1 << labels[t])) == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      if (t > 0) {
        if (!Labels.ALLOWED[labels[t - 1]][labels[t]]) {
          return Double.NEGATIVE_INFINITY;
        }
        s += trans[labels[t - 1] * C + labels[t]];
      }
      s += em[t * C + labels[t]];
    }
    return s;
  }

  /**
   * A sure "no name" right before a sure inside-of-a-name leaves no legal path once negligible
   * labels are dropped: the probabilities must still be those of the full model, not all zero.
   */
  @Test
  void marginalsSurviveWhenDroppingNegligibleLabelsLeavesNoPath() {
    double[] trans = new double[(C + 1) * C];
    double[] psi = Viterbi.potentials(trans, 1);
    int n = 2;
    double[] em = new double[n * C];
    java.util.Arrays.fill(em, -100); // under the cut (e^-60) but not under what a double holds
    em[Labels.O] = 0; // token 0: only O is not negligible
    int inside = -1;
    for (int y = 0; y < C; y++) {
      if (y != Labels.O && !Labels.START[y]) {
        inside = y; // a label that cannot follow O
        break;
      }
    }
    em[C + inside] = 0; // token 1: only that label is not negligible
    int[] allowed = {Viterbi.ANY, Viterbi.ANY};
    double[] p = Viterbi.marginals(em, n, psi, allowed, 1);
    double sum0 = 0;
    for (int y = 0; y < C; y++) {
      sum0 += p[y];
    }
    assertEquals(1, sum0, 1e-9, "token 0's label probabilities sum to 1");
  }
}
