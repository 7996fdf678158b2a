package org.voxpop.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A multi-class averaged perceptron that decides whether an unknown capitalised span is a name and
 * of which type, when no head word or title settles it. Trained by {@code SpanModelTrainer} (test
 * scope) on WNUT-17 train and Broad Twitter Corpus train (both CC-BY-4.0, see SOURCES.md); the
 * weights are the resource {@code span-model.tsv.gz}.
 */
final class SpanClassifier {

  static final String[] LABELS = {"NONE", "PERSON", "LOCATION", "ORGANIZATION", "OTHER"};
  static final String RESOURCE = Gazetteer.RESOURCE_DIR + "span-model.tsv.gz";

  private static volatile SpanClassifier defaultInstance;
  private static volatile boolean loaded;

  private final Map<String, float[]> weights;

  SpanClassifier(Map<String, float[]> weights) {
    this.weights = weights;
  }

  /** The shipped model, or null when the resource is absent (rules alone then decide). */
  static SpanClassifier defaultModel() {
    if (!loaded) {
      synchronized (SpanClassifier.class) {
        if (!loaded) {
          defaultInstance = load();
          loaded = true;
        }
      }
    }
    return defaultInstance;
  }

  private static SpanClassifier load() {
    InputStream raw = SpanClassifier.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      return null;
    }
    Map<String, float[]> w = new HashMap<>(1 << 16);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t");
        float[] v = new float[LABELS.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = Float.parseFloat(f[i + 1]);
        }
        w.put(f[0], v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + RESOURCE, e);
    }
    return new SpanClassifier(w);
  }

  /** Scores per label for these features. */
  float[] scores(List<String> features) {
    float[] s = new float[LABELS.length];
    for (String f : features) {
      float[] v = weights.get(f);
      if (v != null) {
        for (int i = 0; i < s.length; i++) {
          s[i] += v[i];
        }
      }
    }
    return s;
  }

  /** Index into {@link #LABELS} of the best label. */
  int predict(List<String> features) {
    float[] s = scores(features);
    int best = 0;
    for (int i = 1; i < s.length; i++) {
      if (s[i] > s[best]) {
        best = i;
      }
    }
    return best;
  }
}
