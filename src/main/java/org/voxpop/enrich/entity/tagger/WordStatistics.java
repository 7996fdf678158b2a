package org.voxpop.enrich.entity.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Word classes learned from unlabelled text: each word's cluster path, its embedding path, and how
 * often it is written in lower case versus capitalised where a capital is not forced (anywhere but
 * a sentence's first word). Words are keyed in lower case with digits as 0, the way the features
 * see them. Immutable and thread safe.
 *
 * <p>File format (gzip by the caller): one line per word, sorted, {@code word TAB path TAB
 * embedding-path TAB lower TAB capitalised}, a path "-" for a word without one. Files of four
 * columns, without the embedding path, are read too: those of taggers trained before it.
 */
public final class WordStatistics implements WordClasses {

  /** Words seen fewer times are left out: their counts say little. */
  public static final int MIN_COUNT = 3;

  /** The counts behind each case ratio: {@link #write} keeps them, not only the ratio. */
  private final Map<String, int[]> cases;

  /** All three, per word, looked up once per token while tagging. */
  private final Map<String, WordClass> classes;

  private WordStatistics(Map<String, WordClass> classes, Map<String, int[]> cases) {
    this.classes = classes;
    this.cases = cases;
  }

  private static WordStatistics of(
      Map<String, String> paths, Map<String, String> embeddingPaths, Map<String, int[]> cases) {
    Set<String> words = new HashSet<>(paths.keySet());
    words.addAll(embeddingPaths.keySet());
    words.addAll(cases.keySet());
    Map<String, WordClass> all = HashMap.newHashMap(words.size());
    Map<WordClass, WordClass> shared = new HashMap<>();
    for (String w : words) {
      WordClass c =
          new WordClass(
              paths.getOrDefault(w, ""), ratio(cases.get(w)), embeddingPaths.getOrDefault(w, ""));
      all.put(w, shared.computeIfAbsent(c, x -> x));
    }
    return new WordStatistics(all, cases);
  }

  /** Knows nothing: for a tagger trained without unlabelled text. */
  public static WordStatistics empty() {
    return new WordStatistics(Map.of(), Map.of());
  }

  /**
   * Counts how each word is written, and attaches the paths given (lower-case keys).
   *
   * @param clusterPaths Brown cluster paths learned from the sentences
   * @param embeddingPaths paths in the tree of the words' vectors (see docs/entities.md)
   */
  public static WordStatistics build(
      List<String[]> sentences,
      Map<String, String> clusterPaths,
      Map<String, String> embeddingPaths) {
    Map<String, int[]> counts = new HashMap<>();
    for (String[] s : sentences) {
      for (int i = 1; i < s.length; i++) {
        String w = s[i];
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
          continue;
        }
        int[] c = counts.computeIfAbsent(key(w), k -> new int[2]);
        if (Character.isUpperCase(w.charAt(0))) {
          c[1]++;
        } else {
          c[0]++;
        }
      }
    }
    Map<String, int[]> kept = new HashMap<>();
    counts.forEach(
        (k, c) -> {
          if (c[0] + c[1] >= MIN_COUNT) {
            kept.put(k, c);
          }
        });
    return of(clusterPaths, embeddingPaths, kept);
  }

  /**
   * Reads a file of embedding paths (already unzipped): lines {@code word TAB path}, the words as
   * {@link #key} makes them (see {@code bench/entity-word-paths}).
   */
  public static Map<String, String> readEmbeddingPaths(InputStream in) throws IOException {
    Map<String, String> out = new HashMap<>();
    forEachLine(
        in,
        (no, f) -> {
          if (f.length != 2
              || f[0].isEmpty()
              || !f[1].chars().allMatch(c -> c == '0' || c == '1')) {
            throw new IOException(
                "embedding paths line " + no + ": expected a word, a tab, 0s and 1s");
          }
          out.put(f[0], f[1]);
        });
    return out;
  }

  /** The key a word is stored under: lower case, digits as 0. */
  public static String key(String word) {
    return FeatureExtractor.digitsToZero(word.toLowerCase(Locale.ROOT));
  }

  @Override
  public WordClass lookup(String key) {
    return classes.getOrDefault(key, NOTHING);
  }

  /** log2 of lower-case to capitalised uses, in whole steps, capped: "is" is +5, "Reagan" -5. */
  private static int ratio(int[] c) {
    if (c == null) {
      return UNKNOWN;
    }
    double r = Math.log((c[0] + 1.0) / (c[1] + 1.0)) / Math.log(2);
    return (int) Math.max(-5, Math.min(5, Math.round(r)));
  }

  /** Number of words with counts. */
  public int size() {
    return cases.size();
  }

  private static final int[] NO_COUNTS = {0, 0};

  /** Writes the table in the sorted text format; the same statistics give the same bytes. */
  public void write(OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    for (Map.Entry<String, WordClass> e : new TreeMap<>(classes).entrySet()) {
      WordClass wc = e.getValue();
      int[] c = cases.getOrDefault(e.getKey(), NO_COUNTS);
      w.write(e.getKey());
      w.write('\t');
      w.write(wc.path().isEmpty() ? "-" : wc.path());
      w.write('\t');
      w.write(wc.embeddingPath().isEmpty() ? "-" : wc.embeddingPath());
      w.write('\t');
      w.write(c[0] + "\t" + c[1]);
      w.write('\n');
    }
    w.flush();
  }

  /**
   * Reads what {@link #write} wrote. Most of the 341,283 words of the bundled file have an
   * embedding path and nothing else: the words share one {@link WordClass} per distinct class
   * (28,172 of them), which saves about 12 MB of heap.
   */
  public static WordStatistics read(InputStream in) throws IOException {
    Map<String, String> paths = new HashMap<>();
    Map<String, String> embeddingPaths = new HashMap<>();
    Map<String, int[]> cases = new HashMap<>();
    Map<String, String> distinct = new HashMap<>();
    forEachLine(
        in,
        (no, f) -> {
          // Four columns: a file from before the embedding paths.
          if (f.length != 5 && f.length != 4) {
            throw new IOException("word statistics line " + no + ": expected 5 columns");
          }
          // About 1,000 Brown and 4,000 embedding paths in all: one string each.
          if (!f[1].equals("-")) {
            paths.put(f[0], distinct.computeIfAbsent(f[1], x -> x));
          }
          int c = f.length - 2;
          if (f.length == 5 && !f[2].equals("-")) {
            embeddingPaths.put(f[0], distinct.computeIfAbsent(f[2], x -> x));
          }
          int lower = Integer.parseInt(f[c]);
          int cap = Integer.parseInt(f[c + 1]);
          if (lower + cap > 0) {
            cases.put(f[0], new int[] {lower, cap});
          }
        });
    return of(paths, embeddingPaths, cases);
  }

  /** What to do with one line's tab-separated fields; {@code no} counts from 1. */
  private interface LineHandler {
    void accept(int no, String[] fields) throws IOException;
  }

  /** Feeds each line of a UTF-8 table, split at every tab, with its number. */
  private static void forEachLine(InputStream in, LineHandler handler) throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      handler.accept(++no, line.split("\t", -1));
    }
  }
}
