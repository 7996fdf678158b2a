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
    String[] lower = lowerCase(words);
    for (int i = 0; i < words.length; i++) {
      int[] c = lower[i] != null ? seen.get(lower[i]) : null;
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
    String[] lower = lowerCase(words);
    for (int i = 0; i < words.length; i++) {
      if (lower[i] == null) {
        continue;
      }
      int type = labels[i] == Labels.O ? 0 : 1 + Labels.type(labels[i]);
      seen.computeIfAbsent(lower[i], k -> new int[1 + Labels.TYPES])[type]++;
    }
  }

  /** The sentence {@link #lower} was made for (the same array is asked about twice). */
  private String[] lastWords;

  private String[] lower;

  /** Each capitalised word in lower case, null for the others; made once per sentence. */
  private String[] lowerCase(String[] words) {
    if (words != lastWords) {
      lower = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        lower[i] = capitalised(words[i]) ? words[i].toLowerCase(Locale.ROOT) : null;
      }
      lastWords = words;
    }
    return lower;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }
}
