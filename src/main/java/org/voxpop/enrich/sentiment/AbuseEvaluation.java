package org.voxpop.enrich.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Evaluates the abuse score and its kinds on JSON lines with a {@code text} and a 0/1 {@code label}
 * (1 = hateful), the format of the Fox News comments corpus. Prints the labels of each {@link
 * AbuseKind} per class, the identity-attack AUC, the abuse AUC without the lexicon rows read off
 * the Fox comments, how often profanity alone is likely abuse, counts, the mean score per class,
 * the label distribution at the {@link AbuseLabel} thresholds, and last {@code auc: 0.xxx}, the ROC
 * AUC of the abuse score against the label (ties count one half).
 */
public final class AbuseEvaluation {
  private AbuseEvaluation() {}

  /**
   * One labelled text.
   *
   * @param id 1-based line number in the file
   * @param text the comment text
   * @param hateful whether the label is 1
   */
  public record Item(String id, String text, boolean hateful) {}

  /**
   * Outcome of an evaluation.
   *
   * @param count items scored
   * @param positives items labelled hateful
   * @param auc ROC AUC of the abuse score against the label
   * @param identityAttackAuc ROC AUC of the {@link AbuseKind#IDENTITY_ATTACK} score against the
   *     label
   * @param aucWithoutFoxRows ROC AUC of the abuse score with the lexicon rows that were read off
   *     the Fox News comments left out
   * @param profanityOnly items with profanity at {@link AbuseLabel#POSSIBLE} or above and no other
   *     kind at POSSIBLE or above
   * @param profanityOnlyLikely how many of those the abuse label calls {@link AbuseLabel#LIKELY}
   */
  public record Result(
      int count,
      int positives,
      double auc,
      double identityAttackAuc,
      double aucWithoutFoxRows,
      int profanityOnly,
      int profanityOnlyLikely) {}

  /** Reads JSON lines; a line without text or label is an {@link IllegalArgumentException}. */
  public static List<Item> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
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
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(file + ":" + no + ": not JSON: " + e.getMessage(), e);
        }
        JsonNode text = node.get("text");
        JsonNode label = node.get("label");
        if (text == null || label == null || !label.canConvertToInt()) {
          throw new IllegalArgumentException(file + ":" + no + ": expected \"text\" and \"label\"");
        }
        items.add(new Item(Integer.toString(no), text.asText(), label.asInt() == 1));
      }
    }
    return items;
  }

  /**
   * Scores the items with the bundled scorer, as indexing does (with the text's sentiment scored
   * first), and reports on {@code out}: per-class means, labels, how each kind is labelled per
   * class, the ROC AUC of the identity-attack score, the abuse AUC without the lexicon rows read
   * off the Fox News comments, how often profanity alone is labelled likely abuse, and last {@code
   * auc: 0.xxx}, the ROC AUC of the abuse score. The label says hateful or not, so the insult,
   * profanity and threat scores get no AUC of their own: only their labels are counted.
   */
  public static Result evaluate(List<Item> items, PrintWriter out, Path output) throws IOException {
    SentimentScorer sentiment = SentimentScorer.create();
    List<AbuseScore> scores = score(items, AbuseScorer.create(), sentiment);
    List<AbuseScore> general = score(items, AbuseScorer.withoutFoxRows(), sentiment);
    int n = items.size();
    boolean[] y = new boolean[n];
    double[] abuse = new double[n];
    double[] identity = new double[n];
    double[] withoutFox = new double[n];
    int[][][] kindLabels = new int[AbuseKind.values().length][2][AbuseLabel.values().length];
    int profanityOnly = 0;
    int profanityOnlyLikely = 0;
    for (int i = 0; i < n; i++) {
      AbuseScore a = scores.get(i);
      y[i] = items.get(i).hateful();
      abuse[i] = a.score();
      identity[i] = a.kinds().identityAttack();
      withoutFox[i] = general.get(i).score();
      for (AbuseKind k : AbuseKind.values()) {
        kindLabels[k.ordinal()][y[i] ? 1 : 0][a.kinds().label(k).ordinal()]++;
      }
      if (profanityOnly(a.kinds())) {
        profanityOnly++;
        if (a.label() == AbuseLabel.LIKELY) {
          profanityOnlyLikely++;
        }
      }
    }
    out.println(
        String.format(
            Locale.ROOT, "%-16s %-8s %6s %9s %7s", "kind", "", "NONE", "POSSIBLE", "LIKELY"));
    for (AbuseKind k : AbuseKind.values()) {
      for (int c = 1; c >= 0; c--) {
        int[] l = kindLabels[k.ordinal()][c];
        out.println(
            String.format(
                Locale.ROOT,
                "%-16s %-8s %6d %9d %7d",
                k.dimension(),
                c == 1 ? "hateful" : "other",
                l[0],
                l[1],
                l[2]));
      }
    }
    out.println(
        String.format(
            Locale.ROOT,
            "profanity only (no other kind possible): %d, likely abuse: %d",
            profanityOnly,
            profanityOnlyLikely));
    double identityAuc = auc(identity, y);
    double generalAuc = auc(withoutFox, y);
    out.println(String.format(Locale.ROOT, "identity_attack auc: %.3f", identityAuc));
    out.println(
        String.format(
            Locale.ROOT,
            "auc without the lexicon rows read off the Fox comments: %.3f",
            generalAuc));
    Result r = evaluate(items, abuse, out, output);
    return new Result(
        r.count(),
        r.positives(),
        r.auc(),
        identityAuc,
        generalAuc,
        profanityOnly,
        profanityOnlyLikely);
  }

  /** Swearing and nothing else: profanity labelled, every other kind {@link AbuseLabel#NONE}. */
  static boolean profanityOnly(AbuseKinds k) {
    return k.label(AbuseKind.PROFANITY) != AbuseLabel.NONE
        && k.label(AbuseKind.IDENTITY_ATTACK) == AbuseLabel.NONE
        && k.label(AbuseKind.INSULT) == AbuseLabel.NONE
        && k.label(AbuseKind.THREAT) == AbuseLabel.NONE;
  }

  private static List<AbuseScore> score(
      List<Item> items, AbuseScorer scorer, SentimentScorer sentiment) {
    List<AbuseScore> out = new ArrayList<>(items.size());
    for (Item it : items) {
      out.add(scorer.score(it.text(), sentiment.score(it.text())));
    }
    return out;
  }

  /** Scores the items with any function and reports on {@code out}. */
  public static Result evaluate(
      List<Item> items, ToDoubleFunction<Item> system, PrintWriter out, Path output)
      throws IOException {
    double[] s = new double[items.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = system.applyAsDouble(items.get(i));
    }
    return evaluate(items, s, out, output);
  }

  private static Result evaluate(List<Item> items, double[] s, PrintWriter out, Path output)
      throws IOException {
    boolean[] y = new boolean[items.size()];
    int pos = 0;
    double sumPos = 0;
    double sumNeg = 0;
    int[][] byLabel = new int[2][AbuseLabel.values().length];
    for (int i = 0; i < s.length; i++) {
      y[i] = items.get(i).hateful();
      byLabel[y[i] ? 1 : 0][AbuseLabel.of(s[i]).ordinal()]++;
      if (y[i]) {
        pos++;
        sumPos += s[i];
      } else {
        sumNeg += s[i];
      }
    }
    if (output != null) {
      try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        for (int i = 0; i < s.length; i++) {
          w.write(items.get(i).id() + "\t" + String.format(Locale.ROOT, "%.4f", s[i]) + "\n");
        }
      }
    }
    double auc = auc(s, y);
    int neg = s.length - pos;
    out.println(String.format(Locale.ROOT, "items: %d (hateful %d, other %d)", s.length, pos, neg));
    out.println(
        String.format(
            Locale.ROOT,
            "mean abuse score: hateful %.3f, other %.3f",
            pos == 0 ? 0 : sumPos / pos,
            neg == 0 ? 0 : sumNeg / neg));
    out.println(
        String.format(Locale.ROOT, "%-8s %6s %9s %7s", "abuse", "NONE", "POSSIBLE", "LIKELY"));
    out.println(
        String.format(
            Locale.ROOT,
            "%-8s %6d %9d %7d",
            "hateful",
            byLabel[1][0],
            byLabel[1][1],
            byLabel[1][2]));
    out.println(
        String.format(
            Locale.ROOT, "%-8s %6d %9d %7d", "other", byLabel[0][0], byLabel[0][1], byLabel[0][2]));
    out.println(String.format(Locale.ROOT, "auc: %.3f", auc));
    out.flush();
    return new Result(s.length, pos, auc, Double.NaN, Double.NaN, 0, 0);
  }

  /** ROC AUC by the rank-sum statistic, ties averaged; 0.5 when a class is empty. */
  public static double auc(double[] score, boolean[] positive) {
    int n = score.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.comparingDouble(i -> score[i]));
    double rankSum = 0;
    long pos = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && score[idx[j + 1]] == score[idx[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (positive[idx[k]]) {
          rankSum += rank;
          pos++;
        }
      }
      i = j + 1;
    }
    long neg = n - pos;
    if (pos == 0 || neg == 0) {
      return 0.5;
    }
    return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  /** Command-line use: {@code FILE [--output OUT]}. */
  public static void main(String[] args) throws IOException {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Path output = args.length > 2 && args[1].equals("--output") ? Path.of(args[2]) : null;
    evaluate(read(Path.of(args[0])), out, output);
  }
}
