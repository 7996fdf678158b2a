package org.voxpop.enrich.entity.tagger;

/**
 * Feature keys (64-bit hashes of a template and its values) to dense row numbers: open addressing
 * over primitive arrays, because a boxed map would cost more than the rest of tagging together.
 * Not thread safe while growing; read-only use is.
 */
final class FeatureIndex {

  private long[] keys;
  private int[] rows;
  private int size;
  private int mask;

  FeatureIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    rows = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The row of a key, or -1. */
  int get(long key) {
    long k = key == 0 ? 1 : key;
    int i = (int) (k ^ (k >>> 32)) & mask;
    while (true) {
      long x = keys[i];
      if (x == k) {
        return rows[i];
      }
      if (x == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The row of a key, adding it with the next row number when absent. */
  int add(long key) {
    long k = key == 0 ? 1 : key;
    int i = (int) (k ^ (k >>> 32)) & mask;
    while (true) {
      long x = keys[i];
      if (x == k) {
        return rows[i];
      }
      if (x == 0) {
        keys[i] = k;
        rows[i] = size;
        size++;
        if (size * 2 > keys.length) {
          grow();
        }
        return size - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The keys in row order. */
  long[] keysByRow() {
    long[] out = new long[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        out[rows[i]] = keys[i];
      }
    }
    return out;
  }

  private void grow() {
    long[] ok = keys;
    int[] or = rows;
    keys = new long[ok.length * 2];
    rows = new int[ok.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < ok.length; j++) {
      long k = ok[j];
      if (k == 0) {
        continue;
      }
      int i = (int) (k ^ (k >>> 32)) & mask;
      while (keys[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      rows[i] = or[j];
    }
  }

  /** An index holding these keys as rows 0..n-1. */
  static FeatureIndex of(long[] keysByRow) {
    FeatureIndex f = new FeatureIndex(keysByRow.length);
    for (long k : keysByRow) {
      f.add(k);
    }
    if (f.size != keysByRow.length) {
      throw new IllegalArgumentException("duplicate feature keys");
    }
    return f;
  }
}
