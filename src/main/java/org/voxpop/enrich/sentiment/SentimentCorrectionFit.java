package org.voxpop.enrich.sentiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fits {@link SentimentCorrection}: ridge regression of human mean / 4 on the rule features, with
 * k-fold cross-validation over the union of the given ground-truth files (each file split into the
 * same k folds, so every fold holds tweets and reviews; each file weighs the same). Prints
 * cross-validated Pearson and macro F1 per file, rules alone vs corrected, then writes the weights
 * fitted on all data.
 *
 * <p>Usage: {@code SentimentCorrectionFit OUT.tsv FILE...}, e.g. {@code weights.tsv
 * tweets_GroundTruth.txt movieReviewSnippets_GroundTruth.txt} (the VADER ground-truth files). The
 * weights are not bundled: the product does not use the correction.
 */
public final class SentimentCorrectionFit {
  private SentimentCorrectionFit() {}

  static final int FOLDS = 10;
  static final double LAMBDA = 1.0;

  /**
   * Factor on the regression's output (human mean / 4 scale) before the ±0.05 labels. Left at 1:
   * factors from 0.5 to 1.5 move cross-validated macro F1 by less than 0.02 and Pearson r not at
   * all (print them with {@code -Dscales=true}), so nothing is tuned here.
   */
  static final double OUTPUT_SCALE = 1.0;

  /** Fits, cross-validates and writes the weights. */
  public static void main(String[] args) throws IOException {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Path weightsOut = Path.of(args[0]);
    SentimentScorer scorer = SentimentScorer.create();
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Integer> set = new ArrayList<>();
    List<Integer> fold = new ArrayList<>();
    List<Double> rules = new ArrayList<>();
    List<Boolean> opinionated = new ArrayList<>();
    Random rnd = new Random(42);
    for (int f = 1; f < args.length; f++) {
      List<SentimentEvaluation.Item> items = SentimentEvaluation.read(Path.of(args[f]));
      int[] perm = shuffled(items.size(), rnd);
      for (int i = 0; i < items.size(); i++) {
        SentimentScorer.Detailed d = scorer.analyse(items.get(i).text());
        xs.add(d.features());
        ys.add(items.get(i).human() / 4.0);
        set.add(f);
        fold.add(perm[i] % FOLDS);
        rules.add(d.sentiment.compound());
        opinionated.add(d.sentiment.positive() != 0 || d.sentiment.negative() != 0);
      }
    }
    int n = xs.size();
    // each file weighs the same in the fit, so the larger set does not set the compromise
    double[] sw = new double[n];
    int[] perSet = new int[args.length];
    for (int i = 0; i < n; i++) {
      perSet[set.get(i)]++;
    }
    for (int i = 0; i < n; i++) {
      sw[i] = (double) n / ((args.length - 1) * perSet[set.get(i)]);
    }
    double[] cv = new double[n];
    for (int k = 0; k < FOLDS; k++) {
      List<double[]> tx = new ArrayList<>();
      List<Double> ty = new ArrayList<>();
      List<Double> tw = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold.get(i) != k) {
          tx.add(xs.get(i));
          ty.add(ys.get(i));
          tw.add(sw[i]);
        }
      }
      SentimentCorrection m =
          new SentimentCorrection(
              ridge(tx, ty, tw.stream().mapToDouble(Double::doubleValue).toArray(), LAMBDA));
      for (int i = 0; i < n; i++) {
        if (fold.get(i) == k) {
          // as in SentimentScorer: text without sentiment words stays at 0
          cv[i] =
              opinionated.get(i)
                  ? Math.max(-1, Math.min(1, m.apply(xs.get(i)) * OUTPUT_SCALE))
                  : 0.0;
        }
      }
    }
    for (int f = 1; f < args.length; f++) {
      List<Double> gold = new ArrayList<>();
      List<Double> r = new ArrayList<>();
      List<Double> c = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (set.get(i) == f) {
          gold.add(ys.get(i) * 4);
          r.add(rules.get(i));
          c.add(cv[i]);
        }
      }
      SentimentEvaluation.Result rr = SentimentEvaluation.metrics(arr(r), arr(gold));
      if (Boolean.getBoolean("scales")) {
        for (double sc : new double[] {0.5, 0.7, 0.8, 0.85, 0.9, 1.0, 1.5}) {
          double[] scaled =
              c.stream()
                  .mapToDouble(v -> Math.max(-1, Math.min(1, v / OUTPUT_SCALE * sc)))
                  .toArray();
          SentimentEvaluation.Result x = SentimentEvaluation.metrics(scaled, arr(gold));
          out.println(
              String.format(
                  Locale.ROOT, "  scale %.2f: pearson %.3f f1 %.3f", sc, x.pearson(), x.macroF1()));
        }
      }
      SentimentEvaluation.Result cr = SentimentEvaluation.metrics(arr(c), arr(gold));
      out.println(
          String.format(
              Locale.ROOT,
              "%s: n=%d rules pearson %.3f f1 %.3f | corrected (%d-fold CV) pearson %.3f f1 %.3f",
              Path.of(args[f]).getFileName(),
              gold.size(),
              rr.pearson(),
              rr.macroF1(),
              FOLDS,
              cr.pearson(),
              cr.macroF1()));
    }
    double[] w = ridge(xs, ys, sw, LAMBDA);
    for (int i = 0; i < w.length; i++) {
      w[i] *= OUTPUT_SCALE;
    }
    StringWriter text = new StringWriter();
    text.write(
        "# SentimentCorrection weights: feature TAB weight; fitted by SentimentCorrectionFit\n");
    text.write(
        "# (ridge lambda "
            + LAMBDA
            + ", target human mean / 4, files weighted equally, "
            + n
            + " items, output scale "
            + OUTPUT_SCALE
            + " folded into the weights)\n");
    for (int i = 0; i < SentimentCorrection.FEATURE_NAMES.length; i++) {
      text.write(
          SentimentCorrection.FEATURE_NAMES[i]
              + "\t"
              + String.format(Locale.ROOT, "%.6f", w[i])
              + "\n");
    }
    text.write("intercept\t" + String.format(Locale.ROOT, "%.6f", w[w.length - 1]) + "\n");
    Files.writeString(weightsOut, text.toString(), StandardCharsets.UTF_8);
    out.println("weights written to " + weightsOut);
  }

  private static int[] shuffled(int n, Random rnd) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static double[] arr(List<Double> l) {
    return l.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Ridge regression with an unpenalised intercept (last weight), by normal equations. */
  static double[] ridge(List<double[]> x, List<Double> y, double lambda) {
    double[] ones = new double[x.size()];
    java.util.Arrays.fill(ones, 1.0);
    return ridge(x, y, ones, lambda);
  }

  /** Weighted ridge regression: item {@code i} counts {@code sw[i]} times. */
  static double[] ridge(List<double[]> x, List<Double> y, double[] sw, double lambda) {
    int d = x.get(0).length + 1;
    double[][] a = new double[d][d + 1];
    for (int i = 0; i < x.size(); i++) {
      double[] row = new double[d];
      System.arraycopy(x.get(i), 0, row, 0, d - 1);
      row[d - 1] = 1;
      for (int p = 0; p < d; p++) {
        for (int q = 0; q < d; q++) {
          a[p][q] += sw[i] * row[p] * row[q];
        }
        a[p][d] += sw[i] * row[p] * y.get(i);
      }
    }
    for (int p = 0; p < d - 1; p++) {
      a[p][p] += lambda;
    }
    // Gaussian elimination with partial pivoting
    for (int c = 0; c < d; c++) {
      int piv = c;
      for (int r = c + 1; r < d; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
          piv = r;
        }
      }
      double[] t = a[c];
      a[c] = a[piv];
      a[piv] = t;
      for (int r = 0; r < d; r++) {
        if (r != c && a[c][c] != 0) {
          double f = a[r][c] / a[c][c];
          for (int k = c; k <= d; k++) {
            a[r][k] -= f * a[c][k];
          }
        }
      }
    }
    double[] w = new double[d];
    for (int p = 0; p < d; p++) {
      w[p] = a[p][p] == 0 ? 0 : a[p][d] / a[p][p];
    }
    return w;
  }
}
