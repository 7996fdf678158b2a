package org.voxpop.enrich.sentiment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * What the words around a stance target mean, beyond the words themselves: the mean word vector of
 * four regions around the target (the words left of it in its clause, right of it in its clause,
 * the whole sentence, and the four words on each side), each word weighted by {@code 1 / (1 + 0.2
 * d)} for a distance of {@code d} tokens. Left out: the target's own words and the other mentions,
 * as in {@link StanceFeatures}, and the words a negator governs (VADER's scope: three words). A
 * misspelt evaluative word reads as the word it stands for ({@link StanceSentence#contextWords}).
 *
 * <p>The vectors ({@link StanceWordVectors}) carry what a large pretrained encoder knows about a
 * word, so that a word never seen in NewsMTSC train still counts by the words it is like. The
 * classifier is linear, so its score of a region's mean vector is the mean of its score of each
 * word's vector: training sees the vectors as {@link #DIMENSION_TEMPLATE} features, and the trained
 * model keeps only each word's score per region and class ({@link #project}), a few floats per
 * word, which {@link Projected} adds up when scoring. Both go through {@link #sums}, one loop, so
 * that they agree (checked by {@code StanceModelTest}).
 */
abstract class StanceContext {
  static final int REGIONS = 4;

  /** Feature template of dimension {@code d} of region {@code r}: {@code key(T + r, d)}. */
  static final int DIMENSION_TEMPLATE = 40;

  /** Chosen by cross-validation on NewsMTSC train (docs/sentiment.md lists what was tried). */
  static final double DECAY = 0.2;

  /** A region's feature is {@code SCALE * sum / sqrt(words)}; chosen with {@link #DECAY}. */
  static final double SCALE = 5;

  static final int NEAR = 4;

  /** No context features (a model trained without word vectors). */
  static final StanceContext NONE =
      new StanceContext() {
        @Override
        void add(StanceSentence s, int first, int last, boolean[] others, StanceVector out) {}
      };

  /** Adds the context of the target {@code [first, last]} to {@code out}. */
  abstract void add(StanceSentence s, int first, int last, boolean[] others, StanceVector out);

  /** Training: each region's mean vector as {@code dimensions} features. */
  static StanceContext training(StanceWordVectors vectors) {
    return new Training(vectors);
  }

  /**
   * The region-and-class scores of every word of {@code vectors} under the weights of {@code
   * model}'s dimension features: {@code [r * CLASSES + c]}.
   */
  static Map<String, float[]> project(
      StanceWordVectors vectors, IntFunction<float[]> weightsOfKey) {
    int dim = vectors.dimensions();
    int c = StanceModel.CLASSES;
    float[][] w = new float[REGIONS * dim][];
    for (int r = 0; r < REGIONS; r++) {
      for (int d = 0; d < dim; d++) {
        w[r * dim + d] = weightsOfKey.apply(StanceFeatures.key(DIMENSION_TEMPLATE + r, d));
      }
    }
    Map<String, float[]> out = new java.util.TreeMap<>();
    vectors
        .sorted()
        .forEach(
            (word, v) -> {
              float[] p = new float[REGIONS * c];
              for (int r = 0; r < REGIONS; r++) {
                for (int y = 0; y < c; y++) {
                  double s = 0;
                  for (int d = 0; d < dim; d++) {
                    float[] wd = w[r * dim + d];
                    s += wd == null ? 0 : wd[y] * (double) v[d];
                  }
                  p[r * c + y] = (float) s;
                }
              }
              out.put(word, p);
            });
    return out;
  }

  /**
   * The weighted sums over each region's words of {@code width} values of each word's row into
   * {@code sums} ({@code [r * width + j]}), and the number of words with a row into {@code counts}.
   * A region takes its values from the row's start, or with {@code sliced} from {@code r * width}
   * (a projected row holds each region's scores side by side).
   */
  static void sums(
      StanceSentence s,
      int first,
      int last,
      boolean[] others,
      IntFunction<float[]> rowOf,
      int width,
      boolean sliced,
      double[] sums,
      int[] counts) {
    Arrays.fill(sums, 0, REGIONS * width, 0);
    Arrays.fill(counts, 0, REGIONS, 0);
    int n = s.size();
    if (n == 0) {
      return;
    }
    int tc = s.clause[Math.min(first, n - 1)];
    for (int i = 0; i < n; i++) {
      if (i >= first && i <= last || others[i]) {
        continue;
      }
      float[] v = rowOf.apply(i);
      if (v == null) {
        continue;
      }
      boolean left = i < first;
      int d = left ? first - i : i - Math.max(last, first - 1);
      double weight = d < WEIGHTS.length ? WEIGHTS[d] : 1 / (1 + DECAY * d);
      if (s.clause[i] == tc) {
        accumulate(sums, v, width, sliced, weight, counts, left ? 0 : 1);
      }
      accumulate(sums, v, width, sliced, weight, counts, 2);
      if (d <= NEAR) {
        accumulate(sums, v, width, sliced, weight, counts, 3);
      }
    }
  }

  /**
   * The row of token {@code i} in {@code table}, or null: the word has none, or a negator governs
   * it ("not a good president": the vector of "good" says the opposite of what is meant, and {@link
   * StanceFeatures} reads the negation from VADER's valences).
   */
  static float[] row(StanceSentence s, int i, Map<String, float[]> table) {
    return negated(s, i) ? null : table.get(s.contextWords[i]);
  }

  /**
   * {@link #row(StanceSentence, int, Map)}, with the rows of the tokens' word table's words by id
   * ({@code byId[id]} the row of {@code table} of the word of that id): a token read as itself that
   * the word table holds (the common words) takes its row from there, without hashing its string
   * into the table again.
   */
  static float[] row(StanceSentence s, int i, Map<String, float[]> table, float[][] byId) {
    if (negated(s, i)) {
      return null;
    }
    String w = s.contextWords[i];
    int id = s.tokens.id[i];
    return w == s.tokens.lower[i] && id != WordTable.NONE ? byId[id] : table.get(w);
  }

  /** {@code 1 / (1 + DECAY d)} for the usual distances. */
  private static final double[] WEIGHTS = weights();

  private static double[] weights() {
    double[] w = new double[64];
    for (int d = 0; d < w.length; d++) {
      w[d] = 1 / (1 + DECAY * d);
    }
    return w;
  }

  /** As VADER reads negation: a negator among the three words before, in the same clause. */
  private static boolean negated(StanceSentence s, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (s.clause[k] == s.clause[i] && (s.flags[k] & StanceFeatures.NEGATOR) != 0) {
        return true;
      }
    }
    return false;
  }

  private static void accumulate(
      double[] sums,
      float[] v,
      int width,
      boolean sliced,
      double weight,
      int[] counts,
      int region) {
    int to = region * width;
    int from = sliced ? to : 0;
    for (int j = 0; j < width; j++) {
      sums[to + j] += weight * v[from + j];
    }
    counts[region]++;
  }

  /** The keys of the dimension features of vectors of {@code dimensions} components. */
  static Set<Integer> dimensionKeys(int dimensions) {
    Set<Integer> keys = new HashSet<>();
    for (int r = 0; r < REGIONS; r++) {
      for (int d = 0; d < dimensions; d++) {
        keys.add(StanceFeatures.key(DIMENSION_TEMPLATE + r, d));
      }
    }
    return keys;
  }

  private static final class Training extends StanceContext {
    private final StanceWordVectors vectors;
    private final Map<String, float[]> table;
    private final Set<Integer> dimensionKeys;

    Training(StanceWordVectors vectors) {
      this.vectors = vectors;
      this.table = vectors.asMap();
      this.dimensionKeys = dimensionKeys(vectors.dimensions());
    }

    /**
     * @throws IllegalStateException when a feature already in {@code out} has the key of a
     *     dimension (a hash collision: the trained model could not tell them apart)
     */
    @Override
    void add(StanceSentence s, int first, int last, boolean[] others, StanceVector out) {
      for (int j = 0; j < out.size; j++) {
        if (dimensionKeys.contains(out.keys[j])) {
          throw new IllegalStateException(
              "a feature collides with a context dimension: " + out.keys[j]);
        }
      }
      int dim = vectors.dimensions();
      double[] sums = new double[REGIONS * dim];
      int[] counts = new int[REGIONS];
      sums(s, first, last, others, i -> row(s, i, table), dim, false, sums, counts);
      for (int r = 0; r < REGIONS; r++) {
        if (counts[r] == 0) {
          continue;
        }
        double f = SCALE / Math.sqrt(counts[r]);
        for (int d = 0; d < dim; d++) {
          out.add(StanceFeatures.key(DIMENSION_TEMPLATE + r, d), f * sums[r * dim + d]);
        }
      }
    }
  }

  /** Scoring: each word's projected scores ({@link #project}), added to the class scores. */
  static final class Projected extends StanceContext {
    private final Map<String, float[]> table;

    /** The rows of {@link #table} by the ids of one word table, made for the first one seen. */
    private volatile RowsById byId;

    private record RowsById(WordTable words, float[][] rows) {}

    Projected(Map<String, float[]> table) {
      this.table = table;
    }

    /** Each word's row of {@link #table} (null for none) by its id in {@code words}. */
    private float[][] rowsById(WordTable words) {
      RowsById b = byId;
      if (b == null || b.words() != words) {
        float[][] rows = new float[words.size()][];
        for (int id = 0; id < rows.length; id++) {
          rows[id] = table.get(words.word(id));
        }
        b = new RowsById(words, rows);
        byId = b;
      }
      return b.rows();
    }

    @Override
    void add(StanceSentence s, int first, int last, boolean[] others, StanceVector out) {
      int c = StanceModel.CLASSES;
      float[][] rows = s.contextRows(table, rowsById(s.tokens.words));
      double[] sums = out.contextSums(REGIONS * c);
      int[] counts = out.contextCounts;
      sums(s, first, last, others, i -> rows[i], c, true, sums, counts);
      for (int r = 0; r < REGIONS; r++) {
        if (counts[r] == 0) {
          continue;
        }
        double f = SCALE / Math.sqrt(counts[r]);
        for (int y = 0; y < c; y++) {
          out.dense[y] += f * sums[r * c + y];
        }
      }
    }
  }
}
