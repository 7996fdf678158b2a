package org.voxpop.enrich.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the stance classifier: multinomial logistic regression by stochastic gradient descent with
 * AdaGrad step sizes and an L2 penalty, examples in an order drawn from a seeded {@link Random}.
 * Deterministic: the same examples, options and seed give the same weights, bit for bit (Java's
 * floating point is reproducible and nothing runs in parallel).
 */
final class StanceTrainer {
  private StanceTrainer() {}

  /**
   * @param epochs passes over the examples
   * @param rate AdaGrad's base step size
   * @param l2 L2 penalty per example and weight
   * @param minCount features seen in fewer training examples are dropped
   * @param seed seed of the example order
   * @param balance exponent of the class weights (n / (classes * n_c))^balance: 0 weighs every
   *     example alike, 1 gives each class the same total weight (macro-F1 counts classes alike)
   */
  record Options(int epochs, double rate, double l2, int minCount, long seed, double balance) {
    Options(int epochs, double rate, double l2, int minCount, long seed) {
      this(epochs, rate, l2, minCount, seed, 0);
    }
  }

  /** One training example: its features and the index of its class (0 negative .. 2 positive). */
  record Example(int[] keys, float[] values, int label) {
    static Example of(StanceVector f, SentimentLabel label) {
      return new Example(
          Arrays.copyOf(f.keys, f.size), Arrays.copyOf(f.values, f.size), label.ordinal());
    }
  }

  static StanceModel train(List<Example> examples, Options o) {
    // rows for the keys seen often enough, in ascending key order
    Map<Integer, Integer> counts = new HashMap<>();
    for (Example e : examples) {
      for (int k : e.keys()) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    int[] keys =
        counts.entrySet().stream()
            .filter(en -> en.getValue() >= o.minCount())
            .mapToInt(Map.Entry::getKey)
            .sorted()
            .toArray();
    Map<Integer, Integer> rowOf = new HashMap<>(keys.length * 2);
    for (int r = 0; r < keys.length; r++) {
      rowOf.put(keys[r], r);
    }
    int c = StanceModel.CLASSES;
    List<int[]> rows = new ArrayList<>(examples.size());
    for (Example e : examples) {
      int[] r = new int[e.keys().length];
      for (int j = 0; j < r.length; j++) {
        r[j] = rowOf.getOrDefault(e.keys()[j], -1);
      }
      rows.add(r);
    }
    double[] classWeight = classWeights(examples, c, o.balance());
    double[] w = new double[keys.length * c];
    double[] g2 = new double[w.length];
    Arrays.fill(g2, 1e-6);
    double[] p = new double[c];
    List<Integer> order = new ArrayList<>(examples.size());
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    Random random = new Random(o.seed());
    // Polyak averaging: the mean of the weights after every example, kept as w - acc / steps
    double[] acc = new double[w.length];
    long step = 1;
    for (int epoch = 0; epoch < o.epochs(); epoch++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        Example e = examples.get(i);
        int[] r = rows.get(i);
        double[] z = new double[c];
        for (int j = 0; j < r.length; j++) {
          if (r[j] >= 0) {
            for (int y = 0; y < c; y++) {
              z[y] += w[r[j] * c + y] * e.values()[j];
            }
          }
        }
        StanceModel.softmax(z[0], z[1], z[2], p);
        for (int j = 0; j < r.length; j++) {
          if (r[j] < 0) {
            continue;
          }
          double x = e.values()[j];
          for (int y = 0; y < c; y++) {
            int at = r[j] * c + y;
            double g =
                classWeight[e.label()] * (p[y] - (y == e.label() ? 1 : 0)) * x + o.l2() * w[at];
            g2[at] += g * g;
            double d = o.rate() * g / Math.sqrt(g2[at]);
            w[at] -= d;
            acc[at] -= step * d;
          }
        }
        step++;
      }
    }
    float[] weights = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      weights[i] = (float) (w[i] - acc[i] / step);
    }
    return new StanceModel(keys, weights);
  }

  private static double[] classWeights(List<Example> examples, int classes, double balance) {
    double[] n = new double[classes];
    for (Example e : examples) {
      n[e.label()]++;
    }
    double[] weight = new double[classes];
    for (int y = 0; y < classes; y++) {
      weight[y] = n[y] == 0 ? 1 : Math.pow(examples.size() / (classes * n[y]), balance);
    }
    return weight;
  }
}
