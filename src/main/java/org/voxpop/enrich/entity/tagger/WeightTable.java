package org.voxpop.enrich.entity.tagger;

/**
 * The model's feature keys with each key's label weights beside it, for tagging: open addressing
 * over one {@code int} array holding a key (two ints) and its {@link Labels#COUNT} weights (their
 * float bits), so that a feature the model knows costs the cache misses of one place in memory, not
 * a miss for its row number in {@link FeatureIndex} and then another for its weights. Built from a
 * frozen model; immutable and thread safe.
 */
final class WeightTable {
  private static final int C = Labels.COUNT;
  private static final int STRIDE = 2 + C;

  private final int[] table;
  private final int mask;

  /** One bit per hash value of the keys present, as {@link FeatureIndex} has. */
  private final long[] present;

  private final int presentMask;

  WeightTable(long[] keysByRow, float[] weights) {
    int n = keysByRow.length;
    int cap = Integer.highestOneBit(Math.max(16, n * 3 / 2)) << 1;
    table = new int[cap * STRIDE];
    mask = cap - 1;
    int bits = Integer.highestOneBit(Math.max(64, n * 16 - 1)) << 1;
    present = new long[bits >>> 6];
    presentMask = bits - 1;
    for (int r = 0; r < n; r++) {
      long k = keysByRow[r] == 0 ? 1 : keysByRow[r];
      int b = (int) (k >>> 40) & presentMask;
      present[b >>> 6] |= 1L << b;
      int i = slot(k);
      while (key(i) != 0) {
        i = (i + 1) & mask;
      }
      int at = i * STRIDE;
      table[at] = (int) (k >>> 32);
      table[at + 1] = (int) k;
      for (int y = 0; y < C; y++) {
        table[at + 2 + y] = Float.floatToRawIntBits(weights[r * C + y]);
      }
    }
  }

  private int slot(long k) {
    return (int) (k ^ (k >>> 32)) & mask;
  }

  private long key(int i) {
    int at = i * STRIDE;
    return ((long) table[at] << 32) | (table[at + 1] & 0xFFFFFFFFL);
  }

  /**
   * The place of each of {@code keys[0..count)} into {@code out}, -1 for a key not held: presence
   * bits first, then the keys' first slots, then the rare longer probes, so that the memory reads
   * of different keys overlap.
   */
  void find(long[] keys, int count, int[] out) {
    long[] p = present;
    for (int j = 0; j < count; j++) {
      long k = keys[j] == 0 ? 1 : keys[j];
      int b = (int) (k >>> 40) & presentMask;
      out[j] = (p[b >>> 6] & (1L << b)) == 0 ? -1 : slot(k);
    }
    for (int j = 0; j < count; j++) {
      int i = out[j];
      if (i < 0) {
        continue;
      }
      long k = keys[j] == 0 ? 1 : keys[j];
      long at = key(i);
      while (at != k && at != 0) {
        i = (i + 1) & mask;
        at = key(i);
      }
      out[j] = at == 0 ? -1 : i;
    }
  }

  /** Adds the weights at {@code place} (from {@link #find}, not -1) to {@code em[base..]}. */
  void addTo(int place, double[] em, int base) {
    int at = place * STRIDE + 2;
    int[] t = table;
    for (int y = 0; y < C; y++) {
      em[base + y] += Float.intBitsToFloat(t[at + y]);
    }
  }
}
