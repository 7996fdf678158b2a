package org.voxpop.enrich.entity.tagger;

/**
 * The posterior probability of each label at each token of one sentence (forward-backward over the
 * scores divided by a temperature, read as the log-potentials of a linear-chain model), computed
 * only as far as the tokens asked about need: the forward pass up to the last of them, the backward
 * pass down to the first. A sentence's names are usually a few of its tokens, so most of the two
 * passes is never needed; and a pass extended later gives the same numbers as one run at once, so
 * the answers do not depend on the order of the questions.
 *
 * <p>Computed in probability space with each token's scores shifted by their maximum and each step
 * rescaled, so no logarithm is needed. Not thread safe: one per sentence and reader.
 */
final class ForwardBackward {

  /**
   * Below this, a label's scaled score is taken as impossible: its potential would be under e^-60
   * of the best label's, far below what any probability we report can show.
   */
  static final double NEGLIGIBLE = -60;

  private static final int C = Labels.COUNT;

  private final double[] em;
  private final int n;
  private final double[] psi;
  private final int[] allowed;
  private final double temperature;

  /** Labels whose scaled score is under this are dropped (see {@link #NEGLIGIBLE}). */
  private double cutoff;

  private final double[] phi;

  /** Whether {@code phi} of each token is computed. */
  private final boolean[] phiDone;

  private final double[] alpha;
  private final double[] beta;

  /** Tokens {@code 0..alphaTo} have their forward values. */
  private int alphaTo = -1;

  /** Tokens {@code betaFrom..n-1} have their backward values. */
  private int betaFrom;

  /**
   * @param em emission score of each label at each token, {@code em[t * COUNT + label]}
   * @param n number of tokens
   * @param psi transition potentials (see {@link Viterbi#potentials})
   * @param allowed bit mask of the labels allowed at each token
   */
  ForwardBackward(double[] em, int n, double[] psi, int[] allowed, double temperature) {
    this.em = em;
    this.n = n;
    this.psi = psi;
    this.allowed = allowed;
    this.temperature = temperature;
    this.phi = new double[n * C];
    this.phiDone = new boolean[n];
    this.alpha = new double[n * C];
    this.beta = new double[n * C];
    this.betaFrom = n;
    this.cutoff = NEGLIGIBLE;
    if (!anyNegligible()) {
      // Nothing to drop: the passes need not be checked for a legal path up front.
      return;
    }
    // Dropping negligible labels token by token can leave no legal path at all (a sure "O" before
    // a sure "I-" of a name): then every label is kept, as if nothing were negligible.
    if (!forwardChecked()) {
      cutoff = Double.NEGATIVE_INFINITY;
      java.util.Arrays.fill(phiDone, false);
      java.util.Arrays.fill(phi, 0);
      java.util.Arrays.fill(alpha, 0);
      alphaTo = -1;
    }
  }

  /** The probability of {@code label} at token {@code t}. */
  double probability(int t, int label) {
    extendTo(t);
    double z = 0;
    for (int y = 0; y < C; y++) {
      z += alpha[t * C + y] * beta[t * C + y];
    }
    double p = alpha[t * C + label] * beta[t * C + label];
    return z > 0 ? p / z : p;
  }

  /** Every label's probability at every token, {@code p[t * COUNT + label]}. */
  double[] all() {
    double[] p = new double[n * C];
    if (n == 0) {
      return p;
    }
    extendTo(0);
    extendTo(n - 1);
    for (int t = 0; t < n; t++) {
      double z = 0;
      for (int y = 0; y < C; y++) {
        p[t * C + y] = alpha[t * C + y] * beta[t * C + y];
        z += p[t * C + y];
      }
      if (z > 0) {
        for (int y = 0; y < C; y++) {
          p[t * C + y] /= z;
        }
      }
    }
    return p;
  }

  private void extendTo(int t) {
    while (alphaTo < t) {
      forward(alphaTo + 1);
    }
    while (betaFrom > t) {
      backward(betaFrom - 1);
    }
  }

  /** Whether some allowed label of some token falls under the cutoff. */
  private boolean anyNegligible() {
    for (int t = 0; t < n; t++) {
      double max = max(t);
      for (int y = 0; y < C; y++) {
        if ((allowed[t] & (1 << y)) != 0 && (em[t * C + y] - max) / temperature < cutoff) {
          return true;
        }
      }
    }
    return false;
  }

  /** The whole forward pass; false when the dropped labels leave no legal path. */
  private boolean forwardChecked() {
    for (int t = 0; t < n; t++) {
      if (!forward(t)) {
        return false;
      }
    }
    boolean ends = false;
    for (int y = 0; y < C; y++) {
      ends |= Labels.END[y] && alpha[(n - 1) * C + y] > 0;
    }
    return ends;
  }

  private double max(int t) {
    double max = Double.NEGATIVE_INFINITY;
    for (int y = 0; y < C; y++) {
      if ((allowed[t] & (1 << y)) != 0) {
        max = Math.max(max, em[t * C + y]);
      }
    }
    return max;
  }

  private void phi(int t) {
    if (phiDone[t]) {
      return;
    }
    double max = max(t);
    for (int y = 0; y < C; y++) {
      if ((allowed[t] & (1 << y)) != 0) {
        double d = (em[t * C + y] - max) / temperature;
        phi[t * C + y] = d < cutoff ? 0 : Math.exp(d);
      }
    }
    phiDone[t] = true;
  }

  /** The forward values of token {@code t}; false when they are all 0. */
  private boolean forward(int t) {
    phi(t);
    if (t == 0) {
      for (int y = 0; y < C; y++) {
        alpha[y] = psi[C * C + y] * phi[y];
      }
    } else {
      for (int y = 0; y < C; y++) {
        if (phi[t * C + y] == 0) {
          continue;
        }
        double sum = 0;
        for (int x : Viterbi.before(y)) {
          sum += alpha[(t - 1) * C + x] * psi[x * C + y];
        }
        alpha[t * C + y] = sum * phi[t * C + y];
      }
    }
    alphaTo = t;
    return normalise(alpha, t * C);
  }

  /** The backward values of token {@code t}. */
  private void backward(int t) {
    if (t == n - 1) {
      for (int y = 0; y < C; y++) {
        beta[t * C + y] = Labels.END[y] ? 1 : 0;
      }
      betaFrom = t;
      return;
    }
    phi(t);
    phi(t + 1);
    int next = (t + 1) * C;
    // Each next label's potential times its backward value, once rather than once per pair.
    double[] w = next(t + 1);
    for (int x = 0; x < C; x++) {
      if (phi[t * C + x] == 0) {
        // The label is impossible here: its alpha is 0 and its phi keeps it out of the sums one
        // step back, so its beta is never read.
        continue;
      }
      double sum = 0;
      for (int y : Viterbi.after(x)) {
        sum += psi[x * C + y] * w[y];
      }
      beta[t * C + x] = sum;
    }
    normalise(beta, t * C);
    betaFrom = t;
  }

  /** {@code phi * beta} of token {@code u}'s labels, in a buffer reused from step to step. */
  private double[] next(int u) {
    for (int y = 0; y < C; y++) {
      double v = phi[u * C + y];
      // Zero where the label is impossible, whatever its backward value.
      step[y] = v != 0 ? v * beta[u * C + y] : 0;
    }
    return step;
  }

  private final double[] step = new double[C];

  /** Scales {@code v[from..from + COUNT)} to sum to 1; false when it is all 0. */
  private static boolean normalise(double[] v, int from) {
    double z = 0;
    for (int i = from; i < from + C; i++) {
      z += v[i];
    }
    if (z > 0) {
      for (int i = from; i < from + C; i++) {
        v[i] /= z;
      }
    }
    return z > 0;
  }
}
