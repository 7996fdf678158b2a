package org.voxpop.enrich.sentiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Scores stance against NewsMTSC-format labels: per-class precision, recall and F1 and their macro
 * average (F1m, NewsMTSC's measure), either of the bundled model or, with {@code folds} &gt; 1, of
 * models trained by K-fold cross-validation on the file itself. Folds are drawn by sentence, not by
 * target, so that the targets of one sentence never straddle a training and a test fold.
 */
public final class StanceEvaluation {
  /** Seed of the fold assignment. */
  public static final long FOLD_SEED = 7L;

  private StanceEvaluation() {}

  /** A confusion matrix, rows gold, columns system (negative, neutral, positive). */
  public record Scores(long[][] confusion) {
    public double precision(int c) {
      long tp = confusion[c][c];
      long col = 0;
      for (long[] row : confusion) {
        col += row[c];
      }
      return col == 0 ? 0 : (double) tp / col;
    }

    public double recall(int c) {
      long row = 0;
      for (long x : confusion[c]) {
        row += x;
      }
      return row == 0 ? 0 : (double) confusion[c][c] / row;
    }

    public double f1(int c) {
      double p = precision(c);
      double r = recall(c);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Macro-averaged F1 over the three classes. */
    public double macroF1() {
      return (f1(0) + f1(1) + f1(2)) / 3;
    }
  }

  /**
   * Evaluates and prints; {@code output} receives {@code gid TAB label} per target. With {@code
   * folds} of 2 or more, K-fold cross-validation on the file, training with the word vectors of
   * {@code vectors} (read only then); otherwise the bundled model.
   */
  public static Scores evaluate(
      Path file, PrintWriter out, Optional<Path> output, int folds, Path vectors)
      throws IOException {
    List<StanceCorpus.Sentence> sentences = StanceCorpus.read(file);
    List<List<SentimentLabel>> predicted =
        folds >= 2
            ? crossValidate(
                sentences,
                folds,
                StanceModelBuilder.options(StanceModelBuilder.DEFAULT_SEED),
                StanceWordVectors.read(vectors))
            : predict(sentences, StanceScorer.create());
    long[][] confusion = new long[3][3];
    long[][] vader = new long[3][3];
    SentimentScorer sentiment = SentimentScorer.create();
    BufferedWriter w =
        output.isPresent() ? Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8) : null;
    try {
      for (int i = 0; i < sentences.size(); i++) {
        StanceCorpus.Sentence s = sentences.get(i);
        SentimentLabel whole = SentimentLabel.of(sentiment.score(s.text()).compound());
        for (int k = 0; k < s.targets().size(); k++) {
          StanceCorpus.Target t = s.targets().get(k);
          SentimentLabel l = predicted.get(i).get(k);
          confusion[t.label().ordinal()][l.ordinal()]++;
          vader[t.label().ordinal()][whole.ordinal()]++;
          if (w != null) {
            w.write(t.gid() + "\t" + l.name().toLowerCase(Locale.ROOT) + "\n");
          }
        }
      }
    } finally {
      if (w != null) {
        w.close();
      }
    }
    Scores scores = new Scores(confusion);
    long targets = 0;
    for (long[] row : confusion) {
      for (long x : row) {
        targets += x;
      }
    }
    out.printf(
        Locale.ROOT,
        "%s: %,d sentences, %,d targets%n",
        file.getFileName(),
        sentences.size(),
        targets);
    out.println(
        folds >= 2
            ? String.format(
                Locale.ROOT,
                "%d-fold cross-validation by sentence (fold seed %d): each fold scored by a model "
                    + "trained on the others; the options were chosen by this same cross-validation, so the number is "
                    + "model selection on seen data",
                folds,
                FOLD_SEED)
            : "bundled model: if FILE is NewsMTSC train, it was trained on these sentences (in-sample)");
    out.printf(
        Locale.ROOT,
        "reference, VADER compound of the whole sentence: F1m %.3f%n",
        new Scores(vader).macroF1());
    out.println("class       precision  recall  F1");
    for (SentimentLabel c : SentimentLabel.values()) {
      int k = c.ordinal();
      out.printf(
          Locale.ROOT,
          "%-10s  %9.3f  %6.3f  %.3f%n",
          c.name().toLowerCase(Locale.ROOT),
          scores.precision(k),
          scores.recall(k),
          scores.f1(k));
    }
    out.printf(Locale.ROOT, "F1m: %.3f%n", scores.macroF1());
    out.flush();
    return scores;
  }

  /** The label of every target by the given scorer. */
  static List<List<SentimentLabel>> predict(
      List<StanceCorpus.Sentence> sentences, StanceScorer scorer) {
    SentimentScorer sentiment = SentimentScorer.create();
    List<List<SentimentLabel>> out = new ArrayList<>(sentences.size());
    for (StanceCorpus.Sentence s : sentences) {
      List<StanceScorer.Span> spans =
          s.targets().stream().map(t -> new StanceScorer.Span(t.start(), t.end())).toList();
      out.add(
          scorer.stances(s.text(), sentiment.score(s.text()), spans).stream()
              .map(SentimentLabel::of)
              .toList());
    }
    return out;
  }

  /** Labels of every target, each sentence scored by a model trained without its fold. */
  static List<List<SentimentLabel>> crossValidate(
      List<StanceCorpus.Sentence> sentences,
      int folds,
      StanceTrainer.Options o,
      StanceWordVectors vectors) {
    List<List<StanceTrainer.Example>> examples = StanceModelBuilder.examples(sentences, vectors);
    int[] fold = folds(sentences.size(), folds);
    List<List<SentimentLabel>> out = new ArrayList<>(Collections.nCopies(sentences.size(), null));
    for (int k = 0; k < folds; k++) {
      List<List<StanceTrainer.Example>> train = new ArrayList<>();
      List<StanceCorpus.Sentence> test = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        if (fold[i] == k) {
          test.add(sentences.get(i));
          at.add(i);
        } else {
          train.add(examples.get(i));
        }
      }
      StanceModel model = StanceModelBuilder.train(train, o, vectors);
      List<List<SentimentLabel>> p = predict(test, StanceScorer.of(model));
      for (int j = 0; j < at.size(); j++) {
        out.set(at.get(j), p.get(j));
      }
    }
    return out;
  }

  /**
   * The fold of each sentence: a seeded shuffle dealt round-robin, so folds differ by one at most.
   */
  static int[] folds(int n, int folds) {
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(FOLD_SEED));
    int[] fold = new int[n];
    for (int j = 0; j < n; j++) {
      fold[order.get(j)] = j % folds;
    }
    return fold;
  }

  /**
   * Model selection: {@code java ... StanceEvaluation FILE FOLDS EPOCHS RATE L2 MINCOUNT [BALANCE]}
   * prints the cross-validated F1m of one setting.
   */
  public static void main(String[] args) throws IOException {
    List<StanceCorpus.Sentence> sentences = StanceCorpus.read(Path.of(args[0]));
    StanceTrainer.Options o =
        new StanceTrainer.Options(
            Integer.parseInt(args[2]),
            Double.parseDouble(args[3]),
            Double.parseDouble(args[4]),
            Integer.parseInt(args[5]),
            StanceModelBuilder.DEFAULT_SEED,
            args.length > 6 ? Double.parseDouble(args[6]) : 0);
    List<List<SentimentLabel>> p =
        crossValidate(
            sentences,
            Integer.parseInt(args[1]),
            o,
            StanceWordVectors.read(Path.of(StanceModelBuilder.VECTORS)));
    long[][] confusion = new long[3][3];
    for (int i = 0; i < sentences.size(); i++) {
      for (int k = 0; k < sentences.get(i).targets().size(); k++) {
        confusion[sentences.get(i).targets().get(k).label().ordinal()][p.get(i).get(k).ordinal()]++;
      }
    }
    System.out.printf(Locale.ROOT, "%s F1m %.4f%n", o, new Scores(confusion).macroF1());
  }
}
