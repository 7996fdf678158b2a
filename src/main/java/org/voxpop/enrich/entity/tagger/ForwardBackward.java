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

  /** The best allowed score of each token. */
  private final double[] maxes;

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
    this(em, n, new Potentials(psi), allowed, temperature);
  }

  /**
   * As {@link #ForwardBackward(double[], int, double[], int[], double)}, with the potentials'
   * tables.
   */
  ForwardBackward(double[] em, int n, Potentials potentials, int[] allowed, double temperature) {
    this.em = em;
    this.n = n;
    this.psi = potentials.psi;
    this.toOpener = potentials.toOpener;
    this.fromCloser = potentials.fromCloser;
    this.allowed = allowed;
    this.temperature = temperature;
    this.phi = new double[n * C];
    this.maxes = new double[n];
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

  /**
   * Whether some allowed label of some token falls under the cutoff. Each token's best score is
   * kept for {@link #phi}.
   */
  private boolean anyNegligible() {
    // A difference above this is surely not under the cutoff once divided by the temperature (the
    // factor leaves room for rounding), so only the rare ones near it need the division.
    double sure = cutoff * temperature * (1 - 1e-6);
    boolean any = false;
    for (int t = 0; t < n; t++) {
      double max = max(t);
      maxes[t] = max;
      for (int y = 0; y < C; y++) {
        double d = em[t * C + y] - max;
        if (d <= sure && (allowed[t] & (1 << y)) != 0 && d / temperature < cutoff) {
          any = true;
        }
      }
    }
    return any;
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
    double max = maxes[t];
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
      // Each label's sum over its predecessors in ascending order, as the recurrence reads.
      int p = (t - 1) * C;
      int cur = t * C;
      double[] ax = step;
      for (int i = 0; i < NC; i++) {
        ax[i] = alpha[p + CLOSERS[i]];
      }
      for (int j = 0; j < NO; j++) {
        int y = OPENERS[j];
        if (phi[cur + y] == 0) {
          continue;
        }
        double sum = 0;
        int row = j * NC;
        for (int i = 0; i < NC; i++) {
          sum += ax[i] * toOpener[row + i];
        }
        alpha[cur + y] = sum * phi[cur + y];
      }
      for (int b = 1; b < C; b += 4) {
        // B, I, L of one type: I and L follow B or I.
        double ab = alpha[p + b];
        double ai = alpha[p + b + 1];
        if (phi[cur + b + 1] != 0) {
          double sum = 0;
          sum += ab * psi[b * C + b + 1];
          sum += ai * psi[(b + 1) * C + b + 1];
          alpha[cur + b + 1] = sum * phi[cur + b + 1];
        }
        if (phi[cur + b + 2] != 0) {
          double sum = 0;
          sum += ab * psi[b * C + b + 2];
          sum += ai * psi[(b + 1) * C + b + 2];
          alpha[cur + b + 2] = sum * phi[cur + b + 2];
        }
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
    // Each next label's potential times its backward value, once rather than once per pair.
    double[] w = next(t + 1);
    int cur = t * C;
    double[] wo = step2;
    for (int j = 0; j < NO; j++) {
      wo[j] = w[OPENERS[j]];
    }
    // A label that is impossible here keeps beta 0: its alpha is 0 and its phi keeps it out of the
    // sums one step back, so its beta is never read.
    for (int i = 0; i < NC; i++) {
      int x = CLOSERS[i];
      if (phi[cur + x] == 0) {
        continue;
      }
      double sum = 0;
      int row = i * NO;
      for (int j = 0; j < NO; j++) {
        sum += fromCloser[row + j] * wo[j];
      }
      beta[cur + x] = sum;
    }
    for (int b = 1; b < C; b += 4) {
      // B and I of one type go on to I or L of it.
      double wi = w[b + 1];
      double wl = w[b + 2];
      for (int x = b; x <= b + 1; x++) {
        if (phi[cur + x] != 0) {
          double sum = 0;
          sum += psi[x * C + b + 1] * wi;
          sum += psi[x * C + b + 2] * wl;
          beta[cur + x] = sum;
        }
      }
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
  private final double[] step2 = new double[C];

  private static final int[] OPENERS = Labels.OPENERS;
  private static final int[] CLOSERS = Labels.CLOSERS;
  private static final int NO = OPENERS.length;
  private static final int NC = CLOSERS.length;

  static {
    // The loops above are written for BILOU: openers follow exactly the closers, and the I and L
    // of a type follow exactly its B and I.
    for (int y = 0; y < C; y++) {
      int[] expected =
          Labels.START[y]
              ? CLOSERS
              : new int[] {y - Labels.part(y) + Labels.B, y - Labels.part(y) + Labels.I};
      if (!java.util.Arrays.equals(Viterbi.before(y), expected)) {
        throw new AssertionError("label " + y + " has other predecessors than BILOU gives");
      }
    }
  }

  /** {@code psi[closer][opener]}, a row of closers for each opener. */
  private final double[] toOpener;

  /** {@code psi[closer][opener]}, a row of openers for each closer. */
  private final double[] fromCloser;

  /**
   * Transition potentials with the tables the passes read them from, made once per model rather
   * than for every sentence. Immutable.
   */
  static final class Potentials {
    final double[] psi;
    final double[] toOpener = new double[NO * NC];
    final double[] fromCloser = new double[NC * NO];

    /**
     * @param psi transition potentials (see {@link Viterbi#potentials})
     */
    Potentials(double[] psi) {
      this.psi = psi;
      for (int j = 0; j < NO; j++) {
        for (int i = 0; i < NC; i++) {
          double v = psi[CLOSERS[i] * C + OPENERS[j]];
          toOpener[j * NC + i] = v;
          fromCloser[i * NO + j] = v;
        }
      }
    }
  }

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
