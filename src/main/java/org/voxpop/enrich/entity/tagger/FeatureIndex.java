package org.voxpop.enrich.entity.tagger;

/**
 * Feature keys (64-bit hashes of a template and its values) to dense row numbers: open addressing
 * over one primitive array holding each key beside its row, so that a lookup touches one cache
 * line; a boxed map would cost more than the rest of tagging together. Not thread safe while
 * growing; read-only use is.
 */
final class FeatureIndex {

  /** {@code slots[2 * i]} a key (0 for empty), {@code slots[2 * i + 1]} its row. */
  private long[] slots;

  private int size;
  private int mask;

  /**
   * One bit per hash value of the keys present, small enough for the processor's cache: most
   * features of a text (rare words, their pairs) are not in the model, and this answers "no" for
   * them without touching the table. Built by {@link #freeze}; absent while training.
   */
  private long[] present;

  private int presentMask;

  FeatureIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[cap * 2];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  private static int slot(long k, int mask) {
    return (int) (k ^ (k >>> 32)) & mask;
  }

  /** The row of a key, or -1. */
  int get(long key) {
    long k = key == 0 ? 1 : key;
    if (present != null) {
      int b = (int) (k >>> 40) & presentMask;
      if ((present[b >>> 6] & (1L << b)) == 0) {
        return -1;
      }
    }
    int i = probe(k);
    return slots[2 * i] == 0 ? -1 : (int) slots[2 * i + 1];
  }

  /**
   * The rows of {@code keys[0..count)} into {@code rows}, -1 for a key not held: as {@link #get}
   * for each, in passes over all of them (presence bits, then first slots, then the rare longer
   * probe), so that the memory reads of different keys do not wait for one another.
   */
  void rows(long[] keys, int count, int[] rows) {
    long[] p = present;
    if (p == null) {
      for (int j = 0; j < count; j++) {
        rows[j] = get(keys[j]);
      }
      return;
    }
    for (int j = 0; j < count; j++) {
      long k = keys[j] == 0 ? 1 : keys[j];
      int b = (int) (k >>> 40) & presentMask;
      rows[j] = (p[b >>> 6] & (1L << b)) == 0 ? -1 : slot(k, mask);
    }
    for (int j = 0; j < count; j++) {
      int i = rows[j];
      if (i < 0) {
        continue;
      }
      long k = keys[j] == 0 ? 1 : keys[j];
      long at = slots[2 * i];
      if (at == k) {
        rows[j] = (int) slots[2 * i + 1];
      } else if (at == 0) {
        rows[j] = -1;
      } else {
        i = probe(k);
        rows[j] = slots[2 * i] == 0 ? -1 : (int) slots[2 * i + 1];
      }
    }
  }

  /** The row of a key, adding it with the next row number when absent. */
  int add(long key) {
    present = null; // stale once a key is added: freeze again
    long k = key == 0 ? 1 : key;
    int i = probe(k);
    if (slots[2 * i] == k) {
      return (int) slots[2 * i + 1];
    }
    slots[2 * i] = k;
    slots[2 * i + 1] = size;
    size++;
    if (size * 2 > mask + 1) {
      grow();
    }
    return size - 1;
  }

  /** The slot holding key {@code k}, or the empty slot where it would go. */
  private int probe(long k) {
    int i = slot(k, mask);
    while (slots[2 * i] != k && slots[2 * i] != 0) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** The keys in row order. */
  long[] keysByRow() {
    long[] out = new long[size];
    for (int i = 0; i <= mask; i++) {
      if (slots[2 * i] != 0) {
        out[(int) slots[2 * i + 1]] = slots[2 * i];
      }
    }
    return out;
  }

  private void grow() {
    long[] old = slots;
    int cap = (mask + 1) * 2;
    slots = new long[cap * 2];
    mask = cap - 1;
    for (int j = 0; j < old.length; j += 2) {
      long k = old[j];
      if (k == 0) {
        continue;
      }
      int i = slot(k, mask);
      while (slots[2 * i] != 0) {
        i = (i + 1) & mask;
      }
      slots[2 * i] = k;
      slots[2 * i + 1] = old[j + 1];
    }
  }

  /** An index holding these keys as rows 0..n-1, frozen for lookups. */
  static FeatureIndex of(long[] keysByRow) {
    FeatureIndex f = new FeatureIndex(keysByRow.length);
    for (long k : keysByRow) {
      f.add(k);
    }
    if (f.size != keysByRow.length) {
      throw new IllegalArgumentException("duplicate feature keys");
    }
    f.freeze();
    return f;
  }

  /**
   * Builds the presence bits: 16 to 32 bits per key (a power of two), so that one absent key in 16
   * to 32 passes (about one in 30 for the bundled taggers).
   */
  void freeze() {
    int bits = Integer.highestOneBit(Math.max(64, size * 16 - 1)) << 1;
    long[] p = new long[bits >>> 6];
    int m = bits - 1;
    for (int i = 0; i <= mask; i++) {
      long k = slots[2 * i];
      if (k != 0) {
        int b = (int) (k >>> 40) & m;
        p[b >>> 6] |= 1L << b;
      }
    }
    presentMask = m;
    present = p;
  }
}
