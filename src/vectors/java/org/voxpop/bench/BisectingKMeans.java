package org.voxpop.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Hierarchical word classes from word vectors: bisecting 2-means, each split started from the
 * principal direction of its node (power iteration from a seeded start) and refined by a few rounds
 * of 2-means. Each word's path is its branch bits from the root ("1" the side the direction points
 * to). Deterministic for the same vectors and seed: one thread, a fixed order of sums.
 */
final class BisectingKMeans {

  private static final int POWER_ROUNDS = 20;
  private static final int MEANS_ROUNDS = 10;

  private BisectingKMeans() {}

  /**
   * The path of each vector.
   *
   * @param vectors one per word, all of one length; centred and scaled to unit length first, so
   *     that the split follows direction, not magnitude
   * @param depth the longest path
   * @param minSplit a node with fewer vectors stays a leaf
   */
  static String[] paths(float[][] vectors, int depth, int minSplit, long seed) {
    int n = vectors.length;
    int dim = vectors[0].length;
    double[] mean = new double[dim];
    for (float[] v : vectors) {
      for (int d = 0; d < dim; d++) {
        mean[d] += v[d];
      }
    }
    float[][] x = new float[n][dim];
    for (int i = 0; i < n; i++) {
      double norm = 0;
      for (int d = 0; d < dim; d++) {
        double c = vectors[i][d] - mean[d] / n;
        x[i][d] = (float) c;
        norm += c * c;
      }
      float scale = (float) (1 / (Math.sqrt(norm) + 1e-9));
      for (int d = 0; d < dim; d++) {
        x[i][d] *= scale;
      }
    }
    StringBuilder[] paths = new StringBuilder[n];
    for (int i = 0; i < n; i++) {
      paths[i] = new StringBuilder(depth);
    }
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    split(x, all, 0, depth, minSplit, new SplittableRandom(seed), paths);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = paths[i].toString();
    }
    return out;
  }

  private static void split(
      float[][] x,
      int[] idx,
      int level,
      int depth,
      int minSplit,
      SplittableRandom random,
      StringBuilder[] paths) {
    if (level == depth || idx.length < minSplit) {
      return;
    }
    int dim = x[0].length;
    double[] centre = centroid(x, idx, null, true);
    double[] v = new double[dim];
    for (int d = 0; d < dim; d++) {
      v[d] = random.nextDouble() - 0.5;
    }
    for (int round = 0; round < POWER_ROUNDS; round++) {
      double[] next = new double[dim];
      for (int i : idx) {
        double p = 0;
        for (int d = 0; d < dim; d++) {
          p += (x[i][d] - centre[d]) * v[d];
        }
        for (int d = 0; d < dim; d++) {
          next[d] += p * (x[i][d] - centre[d]);
        }
      }
      v = unit(next);
    }
    boolean[] side = new boolean[idx.length];
    for (int k = 0; k < idx.length; k++) {
      double p = 0;
      for (int d = 0; d < dim; d++) {
        p += (x[idx[k]][d] - centre[d]) * v[d];
      }
      side[k] = p > 0;
    }
    for (int round = 0; round < MEANS_ROUNDS && mixed(side); round++) {
      double[] one = centroid(x, idx, side, true);
      double[] zero = centroid(x, idx, side, false);
      double bias = (dot(one, one) - dot(zero, zero)) / 2;
      boolean changed = false;
      for (int k = 0; k < idx.length; k++) {
        double p = 0;
        for (int d = 0; d < dim; d++) {
          p += x[idx[k]][d] * (one[d] - zero[d]);
        }
        boolean s = p > bias;
        changed |= s != side[k];
        side[k] = s;
      }
      if (!changed) {
        break;
      }
    }
    if (!mixed(side)) {
      return;
    }
    int ones = 0;
    for (boolean s : side) {
      ones += s ? 1 : 0;
    }
    int[] left = new int[ones];
    int[] right = new int[idx.length - ones];
    int a = 0;
    int b = 0;
    for (int k = 0; k < idx.length; k++) {
      paths[idx[k]].append(side[k] ? '1' : '0');
      if (side[k]) {
        left[a++] = idx[k];
      } else {
        right[b++] = idx[k];
      }
    }
    split(x, left, level + 1, depth, minSplit, random, paths);
    split(x, right, level + 1, depth, minSplit, random, paths);
  }

  /** The mean of the vectors of {@code idx} (those on {@code want}'s side when side is given). */
  private static double[] centroid(float[][] x, int[] idx, boolean[] side, boolean want) {
    int dim = x[0].length;
    double[] c = new double[dim];
    int count = 0;
    for (int k = 0; k < idx.length; k++) {
      if (side != null && side[k] != want) {
        continue;
      }
      count++;
      for (int d = 0; d < dim; d++) {
        c[d] += x[idx[k]][d];
      }
    }
    for (int d = 0; d < dim; d++) {
      c[d] /= Math.max(1, count);
    }
    return c;
  }

  private static boolean mixed(boolean[] side) {
    boolean any = false;
    boolean all = true;
    for (boolean s : side) {
      any |= s;
      all &= s;
    }
    return any && !all;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) {
      s += a[d] * b[d];
    }
    return s;
  }

  private static double[] unit(double[] v) {
    double n = Math.sqrt(dot(v, v)) + 1e-12;
    for (int d = 0; d < v.length; d++) {
      v[d] /= n;
    }
    return v;
  }
}
