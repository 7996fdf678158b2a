package org.voxpop.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads misspelt evaluative words in comments ("lier", "theif", "corupt") as the VADER lexicon word
 * they most likely are, so that the stance toward "putin is a lier" is not left to chance. A word
 * is read as a lexicon word only when: it is unknown to the lexicon and to the bundled list of
 * common English words (SCOWL, in the entity package; so real words like "hat" never become
 * "hate"), it has four letters or more, it begins with the same letter, the two differ by one
 * deleted letter on either side (which covers a wrong, missing, extra or swapped letter: found by
 * the symmetric-delete method of SymSpell, then checked), the word is not capitalised (names are),
 * the lexicon word has a valence of at least 1.5 either way, and exactly one lexicon word fits.
 * Immutable and thread safe.
 */
final class StanceSpelling {
  /** Lexicon words of at least this much valence, either way, are candidates. */
  static final double MIN_VALENCE = 1.5;

  private static final String COMMON = "/org/voxpop/enrich/entity/common-words.txt.gz";
  private static final String AMBIGUOUS = "";

  private static final class Holder {
    static final StanceSpelling INSTANCE =
        new StanceSpelling(
            SentimentScorer.create().vader().lexicon(),
            SentimentScorer.create().vader().words(),
            commonWords());
  }

  /**
   * A lexicon word or one of its one-letter deletions, to the word; {@link #AMBIGUOUS} when two
   * fit.
   */
  private final Map<String, String> deletes = new HashMap<>();

  private final Map<String, Double> lexicon;

  /** Its lexicon words are no misspellings. */
  private final WordTable words;

  /** The common English words: no misspellings either. */
  private final Set<String> common;

  /**
   * A Bloom filter (two bits per key) of the {@link String#hashCode} of every key of {@link
   * #deletes}: a word none of whose one-letter deletions has its bits set cannot match, and nearly
   * every word of a text is turned away here, without a string or a look-up in the common words.
   */
  private final long[] deleteBits = new long[1 << (BLOOM_BITS - 6)];

  private static final int BLOOM_BITS = 20;

  /** Longer words skip the filter (none of them in a comment is likely). */
  private static final int MAX_FILTERED = 48;

  /** Powers of 31 modulo 2^32, for the hash of a word with one letter deleted. */
  private static final int[] POW31 = new int[MAX_FILTERED + 1];

  static {
    POW31[0] = 1;
    for (int i = 1; i < POW31.length; i++) {
      POW31[i] = POW31[i - 1] * 31;
    }
  }

  StanceSpelling(Map<String, Double> lexicon, WordTable words, Set<String> common) {
    this.lexicon = lexicon;
    this.words = words;
    this.common = common;
    lexicon.entrySet().stream()
        .filter(e -> Math.abs(e.getValue()) >= MIN_VALENCE)
        .map(Map.Entry::getKey)
        .filter(StanceSpelling::letters)
        .sorted()
        .forEach(
            w -> {
              put(w, w);
              for (int i = 0; i < w.length(); i++) {
                put(w.substring(0, i) + w.substring(i + 1), w);
              }
            });
    for (String key : deletes.keySet()) {
      int h = StanceFeatures.mix(key.hashCode());
      deleteBits[(h & BLOOM_MASK) >>> 6] |= 1L << h;
      deleteBits[((h >>> 12) & BLOOM_MASK) >>> 6] |= 1L << (h >>> 12);
    }
    byId = new double[words.size()];
    for (int id = 0; id < byId.length; id++) {
      byId[id] = read(words.word(id), id);
    }
  }

  /** {@link #valence} of each word of the table, by id: worked out once, not for each token. */
  private final double[] byId;

  private static final int BLOOM_MASK = (1 << BLOOM_BITS) - 1;

  /** Whether {@link #deletes} may hold a key of this {@link String#hashCode}. */
  private boolean mayHold(int hash) {
    // Mixed, so that the filter's two bits depend on every bit of the hash.
    int h = StanceFeatures.mix(hash);
    return (deleteBits[(h & BLOOM_MASK) >>> 6] & (1L << h)) != 0
        && (deleteBits[((h >>> 12) & BLOOM_MASK) >>> 6] & (1L << (h >>> 12))) != 0;
  }

  /**
   * Whether {@link #deletes} may hold the word or one of its one-letter deletions: false means
   * {@link #match} finds nothing for any of them. The hash of each deletion is worked out from the
   * word's, as {@code prefix * 31^suffixLength + suffix}, with no string made.
   */
  boolean mayMatch(String word) {
    int n = word.length();
    if (n > MAX_FILTERED) {
      return true;
    }
    int full = word.hashCode();
    if (mayHold(full)) {
      return true;
    }
    int prefix = 0;
    int suffix = full;
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      suffix -= c * POW31[n - 1 - i];
      if (mayHold(prefix * POW31[n - 1 - i] + suffix)) {
        return true;
      }
      prefix = 31 * prefix + c;
    }
    return false;
  }

  static StanceSpelling bundled() {
    return Holder.INSTANCE;
  }

  private void put(String key, String word) {
    String had = deletes.putIfAbsent(key, word);
    if (had != null && !had.equals(word)) {
      deletes.put(key, AMBIGUOUS);
    }
  }

  /** The valence of the lexicon word a misspelt word stands for, or 0. */
  double valence(String word) {
    return valence(word, words.id(word));
  }

  /** {@link #valence(String)} of a word whose {@link WordTable#id} is {@code id}. */
  double valence(String word, int id) {
    return id == WordTable.NONE ? read(word, id) : byId[id];
  }

  private double read(String word, int id) {
    String found = correction(word, id);
    return found == null ? 0 : lexicon.get(found);
  }

  /**
   * The lexicon word a misspelt word stands for ("lier": "liar"), or null: the word is in the
   * lexicon or the common words, or is one letter away from none or from several.
   */
  String correction(String word, int id) {
    int n = word.length();
    if (n < 4
        || !Double.isNaN(words.valence(id))
        || !letters(word)
        || !mayMatch(word)
        || common.contains(word)) {
      return null;
    }
    String found = match(word);
    for (int i = 0; i < n; i++) {
      String m = match(word.substring(0, i) + word.substring(i + 1));
      if (m != null) {
        if (found != null && !found.equals(m)) {
          return null;
        }
        found = m;
      }
    }
    return found == null || found.charAt(0) != word.charAt(0) || !oneEdit(word, found)
        ? null
        : found;
  }

  /** Whether two words differ by exactly one inserted, deleted, replaced or swapped letter. */
  static boolean oneEdit(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < Math.min(n, m) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (n == m) {
      return a.substring(i + 1).equals(b.substring(i + 1))
          || i + 1 < n
              && a.charAt(i) == b.charAt(i + 1)
              && a.charAt(i + 1) == b.charAt(i)
              && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return n > m
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }

  private String match(String key) {
    String w = deletes.get(key);
    return w == null || w.isEmpty() ? null : w;
  }

  private static boolean letters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static Set<String> commonWords() {
    InputStream raw = StanceSpelling.class.getResourceAsStream(COMMON);
    if (raw == null) {
      throw new IllegalStateException("missing bundled resource " + COMMON);
    }
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      Set<String> out = new HashSet<>(80_000);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line.strip());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
