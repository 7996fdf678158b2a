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
    return decode(em, n, trans, allowed, new Work());
  }

  /**
   * The score and back-pointer arrays of decoding, kept from sentence to sentence of a document
   * rather than made afresh for each: decoding writes every entry it reads. Not thread safe.
   */
  static final class Work {
    private double[] score = new double[0];
    private int[] back = new int[0];

    private void fit(int size) {
      if (score.length < size) {
        score = new double[Math.max(size, 2 * score.length)];
        back = new int[score.length];
      }
    }
  }

  /** As {@link #decode(double[], int, double[], int[])}, in {@code work}'s arrays. */
  static int[] decode(double[] em, int n, double[] trans, int[] allowed, Work work) {
    int c = Labels.COUNT;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    // A very low finite score stands for "impossible", so the inner loop needs no test.
    final double impossible = -1e300;
    work.fit(n * c);
    double[] score = work.score;
    int[] back = work.back;
    for (int y = 0; y < c; y++) {
      score[y] =
          Labels.START[y] && (allowed[0] & (1 << y)) != 0 ? trans[c * c + y] + em[y] : impossible;
    }
    // The transition scores in the order the loop reads them: closers into each opener, then the
    // B and I of each type into its I and L (the BILOU predecessors, see ForwardBackward).
    int[] openers = Labels.OPENERS;
    int[] closers = Labels.CLOSERS;
    int no = openers.length;
    int nc = closers.length;
    double[] tb = new double[no * nc];
    for (int j = 0; j < no; j++) {
      for (int i = 0; i < nc; i++) {
        tb[j * nc + i] = trans[closers[i] * c + openers[j]];
      }
    }
    double[] sx = new double[nc];
    for (int t = 1; t < n; t++) {
      int mask = allowed[t];
      int prev = (t - 1) * c;
      int cur = t * c;
      for (int i = 0; i < nc; i++) {
        sx[i] = score[prev + closers[i]];
      }
      for (int j = 0; j < no; j++) {
        int y = openers[j];
        if ((mask & (1 << y)) == 0) {
          score[cur + y] = impossible;
          continue;
        }
        int row = j * nc;
        int arg = 0;
        double best = sx[0] + tb[row];
        for (int i = 1; i < nc; i++) {
          double s = sx[i] + tb[row + i];
          // Written to compile to conditional moves: which predecessor wins is unpredictable.
          boolean better = s > best;
          best = better ? s : best;
          arg = better ? i : arg;
        }
        score[cur + y] = best + em[cur + y];
        back[cur + y] = closers[arg];
      }
      for (int b = 1; b < c; b += 4) {
        // I and L of a type follow its B or I.
        double sb = score[prev + b];
        double si = score[prev + b + 1];
        for (int y = b + 1; y <= b + 2; y++) {
          if ((mask & (1 << y)) == 0) {
            score[cur + y] = impossible;
            continue;
          }
          double fromB = sb + trans[b * c + y];
          double fromI = si + trans[(b + 1) * c + y];
          boolean better = fromI > fromB;
          score[cur + y] = (better ? fromI : fromB) + em[cur + y];
          back[cur + y] = better ? b + 1 : b;
        }
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
   * How far "no name" must lead each label at a token for a sentence to be all {@code O} without
   * decoding, {@code COUNT} values for the first token then {@code COUNT} for the others: the most
   * a label can gain over staying outside a name from the transition into it, plus, for a label
   * that ends a name, from the transition out of it back to O. Every transition of a sequence with
   * a name that differs from the all-O one's is into a name label or out of one into O, so when
   * each token's O score leads every other label by more than that label's margin, any sequence
   * with a name scores strictly less than the all-O one: this is exact, not a pruning heuristic. It
   * spares the search for sentences of plain words; a capitalised word usually fails it.
   */
  static double[] sureOutsideMargins(double[] trans) {
    int c = Labels.COUNT;
    double[] m = new double[2 * c];
    double stay = trans[Labels.O * c + Labels.O];
    for (int y = 0; y < c; y++) {
      if (y == Labels.O) {
        continue;
      }
      double out = Labels.ALLOWED[y][Labels.O] ? Math.max(0, trans[y * c + Labels.O] - stay) : 0;
      m[y] =
          Labels.START[y]
              ? trans[c * c + y] - trans[c * c + Labels.O] + out
              : Double.NEGATIVE_INFINITY;
      double in = Double.NEGATIVE_INFINITY;
      for (int x = 0; x < c; x++) {
        if (Labels.ALLOWED[x][y]) {
          in = Math.max(in, trans[x * c + y] - stay);
        }
      }
      m[c + y] = in + out;
    }
    return m;
  }

  /**
   * As {@link #decode(double[], int, double[], int[], Work)}, answering "no name anywhere" at once
   * when every token's O score leads each other label by more than its margin (see {@link
   * #sureOutsideMargins}).
   */
  static int[] decode(
      double[] em, int n, double[] trans, int[] allowed, double[] margins, Work work) {
    int c = Labels.COUNT;
    for (int t = 0; t < n; t++) {
      if ((allowed[t] & (1 << Labels.O)) == 0) {
        return decode(em, n, trans, allowed, work);
      }
      double o = em[t * c + Labels.O];
      int m = t == 0 ? 0 : c;
      for (int y = 0; y < c; y++) {
        if (y != Labels.O
            && (allowed[t] & (1 << y)) != 0
            && em[t * c + y] - o + margins[m + y] >= 0) {
          return decode(em, n, trans, allowed, work);
        }
      }
    }
    int[] out = new int[n];
    java.util.Arrays.fill(out, Labels.O);
    return out;
  }

  /**
   * Posterior probability of each label at each token (see {@link ForwardBackward}), all at once.
   */
  static double[] marginals(double[] em, int n, double[] psi, int[] allowed, double temperature) {
    return new ForwardBackward(em, n, psi, allowed, temperature).all();
  }

  /** The labels that may precede {@code y}, ascending. Shared: do not write to it. */
  static int[] before(int y) {
    return BEFORE[y];
  }

  /** The labels that may follow {@code x}, ascending. Shared: do not write to it. */
  static int[] after(int x) {
    return AFTER[x];
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
}
