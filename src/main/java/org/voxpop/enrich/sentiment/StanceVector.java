package org.voxpop.enrich.sentiment;

import java.util.Arrays;

/**
 * The features of one stance mention ({@link StanceFeatures}): a growable list of keys and values,
 * reused across the mentions of one call, and across the calls of a thread ({@link #take}): a few
 * kilobytes made for every text were most of what the stance scorer allocated.
 */
final class StanceVector {
  private static final ThreadLocal<StanceVector> FREE = new ThreadLocal<>();

  /** This thread's free vector, or a new one when it has none (or it is in use). */
  static StanceVector take() {
    StanceVector v = FREE.get();
    if (v == null) {
      return new StanceVector();
    }
    FREE.remove();
    return v;
  }

  /** Gives the vector back to this thread, for the next {@link #take}; unused after this. */
  void release() {
    clear();
    FREE.set(this);
  }

  int[] keys = new int[256];

  /**
   * Scores added to the class scores as they are ({@link StanceContext.Projected}): what the
   * model's word projections say about the target's context.
   */
  final double[] dense = new double[StanceModel.CLASSES];

  /** Scratch of {@link StanceContext.Projected}. */
  private double[] contextSums = new double[0];

  /** Scratch of {@link StanceContext.Projected}. */
  final int[] contextCounts = new int[StanceContext.REGIONS];

  double[] contextSums(int n) {
    if (contextSums.length < n) {
      contextSums = new double[n];
    }
    return contextSums;
  }

  float[] values = new float[256];
  int size;

  /**
   * The lexical stance: VADER valences around the target, weighted by 1 / (1 + d / 3) for a
   * distance of d tokens and by a quarter outside its clause, normalised like the compound.
   */
  double lexical;

  /** Scratch of {@link StanceModel#probabilities}, as long as {@link #keys}. */
  int[] known = new int[256];

  /** Scratch of {@link StanceModel#probabilities}, as long as {@link #keys}. */
  int[] firstKeys = new int[256];

  /** {@link #known}, with room for {@code n} entries (and {@link #firstKeys} with it). */
  int[] scratch(int n) {
    if (known.length < n) {
      known = new int[keys.length];
      firstKeys = new int[keys.length];
    }
    return known;
  }

  private String[] words = new String[64];

  /**
   * Room for the words of a sentence of {@code n} tokens, for {@link StanceFeatures#extract} to
   * mask.
   */
  String[] words(int n) {
    if (words.length < n) {
      words = new String[Math.max(n, 2 * words.length)];
    }
    return words;
  }

  void clear() {
    size = 0;
    lexical = 0;
    java.util.Arrays.fill(dense, 0);
  }

  void add(int key, double value) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = (float) value;
    size++;
  }
}
