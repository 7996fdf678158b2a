package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The (not adopted) learned correction: its fitter recovers a known linear model. */
class SentimentCorrectionTest {
  @Test
  void ridgeRecoversLinearModel() {
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    int d = SentimentCorrection.FEATURE_NAMES.length;
    java.util.Random rnd = new java.util.Random(1);
    for (int i = 0; i < 500; i++) {
      double[] f = new double[d];
      double t = 0.2;
      for (int j = 0; j < d; j++) {
        f[j] = rnd.nextGaussian();
        t += (j == 0 ? 0.5 : 0) * f[j];
      }
      x.add(f);
      y.add(t);
    }
    double[] w = SentimentCorrectionFit.ridge(x, y, 1e-9);
    assertEquals(0.5, w[0], 1e-6);
    assertEquals(0.2, w[d], 1e-6);
  }

  @Test
  void weightsFileRoundTripsAndCorrectedScoresStayInRange(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws java.io.IOException {
    StringBuilder sb = new StringBuilder("# feature TAB weight\n");
    for (String f : SentimentCorrection.FEATURE_NAMES) {
      sb.append(f).append('\t').append(f.equals("compound") ? "0.9" : "0.01").append('\n');
    }
    sb.append("intercept\t-0.02\n");
    java.nio.file.Path file = tmp.resolve("weights.tsv");
    java.nio.file.Files.writeString(file, sb, java.nio.charset.StandardCharsets.UTF_8);
    SentimentCorrection c = SentimentCorrection.read(file);
    assertEquals(0.9, c.weights()[0], 0);
    assertEquals(-0.02, c.weights()[SentimentCorrection.FEATURE_NAMES.length], 0);
    SentimentScorer.Detailed det = SentimentScorer.create().analyse(Seed.C6);
    double v = c.apply(det.features());
    assertTrue(v >= -1 && v <= 1 && v < 0, "" + v);
  }
}
