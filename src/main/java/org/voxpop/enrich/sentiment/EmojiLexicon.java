package org.voxpop.enrich.sentiment;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The emoji lexicon with a longest-match index. Immutable after construction (the bit set is never
 * written again), so safe to share between threads.
 */
final class EmojiLexicon {
  private final Map<String, String> descriptions;

  /** Every proper prefix (in UTF-16 units) of every key: extend a match only while it is one. */
  private final Set<String> prefixes;

  private final BitSet starts = new BitSet(65536);

  EmojiLexicon(Map<String, String> descriptions) {
    this.descriptions = Lexicons.frozen(descriptions);
    Set<String> pre = new HashSet<>();
    for (String k : descriptions.keySet()) {
      starts.set(k.charAt(0));
      for (int l = 1; l < k.length(); l++) {
        pre.add(k.substring(0, l));
      }
    }
    this.prefixes = Lexicons.frozenSet(pre);
  }

  /** Whether an emoji can start with this UTF-16 unit: a cheap filter. */
  boolean mayStart(char c) {
    return starts.get(c);
  }

  /** Length of the longest emoji at {@code i} (not crossing {@code to}), 0 for none. */
  int matchAt(String text, int i, int to) {
    int best = 0;
    for (int end = i + 1; end <= to; end++) {
      String s = text.substring(i, end);
      if (descriptions.containsKey(s)) {
        best = end - i;
      }
      if (!prefixes.contains(s)) {
        break;
      }
    }
    return best;
  }

  String describe(String emoji) {
    return descriptions.get(emoji);
  }
}
