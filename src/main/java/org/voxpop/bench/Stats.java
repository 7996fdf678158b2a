package org.voxpop.bench;

import java.util.Arrays;
import java.util.List;

/** Small statistics for benchmark samples: percentiles, mean and a 95% confidence interval. */
final class Stats {
  private Stats() {}

  /** Two-sided 95% Student t quantiles for 1..30 degrees of freedom; 1.96 beyond. */
  private static final double[] T95 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145,
    2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
        2.048,
    2.045, 2.042
  };

  /**
   * A mean with its 95% confidence interval.
   *
   * @param mean the sample mean
   * @param low lower end of the interval
   * @param high upper end of the interval
   * @param n sample size
   */
  record Interval(double mean, double low, double high, int n) {}

  static Interval meanCi(List<Double> samples) {
    int n = samples.size();
    double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    if (n < 2) {
      return new Interval(mean, mean, mean, n);
    }
    double var = samples.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (n - 1);
    double t = n - 1 <= T95.length ? T95[n - 2] : 1.96;
    double half = t * Math.sqrt(var / n);
    return new Interval(mean, mean - half, mean + half, n);
  }

  /** The p-th percentile (0..100) by nearest rank. */
  static double percentile(List<Double> samples, double p) {
    double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double median(List<Double> samples) {
    return percentile(samples, 50);
  }

  static double[] sorted(List<Double> samples) {
    double[] values = samples.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(values);
    return values;
  }
}
