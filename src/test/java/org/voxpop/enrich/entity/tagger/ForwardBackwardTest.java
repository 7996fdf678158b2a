package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The label probabilities behind every confidence the recogniser reports: computed only as far as
 * asked, they must be exactly what the whole computation gives, whatever the order of the
 * questions, and they must be the true marginals of the model.
 */
class ForwardBackwardTest {

  private static final int C = Labels.COUNT;

  @Test
  void probabilitiesAskedInAnyOrderAreThoseOfTheWholeComputation() {
    SplittableRandom r = new SplittableRandom(5);
    for (int round = 0; round < 300; round++) {
      double temperature = r.nextDouble(1, 20);
      double[] psi = Viterbi.potentials(randomTrans(r), temperature);
      int n = 1 + r.nextInt(40);
      double[] em = randomScores(r, n);
      int[] allowed = new int[n];
      for (int t = 0; t < n; t++) {
        allowed[t] = r.nextInt(8) == 0 ? 1 << Labels.O : Viterbi.ANY;
      }
      double[] all = new ForwardBackward(em, n, psi, allowed, temperature).all();
      ForwardBackward lazy = new ForwardBackward(em, n, psi, allowed, temperature);
      for (int q = 0; q < 3 * n; q++) {
        int t = r.nextInt(n);
        int y = r.nextInt(C);
        // Bit for bit: a confidence must not depend on which token was asked about first.
        assertEquals(all[t * C + y], lazy.probability(t, y), 0.0, "round " + round);
      }
    }
  }

  @Test
  void probabilitiesAreTheMarginalsOfTheChain() {
    SplittableRandom r = new SplittableRandom(11);
    for (int round = 0; round < 20; round++) {
      double temperature = r.nextDouble(1, 5);
      double[] trans = randomTrans(r);
      double[] psi = Viterbi.potentials(trans, temperature);
      int n = 1 + r.nextInt(3);
      double[] em = randomScores(r, n);
      int[] allowed = new int[n];
      Arrays.fill(allowed, Viterbi.ANY);
      double[] p = new ForwardBackward(em, n, psi, allowed, temperature).all();
      double[] brute = bruteForce(em, n, trans, temperature);
      for (int i = 0; i < p.length; i++) {
        assertEquals(brute[i], p[i], 1e-9, "round " + round + " cell " + i);
      }
    }
  }

  /** Sums exp(score / temperature) over every legal label sequence. */
  private static double[] bruteForce(double[] em, int n, double[] trans, double temperature) {
    double[] p = new double[n * C];
    int[] labels = new int[n];
    double z = 0;
    long total = (long) Math.pow(C, n);
    for (long code = 0; code < total; code++) {
      long k = code;
      for (int t = 0; t < n; t++) {
        labels[t] = (int) (k % C);
        k /= C;
      }
      if (!Labels.START[labels[0]] || !Labels.END[labels[n - 1]]) {
        continue;
      }
      double s = trans[C * C + labels[0]] + em[labels[0]];
      boolean legal = true;
      for (int t = 1; t < n && legal; t++) {
        legal = Labels.ALLOWED[labels[t - 1]][labels[t]];
        s += trans[labels[t - 1] * C + labels[t]] + em[t * C + labels[t]];
      }
      if (!legal) {
        continue;
      }
      double w = Math.exp(s / temperature);
      z += w;
      for (int t = 0; t < n; t++) {
        p[t * C + labels[t]] += w;
      }
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= z;
    }
    return p;
  }

  private static double[] randomTrans(SplittableRandom r) {
    double[] trans = new double[(C + 1) * C];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = r.nextDouble(-5, 5);
    }
    return trans;
  }

  private static double[] randomScores(SplittableRandom r, int n) {
    double[] em = new double[n * C];
    for (int i = 0; i < em.length; i++) {
      em[i] = r.nextDouble(-20, 20);
    }
    return em;
  }
}
