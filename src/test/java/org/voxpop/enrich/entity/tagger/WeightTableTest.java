package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The weights kept beside their keys are those of the feature index's rows, key for key. */
class WeightTableTest {

  private static final int C = Labels.COUNT;

  @Test
  void findsTheWeightsOfEveryKeyTheIndexHoldsAndNoneOfTheOthers() {
    SplittableRandom r = new SplittableRandom(5);
    int n = 20_000;
    long[] keys = new long[n];
    keys[0] = 0; // held as 1, as the index holds it
    for (int i = 1; i < n; i++) {
      // some keys share their slot bits, so that probing goes past the first slot
      keys[i] = i % 10 == 0 ? keys[i - 1] ^ (1L << 40) ^ (1L << 8) : r.nextLong() | 2;
    }
    float[] weights = new float[n * C];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (float) r.nextGaussian();
    }
    FeatureIndex index = FeatureIndex.of(keys);
    WeightTable table = new WeightTable(index.keysByRow(), weights);
    long[] asked = new long[2 * n];
    for (int i = 0; i < n; i++) {
      asked[2 * i] = keys[i];
      asked[2 * i + 1] = r.nextLong();
    }
    int[] places = new int[asked.length];
    table.find(asked, asked.length, places);
    int found = 0;
    for (int j = 0; j < asked.length; j++) {
      int row = index.get(asked[j]);
      assertEquals(row < 0, places[j] < 0, "key " + asked[j]);
      if (row >= 0) {
        double[] expected = new double[C];
        double[] actual = new double[C];
        for (int y = 0; y < C; y++) {
          expected[y] += weights[row * C + y];
        }
        table.addTo(places[j], actual, 0);
        assertArrayEquals(expected, actual);
        found++;
      }
    }
    assertEquals(n, found);
  }
}
