package org.voxpop.enrich.entity.tagger;

/**
 * Best label sequence under first-order transition scores, restricted to legal BILOU sequences and
 * to the labels each token allows (gold constraints while training, "never a name" for handles).
 */
final class Viterbi {

  /** Every label allowed. */
  static final int ANY = (1 << Labels.COUNT) - 1;

  /** The labels that may precede each label: few, since an open name must go on. */
  private static final int[][] BEFORE = new int[Labels.COUNT][];

  /** The labels that may follow each label. */
  private static final int[][] AFTER = new int[Labels.COUNT][];

  /**
   * Below this, a label's scaled score is taken as impossible: its potential would be under e^-60
   * of the best label's, far below what any probability we report can show.
   */
  private static final double NEGLIGIBLE = -60;

  static {
    for (int y = 0; y < Labels.COUNT; y++) {
      int nb = 0;
      int na = 0;
      int[] b = new int[Labels.COUNT];
      int[] a = new int[Labels.COUNT];
      for (int x = 0; x < Labels.COUNT; x++) {
        if (Labels.ALLOWED[x][y]) {
          b[nb++] = x;
        }
        if (Labels.ALLOWED[y][x]) {
          a[na++] = x;
        }
      }
      BEFORE[y] = java.util.Arrays.copyOf(b, nb);
      AFTER[y] = java.util.Arrays.copyOf(a, na);
    }
  }

  private Viterbi() {}

  /**
   * @param em emission score of each label at each token, {@code em[t * COUNT + label]}
   * @param n number of tokens
   * @param trans transition scores {@code trans[from * COUNT + to]}, row {@code COUNT} the start
   * @param allowed bit mask of the labels allowed at each token
   * @return the best legal labels
   */
  static int[] decode(double[] em, int n, double[] trans, int[] allowed) {
    int c = Labels.COUNT;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    // A very low finite score stands for "impossible", so the inner loop needs no test.
    final double impossible = -1e300;
    double[] score = new double[n * c];
    int[] back = new int[n * c];
    for (int y = 0; y < c; y++) {
      score[y] =
          Labels.START[y] && (allowed[0] & (1 << y)) != 0 ? trans[c * c + y] + em[y] : impossible;
    }
    for (int t = 1; t < n; t++) {
      int mask = allowed[t];
      int prev = (t - 1) * c;
      int cur = t * c;
      for (int y = 0; y < c; y++) {
        if ((mask & (1 << y)) == 0) {
          score[cur + y] = impossible;
          continue;
        }
        int[] before = BEFORE[y];
        int arg = before[0];
        double best = score[prev + arg] + trans[arg * c + y];
        for (int j = 1; j < before.length; j++) {
          int x = before[j];
          double s = score[prev + x] + trans[x * c + y];
          // Written to compile to conditional moves: which predecessor wins is unpredictable.
          boolean better = s > best;
          best = better ? s : best;
          arg = better ? x : arg;
        }
        score[cur + y] = best + em[cur + y];
        back[cur + y] = arg;
      }
    }
    double best = -Double.MAX_VALUE;
    int arg = -1;
    for (int y = 0; y < c; y++) {
      double s = score[(n - 1) * c + y];
      if (Labels.END[y] && s > best && s > impossible / 2) {
        best = s;
        arg = y;
      }
    }
    if (arg < 0) {
      throw new IllegalStateException("no legal label sequence under the constraints");
    }
    out[n - 1] = arg;
    for (int t = n - 1; t > 0; t--) {
      out[t - 1] = back[t * c + out[t]];
    }
    return out;
  }

  /**
   * How far "no name" must lead every other label at every token for a sentence to be all {@code O}
   * without decoding: twice the most any legal transition can gain over staying outside a name (a
   * label other than O changes at most two transitions). Then any sequence with a name scores
   * strictly less than the all-O one, so this is exact, not a pruning heuristic. It spares the
   * search for sentences of plain words only; one capitalised word usually fails it.
   */
  static double sureOutsideMargin(double[] trans) {
    int c = Labels.COUNT;
    double gain = 0;
    for (int x = 0; x <= c; x++) {
      // Row c is the sentence start: there the all-O sequence has start -> O.
      double outside = trans[(x == c ? c : Labels.O) * c + Labels.O];
      for (int y = 0; y < c; y++) {
        boolean legal = x == c ? Labels.START[y] : Labels.ALLOWED[x][y];
        if (legal) {
          gain = Math.max(gain, trans[x * c + y] - outside);
        }
      }
    }
    return 2 * gain;
  }

  /**
   * As {@link #decode(double[], int, double[], int[])}, answering "no name anywhere" at once when
   * every token's O score leads by more than {@code margin} (see {@link #sureOutsideMargin}).
   */
  static int[] decode(double[] em, int n, double[] trans, int[] allowed, double margin) {
    int c = Labels.COUNT;
    for (int t = 0; t < n; t++) {
      if ((allowed[t] & (1 << Labels.O)) == 0) {
        return decode(em, n, trans, allowed);
      }
      double bar = em[t * c + Labels.O] - margin;
      for (int y = 0; y < c; y++) {
        if (y != Labels.O && (allowed[t] & (1 << y)) != 0 && em[t * c + y] >= bar) {
          return decode(em, n, trans, allowed);
        }
      }
    }
    int[] out = new int[n];
    java.util.Arrays.fill(out, Labels.O);
    return out;
  }

  /**
   * Posterior probability of each label at each token, treating the scores divided by a temperature
   * as the log-potentials of a linear-chain model (forward-backward): how sure the model is of a
   * name. A perceptron's scores are not probabilities; the temperature, fitted on development data,
   * makes them behave like ones. Computed in probability space with each token's scores shifted by
   * their maximum and each step rescaled, so no logarithm is needed.
   */
  static double[] marginals(double[] em, int n, double[] psi, int[] allowed, double temperature) {
    double[] p = marginals(em, n, psi, allowed, temperature, NEGLIGIBLE);
    // Dropping negligible labels token by token can leave no legal path at all (a sure "O" before
    // a sure "I-" of a name): then every label is kept, as before the cut.
    return p != null ? p : marginals(em, n, psi, allowed, temperature, Double.NEGATIVE_INFINITY);
  }

  /**
   * As above, labels whose scaled score is under {@code cutoff} dropped; null when that leaves no
   * legal path (never when nothing is dropped).
   */
  private static double[] marginals(
      double[] em, int n, double[] psi, int[] allowed, double temperature, double cutoff) {
    int c = Labels.COUNT;
    double[] phi = new double[n * c];
    for (int t = 0; t < n; t++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int y = 0; y < c; y++) {
        if ((allowed[t] & (1 << y)) != 0) {
          max = Math.max(max, em[t * c + y]);
        }
      }
      for (int y = 0; y < c; y++) {
        if ((allowed[t] & (1 << y)) != 0) {
          double d = (em[t * c + y] - max) / temperature;
          phi[t * c + y] = d < cutoff ? 0 : Math.exp(d);
        }
      }
    }
    double[] alpha = new double[n * c];
    double[] beta = new double[n * c];
    for (int y = 0; y < c; y++) {
      alpha[y] = psi[c * c + y] * phi[y];
    }
    boolean cut = cutoff > Double.NEGATIVE_INFINITY;
    if (!normalise(alpha, 0, c) && cut) {
      return null;
    }
    for (int t = 1; t < n; t++) {
      for (int y = 0; y < c; y++) {
        if (phi[t * c + y] == 0) {
          continue;
        }
        double sum = 0;
        for (int x : BEFORE[y]) {
          sum += alpha[(t - 1) * c + x] * psi[x * c + y];
        }
        alpha[t * c + y] = sum * phi[t * c + y];
      }
      if (!normalise(alpha, t * c, c) && cut) {
        return null;
      }
    }
    boolean ends = false;
    for (int y = 0; y < c; y++) {
      ends |= Labels.END[y] && alpha[(n - 1) * c + y] > 0;
    }
    if (!ends && cut) {
      return null;
    }
    for (int y = 0; y < c; y++) {
      beta[(n - 1) * c + y] = Labels.END[y] ? 1 : 0;
    }
    for (int t = n - 2; t >= 0; t--) {
      int next = (t + 1) * c;
      for (int x = 0; x < c; x++) {
        if (phi[t * c + x] == 0) {
          // The label is impossible here: its alpha is 0 and its phi keeps it out of the sums one
          // step back, so its beta is never read.
          continue;
        }
        double sum = 0;
        for (int y : AFTER[x]) {
          double v = phi[next + y];
          if (v != 0) {
            sum += psi[x * c + y] * v * beta[next + y];
          }
        }
        beta[t * c + x] = sum;
      }
      normalise(beta, t * c, c);
    }
    double[] p = new double[n * c];
    for (int t = 0; t < n; t++) {
      double z = 0;
      for (int y = 0; y < c; y++) {
        p[t * c + y] = alpha[t * c + y] * beta[t * c + y];
        z += p[t * c + y];
      }
      if (z > 0) {
        for (int y = 0; y < c; y++) {
          p[t * c + y] /= z;
        }
      }
    }
    return p;
  }

  /** The transition potentials {@link #marginals} takes: {@code exp(trans / temperature)}. */
  static double[] potentials(double[] trans, double temperature) {
    int c = Labels.COUNT;
    double[] psi = new double[trans.length];
    for (int x = 0; x <= c; x++) {
      for (int y = 0; y < c; y++) {
        boolean legal = x == c ? Labels.START[y] : Labels.ALLOWED[x][y];
        psi[x * c + y] = legal ? Math.exp(trans[x * c + y] / temperature) : 0;
      }
    }
    return psi;
  }

  /** Scales {@code v[from..from + len)} to sum to 1; false when it is all 0. */
  private static boolean normalise(double[] v, int from, int len) {
    double z = 0;
    for (int i = from; i < from + len; i++) {
      z += v[i];
    }
    if (z > 0) {
      for (int i = from; i < from + len; i++) {
        v[i] /= z;
      }
    }
    return z > 0;
  }
}
