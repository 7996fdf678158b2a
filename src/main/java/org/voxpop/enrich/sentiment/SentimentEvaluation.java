package org.voxpop.enrich.sentiment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Evaluates sentiment against human ratings in the VADER ground-truth format: one line per item,
 * {@code id TAB human-mean TAB text} (human mean on -4..4), LF or CRLF line ends.
 *
 * <p>Prints the number of items, the Pearson correlation of the document compound with the human
 * mean, and the 3-class macro F1 where the system class is {@link SentimentLabel#of} the compound
 * (±0.05) and the gold class is the human mean against ±0.5, with the confusion counts; the last
 * line is {@code pearson: 0.xxx}.
 */
public final class SentimentEvaluation {
  private SentimentEvaluation() {}

  /** Gold-class threshold on the human mean (-4..4). */
  public static final double GOLD_THRESHOLD = 0.5;

  /**
   * One ground-truth item.
   *
   * @param id the item id (first column)
   * @param human mean human rating, -4..4
   * @param text the rated text
   */
  public record Item(String id, double human, String text) {}

  /**
   * Outcome of an evaluation.
   *
   * @param count items scored
   * @param pearson Pearson r of system score vs human mean
   * @param macroF1 3-class macro F1
   * @param confusion {@code confusion[gold][system]}, classes in {@link SentimentLabel} order
   */
  public record Result(int count, double pearson, double macroF1, int[][] confusion) {}

  /** Reads a ground-truth file; a malformed line is an {@link IllegalArgumentException}. */
  public static List<Item> read(Path file) throws IOException {
    List<Item> items = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        int t1 = line.indexOf('\t');
        int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
        if (t2 < 0) {
          throw new IllegalArgumentException(file + ":" + no + ": expected id TAB mean TAB text");
        }
        double human;
        try {
          human = Double.parseDouble(line.substring(t1 + 1, t2).trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              file + ":" + no + ": not a number: " + line.substring(t1 + 1, t2), e);
        }
        items.add(new Item(line.substring(0, t1).trim(), human, line.substring(t2 + 1)));
      }
    }
    return items;
  }

  /** Scores the items with the bundled scorer and reports on {@code out}. */
  public static Result evaluate(List<Item> items, PrintWriter out, Path output) throws IOException {
    SentimentScorer scorer = SentimentScorer.create();
    return evaluate(items, it -> scorer.score(it.text()).compound(), out, output);
  }

  /** Scores the items with any scoring function and reports on {@code out}. */
  public static Result evaluate(
      List<Item> items, ToDoubleFunction<Item> system, PrintWriter out, Path output)
      throws IOException {
    double[] sys = new double[items.size()];
    double[] gold = new double[items.size()];
    for (int i = 0; i < sys.length; i++) {
      sys[i] = system.applyAsDouble(items.get(i));
      gold[i] = items.get(i).human();
    }
    if (output != null) {
      try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        for (int i = 0; i < sys.length; i++) {
          w.write(items.get(i).id() + "\t" + String.format(Locale.ROOT, "%.4f", sys[i]) + "\n");
        }
      }
    }
    Result res = metrics(sys, gold);
    String[] names = {"negative", "neutral", "positive"};
    out.println(String.format(Locale.ROOT, "items: %d", res.count()));
    out.println(
        "confusion (rows gold by human mean ±"
            + GOLD_THRESHOLD
            + ", columns system by compound ±"
            + SentimentLabel.THRESHOLD
            + "):");
    out.println(String.format(Locale.ROOT, "%-10s %9s %9s %9s", "", names[0], names[1], names[2]));
    for (int g = 0; g < 3; g++) {
      int[] row = res.confusion()[g];
      out.println(
          String.format(Locale.ROOT, "%-10s %9d %9d %9d", names[g], row[0], row[1], row[2]));
    }
    out.println(String.format(Locale.ROOT, "macro-f1: %.3f", res.macroF1()));
    out.println(String.format(Locale.ROOT, "pearson: %.3f", res.pearson()));
    out.flush();
    return res;
  }

  static int goldClass(double human) {
    return human >= GOLD_THRESHOLD ? 2 : human <= -GOLD_THRESHOLD ? 0 : 1;
  }

  /** Pearson r and 3-class macro F1 of system scores (-1..1) against human means (-4..4). */
  public static Result metrics(double[] sys, double[] gold) {
    int[][] conf = new int[3][3];
    for (int i = 0; i < sys.length; i++) {
      conf[goldClass(gold[i])][SentimentLabel.of(sys[i]).ordinal()]++;
    }
    double f1sum = 0;
    for (int c = 0; c < 3; c++) {
      int tp = conf[c][c];
      int predicted = conf[0][c] + conf[1][c] + conf[2][c];
      int actual = conf[c][0] + conf[c][1] + conf[c][2];
      double p = predicted == 0 ? 0 : (double) tp / predicted;
      double r = actual == 0 ? 0 : (double) tp / actual;
      f1sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    return new Result(sys.length, pearson(sys, gold), f1sum / 3, conf);
  }

  /** Pearson correlation; 0 when either side has no variance. */
  public static double pearson(double[] x, double[] y) {
    int n = x.length;
    if (n == 0) {
      return 0;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  /** Command-line use: {@code FILE [--output OUT]}; also reports the mean-of-sentences variant. */
  public static void main(String[] args) throws IOException {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Path output = args.length > 2 && args[1].equals("--output") ? Path.of(args[2]) : null;
    List<Item> items = read(Path.of(args[0]));
    if (Boolean.getBoolean("voxpop.compareAggregation")) {
      SentimentScorer s = SentimentScorer.create();
      out.println("-- token-weighted mean of sentence compounds:");
      evaluate(items, it -> s.meanOfSentences(it.text()), out, null);
      out.println("-- document compound (all token valences summed, the default):");
    }
    evaluate(items, out, output);
  }
}
