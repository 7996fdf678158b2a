package org.voxpop.enrich.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every lower-case word that the sentiment, stance and abuse scorers ask a word list about, behind
 * one open-addressing table: a token is hashed and compared once, when it is made ({@link
 * Tokens#id}), and each scorer then reads what it needs from arrays indexed by that id instead of
 * hashing the same string into its own maps (a fifth of the time of the three together went to such
 * look-ups). The facts stay with their owners (the VADER lexicon and word lists in {@link Vader},
 * the abuse words in {@link AbuseScorer}, the stance flags in {@link StanceFeatures} and clause
 * words in {@link StanceSentence}); this class only gathers them. Immutable after construction and
 * therefore thread safe.
 */
final class WordTable {
  /** The id of a word the table does not hold. */
  static final int NONE = -1;

  // Bits of bits(id).
  /** In {@link Vader#NEGATE}. */
  static final int NEGATE = 1;

  /** A word of one of {@link Vader#SPECIAL_CASES}. */
  static final int IDIOM = 2;

  /** A word that opens a clause for the stance ({@link StanceSentence#CLAUSE_WORDS}). */
  static final int CLAUSE = 4;

  /**
   * Per slot, the word's id + 1 in the low bits of {@link #idMask} (0: empty) and the high bits of
   * its hash above them: a probe reads one int of a table small enough to stay in cache, and
   * touches a string only when those bits agree.
   */
  private final int[] slots;

  private final int mask;
  private final int idMask;
  private final String[] words;

  /**
   * Per id, in one int so that a token's facts share a cache line: the bits of {@link #is} in the
   * low byte, then the index + 1 of its booster value in {@link #values} (0: none), then that of
   * its valence (0: not in the lexicon). The lexicon has a few dozen distinct valences.
   */
  private final int[] info;

  /** The distinct valences and booster values, indexed from {@link #info}. */
  private final double[] values;

  private final int[] stanceFlags;

  /**
   * Every word's characters, one after another, for {@link #id(String, int, int, int)} to compare a
   * token against without reaching for the word's {@code String} (two more cache misses): the word
   * of id {@code i} is {@code letters[where[i] .. where[i + 1])}. A word with a character beyond
   * ASCII is stored empty and so it never matches: that look-up is only asked about ASCII.
   */
  private final byte[] letters;

  private final int[] where;

  /**
   * The table of the lexicon's words and of every word list of the scorers. The common English
   * words of {@link StanceSpelling} stay out: four times as many words would make every look-up
   * slower for the one question only the misspelling reader asks.
   *
   * @param lexicon the VADER lexicon (lower-case word to valence)
   */
  WordTable(Map<String, Double> lexicon) {
    Map<String, Integer> bitsOf = new HashMap<>();
    Vader.NEGATE.forEach(w -> bitsOf.merge(w, NEGATE, (a, b) -> a | b));
    Vader.IDIOM_WORDS.forEach(w -> bitsOf.merge(w, IDIOM, (a, b) -> a | b));
    StanceSentence.CLAUSE_WORDS.forEach(w -> bitsOf.merge(w, CLAUSE, (a, b) -> a | b));
    // sorted, so that ids do not depend on hash order
    Set<String> all = new TreeSet<>(bitsOf.keySet());
    all.addAll(lexicon.keySet());
    all.addAll(Vader.BOOSTERS.keySet());
    all.addAll(StanceFeatures.flagWords());
    all.addAll(AbuseScorer.bundledWordBits().keySet());
    int n = all.size();
    int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
    slots = new int[cap];
    mask = cap - 1;
    idMask = (1 << (32 - Integer.numberOfLeadingZeros(n + 1))) - 1;
    words = new String[n];
    info = new int[n];
    Map<Double, Integer> index = new HashMap<>();
    stanceFlags = new int[n];
    int id = 0;
    for (String w : all) {
      int h = w.hashCode();
      int slot = slot(h);
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (h & ~idMask) | (id + 1);
      words[id] = w;
      Double v = lexicon.get(w);
      Double b = Vader.BOOSTERS.get(w);
      info[id] =
          bitsOf.getOrDefault(w, 0)
              | (b == null ? 0 : code(index, b)) << 8
              | (v == null ? 0 : code(index, v)) << 16;
      stanceFlags[id] = StanceFeatures.flags(w);
      id++;
    }
    values = new double[index.size()];
    index.forEach((v, c) -> values[c - 1] = v);
    where = new int[n + 1];
    java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < n; i++) {
      String w = words[i];
      boolean ascii = w.chars().allMatch(c -> c < 0x80);
      for (int k = 0; ascii && k < w.length(); k++) {
        blob.write(w.charAt(k));
      }
      where[i + 1] = blob.size();
    }
    letters = blob.toByteArray();
  }

  /** The index + 1 of a value in {@link #values} as it is being built: at most 255 of them. */
  private static int code(Map<Double, Integer> index, double value) {
    int c = index.computeIfAbsent(value, v -> index.size() + 1);
    if (c > 0xFF) {
      throw new IllegalStateException("over 255 distinct valences: widen WordTable.info");
    }
    return c;
  }

  private int slot(int hash) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 15)) & mask;
  }

  /** The id of a lower-case word, or {@link #NONE}. */
  int id(String lower) {
    int h = lower.hashCode();
    int high = h & ~idMask;
    int slot = slot(h);
    for (int e = slots[slot]; e != 0; e = slots[slot]) {
      int id = (e & idMask) - 1;
      if ((e & ~idMask) == high && words[id].equals(lower)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    return NONE;
  }

  /**
   * {@link #id(String)} of the lower case of {@code text[s, e)}, which is ASCII, given the {@link
   * String#hashCode} {@code hash} of that lower case: no string is made for the look-up.
   */
  int id(String text, int s, int e, int hash) {
    int high = hash & ~idMask;
    int slot = slot(hash);
    for (int x = slots[slot]; x != 0; x = slots[slot]) {
      int id = (x & idMask) - 1;
      if ((x & ~idMask) == high && sameLowerCase(id, text, s, e)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    return NONE;
  }

  /**
   * Whether word {@code id} is the lower case of {@code text[s, e)}, which is ASCII and not empty
   * (a word beyond ASCII is stored empty, so it never is).
   */
  private boolean sameLowerCase(int id, String text, int s, int e) {
    int from = where[id];
    if (where[id + 1] - from != e - s || e == s) {
      return false;
    }
    byte[] l = letters;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != l[from++]) {
        return false;
      }
    }
    return true;
  }

  /** The lower-case word of an id other than {@link #NONE}. */
  String word(int id) {
    return words[id];
  }

  /** How many words the table holds: ids are {@code 0 .. size() - 1}. */
  int size() {
    return words.length;
  }

  /**
   * Per id, the value each word of {@code map} has (0 for the rest). Fails when the table lacks one
   * of the words: then a scorer would silently miss it.
   */
  int[] perWord(Map<String, Integer> map) {
    int[] out = new int[words.length];
    map.forEach(
        (w, v) -> {
          int id = id(w);
          if (id == NONE) {
            throw new IllegalStateException("the word table lacks \"" + w + "\"");
          }
          out[id] = v;
        });
    return out;
  }

  /** VADER valence of the word, NaN when the lexicon does not hold it (or for {@link #NONE}). */
  double valence(int id) {
    int code = id == NONE ? 0 : info[id] >>> 16;
    return code == 0 ? Double.NaN : values[code - 1];
  }

  /** The booster or dampener value of {@link Vader#BOOSTERS}, 0 for other words. */
  double booster(int id) {
    int code = id == NONE ? 0 : (info[id] >>> 8) & 0xFF;
    return code == 0 ? 0 : values[code - 1];
  }

  /** Whether the word has the given bit ({@link #NEGATE}, {@link #IDIOM}, ...). */
  boolean is(int id, int bit) {
    return id != NONE && (info[id] & bit) != 0;
  }

  /** {@link StanceFeatures#flags} of the word with this id; only for ids other than NONE. */
  int stanceFlags(int id) {
    return stanceFlags[id];
  }
}
