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

  private final Map<String, int[]> seen = new HashMap<>();

  /** The history feature keys of each token. */
  long[][] keys(String[] words) {
    long[][] out = new long[words.length][];
    for (int i = 0; i < words.length; i++) {
      int[] c = capitalised(words[i]) ? seen.get(words[i].toLowerCase(Locale.ROOT)) : null;
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
      out[i] = new long[] {FeatureExtractor.historyKey(best)};
    }
    return out;
  }

  /** Records the labels just given to a sentence. */
  void record(String[] words, int[] labels) {
    for (int i = 0; i < words.length; i++) {
      if (!capitalised(words[i])) {
        continue;
      }
      int type = labels[i] == Labels.O ? 0 : 1 + Labels.type(labels[i]);
      seen.computeIfAbsent(words[i].toLowerCase(Locale.ROOT), k -> new int[1 + Labels.TYPES])[
          type]++;
    }
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }
}
