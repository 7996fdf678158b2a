package org.voxpop.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Loads the bundled tab-separated resources of this package; shared by the scorers. */
final class Lexicons {
  private Lexicons() {}

  /**
   * A read-only hash map. The JDK's immutable maps ({@code Map.copyOf}) probe linearly and were the
   * hottest frames in profiles; a plain {@link HashMap} behind a read-only view is faster and
   * equally safe to share once built.
   */
  static <K, V> Map<K, V> frozen(Map<K, V> map) {
    return java.util.Collections.unmodifiableMap(new HashMap<>(map));
  }

  /** A read-only hash set, for the same reason as {@link #frozen(Map)}. */
  static Set<String> frozenSet(java.util.Collection<String> words) {
    return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(words));
  }

  /** A read-only hash set of the given words. */
  static Set<String> set(String... words) {
    return frozenSet(java.util.Arrays.asList(words));
  }

  /** Opens a resource beside this class, failing loudly: a missing lexicon is a packaging bug. */
  static BufferedReader open(String name) {
    InputStream in = Lexicons.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * The VADER word lexicon: token to mean valence (-4..4). A later duplicate wins, as in the
   * reference implementation (the file lists "lol" twice).
   */
  static Map<String, Double> vaderLexicon() {
    Map<String, Double> map = new HashMap<>(16_384);
    try (BufferedReader r = open("vader_lexicon.txt")) {
      String line;
      while ((line = r.readLine()) != null) {
        int t1 = line.indexOf('\t');
        if (t1 <= 0) {
          continue;
        }
        int t2 = line.indexOf('\t', t1 + 1);
        String word = line.substring(0, t1).toLowerCase(Locale.ROOT);
        double v = Double.parseDouble(line.substring(t1 + 1, t2 < 0 ? line.length() : t2).trim());
        map.put(word, v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return frozen(map);
  }

  /** The VADER emoji lexicon: emoji (one or more code points) to an English description. */
  static Map<String, String> emojiLexicon() {
    Map<String, String> map = new HashMap<>(8_192);
    try (BufferedReader r = open("emoji_utf8_lexicon.txt")) {
      String line;
      while ((line = r.readLine()) != null) {
        int t = line.indexOf('\t');
        if (t <= 0) {
          continue;
        }
        map.put(line.substring(0, t), line.substring(t + 1).trim().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return frozen(map);
  }
}
