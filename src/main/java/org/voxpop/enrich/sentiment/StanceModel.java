package org.voxpop.enrich.sentiment;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The weights of the stance classifier: multinomial logistic regression over {@link
 * StanceFeatures}' hashed keys, one weight per key and class (negative, neutral, positive).
 * Immutable and thread safe.
 *
 * <p>Binary format (big-endian, gzipped in the resource): magic {@code "VSTN"}, format, number of
 * classes, number of keys, the keys in ascending order, then the weights row by row as floats; from
 * format 2, the number of words with context scores ({@link StanceContext}), then in word order
 * each word (modified UTF-8) and its {@code REGIONS * CLASSES} floats. The same model always gives
 * the same bytes.
 */
final class StanceModel {
  static final int CLASSES = 3;
  static final String RESOURCE = "/org/voxpop/enrich/sentiment/stance-model.bin.gz";
  private static final int MAGIC = 0x5653544e; // "VSTN"

  /** Format 2 adds the word projections of {@link StanceContext}; format 1 is still read. */
  private static final int FORMAT = 2;

  /** Keys in ascending order; {@code weights[row * CLASSES + class]}. */
  private final int[] keys;

  private final float[] weights;

  /**
   * Each word's scores per context region and class ({@link StanceContext#project}); empty for a
   * model trained without word vectors.
   */
  private final Map<String, float[]> projection;

  private final StanceContext context;

  /**
   * Open addressing, a key and its three weights side by side ({@code table[4 * i]} the key, then
   * the weights' float bits), so that a feature the model knows costs one cache miss, not one for
   * the slot and another for its weights. A slot whose key is {@link #EMPTY} is free; the model's
   * weights of that key itself, if it has one, are kept in {@link #emptyKeyRow}.
   */
  private final int[] table;

  private final int mask;
  private static final int EMPTY = 0;
  private static final int STRIDE = 4;

  /** The row of the key {@link #EMPTY}, or -1. */
  private final int emptyKeyRow;

  /**
   * One bit per hash of the keys present (128 KB, so it stays in the processor's cache): most
   * features of a text (rare words and their pairs) are not in the model, and this answers "no" for
   * them without touching the table.
   */
  private final long[] present = new long[1 << 14];

  StanceModel(int[] keys, float[] weights) {
    this(keys, weights, Map.of());
  }

  StanceModel(int[] keys, float[] weights, Map<String, float[]> projection) {
    if (weights.length != keys.length * CLASSES) {
      throw new IllegalArgumentException("weights do not match keys");
    }
    this.keys = keys;
    this.weights = weights;
    this.projection = Lexicons.frozen(projection);
    this.context =
        projection.isEmpty() ? StanceContext.NONE : new StanceContext.Projected(this.projection);
    // At most about two-thirds full, so that probing for an absent key ends soon (and always ends).
    int cap = Integer.highestOneBit(Math.max(16, keys.length * 3 / 2)) << 1;
    this.table = new int[cap * STRIDE];
    this.mask = cap - 1;
    int emptyRow = -1;
    for (int r = 0; r < keys.length; r++) {
      int b = presence(keys[r]);
      present[b >>> 6] |= 1L << b;
      if (keys[r] == EMPTY) {
        emptyRow = r;
        continue;
      }
      int i = keys[r] & mask;
      while (table[STRIDE * i] != EMPTY) {
        i = (i + 1) & mask;
      }
      table[STRIDE * i] = keys[r];
      for (int c = 0; c < CLASSES; c++) {
        table[STRIDE * i + 1 + c] = Float.floatToRawIntBits(weights[r * CLASSES + c]);
      }
    }
    this.emptyKeyRow = emptyRow;
  }

  int size() {
    return keys.length;
  }

  /** How this model reads a target's context (see {@link StanceContext}). */
  StanceContext context() {
    return context;
  }

  /** The words this model has context scores for. */
  int words() {
    return projection.size();
  }

  /** The weights of a key (one per class), or null when the model lacks it. */
  float[] weightsOf(int key) {
    int r = Arrays.binarySearch(keys, key);
    return r < 0 ? null : Arrays.copyOfRange(weights, r * CLASSES, (r + 1) * CLASSES);
  }

  /** This model without the given keys' rows, with {@code projection} for its context. */
  StanceModel without(Set<Integer> drop, Map<String, float[]> projection) {
    int n = 0;
    for (int k : keys) {
      n += drop.contains(k) ? 0 : 1;
    }
    int[] k2 = new int[n];
    float[] w2 = new float[n * CLASSES];
    for (int r = 0, j = 0; r < keys.length; r++) {
      if (!drop.contains(keys[r])) {
        k2[j] = keys[r];
        System.arraycopy(weights, r * CLASSES, w2, j * CLASSES, CLASSES);
        j++;
      }
    }
    return new StanceModel(k2, w2, projection);
  }

  /** The bit of a key in {@link #present}: other bits than those of its slot. */
  private static int presence(int key) {
    return (key >>> 12) & ((1 << 20) - 1);
  }

  /** Class probabilities (negative, neutral, positive) of a feature vector into {@code p}. */
  void probabilities(StanceVector f, double[] p) {
    int n = f.size;
    int[] keys = f.keys;
    int[] known = f.scratch(n);
    int[] firstKey = f.firstKeys;
    // Three passes, so that the table's cache misses overlap instead of coming one after another:
    // the features whose presence bit is set (without a branch), then the key in the first slot
    // of each (loads that depend on nothing before them), then the sums, in the features' order.
    int m = 0;
    for (int j = 0; j < n; j++) {
      int b = presence(keys[j]);
      known[m] = j;
      m += (int) (present[b >>> 6] >>> b) & 1;
    }
    int[] t = table;
    for (int c = 0; c < m; c++) {
      firstKey[c] = t[STRIDE * (keys[known[c]] & mask)];
    }
    double z0 = f.dense[0];
    double z1 = f.dense[1];
    double z2 = f.dense[2];
    for (int c = 0; c < m; c++) {
      int j = known[c];
      int key = keys[j];
      double x = f.values[j];
      if (key == EMPTY) {
        if (emptyKeyRow >= 0) {
          int o = emptyKeyRow * CLASSES;
          z0 += weights[o] * x;
          z1 += weights[o + 1] * x;
          z2 += weights[o + 2] * x;
        }
        continue;
      }
      int i = key & mask;
      int k = firstKey[c];
      while (true) {
        if (k == key) {
          z0 += Float.intBitsToFloat(t[STRIDE * i + 1]) * x;
          z1 += Float.intBitsToFloat(t[STRIDE * i + 2]) * x;
          z2 += Float.intBitsToFloat(t[STRIDE * i + 3]) * x;
          break;
        }
        if (k == EMPTY) {
          break;
        }
        i = (i + 1) & mask;
        k = t[STRIDE * i];
      }
    }
    softmax(z0, z1, z2, p);
  }

  static void softmax(double z0, double z1, double z2, double[] p) {
    double m = Math.max(z0, Math.max(z1, z2));
    double e0 = Math.exp(z0 - m);
    double e1 = Math.exp(z1 - m);
    double e2 = Math.exp(z2 - m);
    double s = e0 + e1 + e2;
    p[0] = e0 / s;
    p[1] = e1 / s;
    p[2] = e2 / s;
  }

  void write(OutputStream os) throws IOException {
    DataOutputStream out = new DataOutputStream(os);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(CLASSES);
    out.writeInt(keys.length);
    for (int k : keys) {
      out.writeInt(k);
    }
    for (float w : weights) {
      out.writeFloat(w);
    }
    out.writeInt(projection.size());
    for (var e : new TreeMap<>(projection).entrySet()) {
      out.writeUTF(e.getKey());
      for (float x : e.getValue()) {
        out.writeFloat(x);
      }
    }
    out.flush();
  }

  static StanceModel read(InputStream is) throws IOException {
    DataInputStream in = new DataInputStream(is);
    int format = in.readInt() == MAGIC ? in.readInt() : -1;
    if (format < 1 || format > FORMAT || in.readInt() != CLASSES) {
      throw new IOException("not a stance model of format 1 to " + FORMAT);
    }
    int n = in.readInt();
    if (n < 0 || n > 10_000_000) {
      throw new IOException("bad key count " + n);
    }
    int[] keys = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = in.readInt();
    }
    float[] weights = new float[n * CLASSES];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = in.readFloat();
    }
    if (format == 1) {
      return new StanceModel(keys, weights);
    }
    int words = in.readInt();
    if (words < 0 || words > 10_000_000) {
      throw new IOException("bad word count " + words);
    }
    Map<String, float[]> projection = new HashMap<>(words * 2);
    int width = StanceContext.REGIONS * CLASSES;
    for (int i = 0; i < words; i++) {
      String word = in.readUTF();
      float[] p = new float[width];
      for (int j = 0; j < width; j++) {
        p[j] = in.readFloat();
      }
      projection.put(word, p);
    }
    return new StanceModel(keys, weights, projection);
  }

  /** The bundled model, loaded on first use. */
  static StanceModel bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final StanceModel BUNDLED = load();

    private static StanceModel load() {
      try (InputStream raw = StanceModel.class.getResourceAsStream(RESOURCE)) {
        if (raw == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(new java.io.BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
