package org.voxpop.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small learned correction on top of the VADER rules: a ridge linear model over features the
 * rules already compute (see {@link #features}), predicting the human mean rating / 4, clipped to
 * -1..1. Weights are fitted by {@link SentimentCorrectionFit} with k-fold cross-validation over
 * both shared ground-truth sets and written to a file of the caller's choosing (not bundled).
 *
 * <p>Not used by {@link SentimentScorer}: it raises cross-validated Pearson r (tweets 0.875 to
 * 0.881, movie snippets 0.428 to 0.446) but is not monotone in the rules' intensity (a booster or
 * "!" can lower the corrected score), see {@code docs/quality.md}. Kept so the experiment can be
 * re-run and improved.
 */
final class SentimentCorrection {
  static final String[] FEATURE_NAMES = {
    "compound",
    "sum/4",
    "positive",
    "negative",
    "neutral",
    "punctuation",
    "log-tokens",
    "sentences",
    "mean-sentence",
    "min-sentence",
    "max-sentence",
    "compound^3",
    "pos*neg"
  };

  private final double[] weights; // FEATURE_NAMES.length + 1 (last is the intercept)

  SentimentCorrection(double[] weights) {
    if (weights.length != FEATURE_NAMES.length + 1) {
      throw new IllegalArgumentException("expected " + (FEATURE_NAMES.length + 1) + " weights");
    }
    this.weights = weights.clone();
  }

  /**
   * Reads weights written by {@link SentimentCorrectionFit} (feature TAB weight, {@code #}
   * comments). Nothing in the product reads them, so none are bundled: the fit writes them where
   * its caller says.
   */
  static SentimentCorrection read(Path file) throws IOException {
    List<Double> w = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        w.add(Double.parseDouble(line.split("\t")[1].trim()));
      }
    }
    return new SentimentCorrection(w.stream().mapToDouble(Double::doubleValue).toArray());
  }

  static double[] features(SentimentScorer.Detailed d, double rawSum, double punct, int tokens) {
    DocumentSentiment s = d.sentiment;
    double mean = 0;
    double min = 0;
    double max = 0;
    int n = s.sentences().size();
    for (int i = 0; i < n; i++) {
      double c = s.sentences().get(i).compound();
      mean += c / n;
      min = i == 0 ? c : Math.min(min, c);
      max = i == 0 ? c : Math.max(max, c);
    }
    double c = s.compound();
    return new double[] {
      c,
      Math.max(-2.5, Math.min(2.5, rawSum / 4)),
      s.positive(),
      s.negative(),
      s.neutral(),
      punct,
      Math.log1p(tokens),
      Math.min(n, 10) / 10.0,
      mean,
      min,
      max,
      c * c * c,
      s.positive() * s.negative()
    };
  }

  double apply(double[] f) {
    double y = weights[weights.length - 1];
    for (int i = 0; i < f.length; i++) {
      y += weights[i] * f[i];
    }
    return Math.max(-1, Math.min(1, y));
  }

  double[] weights() {
    return weights.clone();
  }
}
