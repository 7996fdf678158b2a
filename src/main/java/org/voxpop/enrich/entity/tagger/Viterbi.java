package org.voxpop.enrich.entity.tagger;

/**
 * Best label sequence under first-order transition scores, restricted to legal BILOU sequences
 * and to the labels each token allows (gold constraints while training, "never a name" for
 * handles).
 */
final class Viterbi {

  /** Every label allowed. */
  static final int ANY = (1 << Labels.COUNT) - 1;

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
    double[] score = new double[n * c];
    int[] back = new int[n * c];
    double neg = Double.NEGATIVE_INFINITY;
    for (int y = 0; y < c; y++) {
      score[y] = Labels.START[y] && (allowed[0] & (1 << y)) != 0 ? trans[c * c + y] + em[y] : neg;
    }
    for (int t = 1; t < n; t++) {
      int mask = allowed[t];
      for (int y = 0; y < c; y++) {
        if ((mask & (1 << y)) == 0) {
          score[t * c + y] = neg;
          continue;
        }
        double best = neg;
        int arg = 0;
        for (int x = 0; x < c; x++) {
          double s = score[(t - 1) * c + x];
          if (s == neg || !Labels.ALLOWED[x][y]) {
            continue;
          }
          s += trans[x * c + y];
          if (s > best) {
            best = s;
            arg = x;
          }
        }
        score[t * c + y] = best == neg ? neg : best + em[t * c + y];
        back[t * c + y] = arg;
      }
    }
    double best = neg;
    int arg = -1;
    for (int y = 0; y < c; y++) {
      double s = score[(n - 1) * c + y];
      if (Labels.END[y] && s > best) {
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
   * Posterior probability of each label at each token, treating the scores divided by a
   * temperature as the log-potentials of a linear-chain model (forward-backward): how sure the
   * model is of a name. A perceptron's scores are not probabilities; the temperature, fitted on
   * development data, makes them behave like ones.
   */
  static double[] marginals(double[] em0, int n, double[] trans0, int[] allowed, double temperature) {
    int c = Labels.COUNT;
    double[] em = em0.clone();
    double[] trans = trans0.clone();
    for (int i = 0; i < n * c; i++) {
      em[i] /= temperature;
    }
    for (int i = 0; i < trans.length; i++) {
      trans[i] /= temperature;
    }
    double[] alpha = new double[n * c];
    double[] beta = new double[n * c];
    double neg = Double.NEGATIVE_INFINITY;
    for (int y = 0; y < c; y++) {
      alpha[y] = Labels.START[y] && (allowed[0] & (1 << y)) != 0 ? trans[c * c + y] + em[y] : neg;
    }
    double[] tmp = new double[c];
    for (int t = 1; t < n; t++) {
      for (int y = 0; y < c; y++) {
        if ((allowed[t] & (1 << y)) == 0) {
          alpha[t * c + y] = neg;
          continue;
        }
        for (int x = 0; x < c; x++) {
          tmp[x] = Labels.ALLOWED[x][y] ? alpha[(t - 1) * c + x] + trans[x * c + y] : neg;
        }
        alpha[t * c + y] = logSum(tmp) + em[t * c + y];
      }
    }
    for (int y = 0; y < c; y++) {
      beta[(n - 1) * c + y] = Labels.END[y] ? 0 : neg;
    }
    for (int t = n - 2; t >= 0; t--) {
      for (int x = 0; x < c; x++) {
        for (int y = 0; y < c; y++) {
          tmp[y] = Labels.ALLOWED[x][y] && (allowed[t + 1] & (1 << y)) != 0
              ? trans[x * c + y] + em[(t + 1) * c + y] + beta[(t + 1) * c + y] : neg;
        }
        beta[t * c + x] = logSum(tmp);
      }
    }
    double[] last = new double[c];
    for (int y = 0; y < c; y++) {
      last[y] = alpha[(n - 1) * c + y] + beta[(n - 1) * c + y];
    }
    double z = logSum(last);
    double[] p = new double[n * c];
    for (int i = 0; i < n * c; i++) {
      double v = alpha[i] + beta[i] - z;
      p[i] = v == neg ? 0 : Math.exp(v);
    }
    return p;
  }

  private static double logSum(double[] v) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      max = Math.max(max, x);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (double x : v) {
      if (x != Double.NEGATIVE_INFINITY) {
        s += Math.exp(x - max);
      }
    }
    return max + Math.log(s);
  }
}
