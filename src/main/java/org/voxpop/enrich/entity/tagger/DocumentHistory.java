package org.voxpop.enrich.entity.tagger;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The types given so far in a document to each capitalised word: a later "Chelsea" in a report that
 * tagged it as a team is likely the team again (the non-local "prediction history" features of
 * Ratinov and Roth 2009). One per document, single-threaded.
 */
final class DocumentHistory {

  private static final long[] NONE = {};

  /** The one feature key of each type (0 for "no name"), shared by every token that has it. */
  private static final long[][] KEYS = historyKeys();

  private final Map<String, int[]> seen = new HashMap<>();

  private static long[][] historyKeys() {
    long[][] keys = new long[1 + Labels.TYPES][];
    for (int t = 0; t < keys.length; t++) {
      keys[t] = new long[] {FeatureExtractor.historyKey(t)};
    }
    return keys;
  }

  /**
   * What the history remembers a word by: a capitalised word in lower case, null for the others.
   * Callers that meet a word often keep this with it ({@link FeatureExtractor.Word#history}), so
   * that the same string, with its hash code already computed, is looked up each time.
   */
  static String key(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        ? word.toLowerCase(Locale.ROOT)
        : null;
  }

  /** Each word's {@link #key}. */
  static String[] keys(String[] words) {
    String[] keys = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      keys[i] = key(words[i]);
    }
    return keys;
  }

  /**
   * The history feature keys of each token.
   *
   * @param words each token's {@link #key}
   */
  long[][] features(String[] words) {
    long[][] out = new long[words.length][];
    for (int i = 0; i < words.length; i++) {
      int[] c = words[i] != null ? seen.get(words[i]) : null;
      if (c == null) {
        out[i] = NONE;
        continue;
      }
      int best = 0;
      for (int t = 1; t < c.length; t++) {
        if (c[t] > c[best]) {
          best = t;
        }
      }
      out[i] = KEYS[best];
    }
    return out;
  }

  /**
   * Records the labels just given to a sentence.
   *
   * @param words each token's {@link #key}
   */
  void record(String[] words, int[] labels) {
    for (int i = 0; i < words.length; i++) {
      if (words[i] == null) {
        continue;
      }
      int type = labels[i] == Labels.O ? 0 : 1 + Labels.type(labels[i]);
      seen.computeIfAbsent(words[i], k -> new int[1 + Labels.TYPES])[type]++;
    }
  }
}
