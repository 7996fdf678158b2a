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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word classes learned from unlabelled text: each word's cluster path and how often it is written
 * in lower case versus capitalised where a capital is not forced (anywhere but a sentence's first
 * word). Words are keyed in lower case with digits as 0, the way the features see them. Immutable
 * and thread safe.
 *
 * <p>File format (gzip by the caller): one line per word, sorted, {@code word TAB path TAB lower
 * TAB capitalised}, the path "-" for a word without a cluster.
 */
public final class WordStatistics implements WordClasses {

  /** Words seen fewer times are left out: their counts say little. */
  public static final int MIN_COUNT = 3;

  private final Map<String, String> paths;
  private final Map<String, int[]> cases;

  /** Both, per word, looked up once per token while tagging. */
  private final Map<String, WordClass> classes;

  private WordStatistics(Map<String, String> paths, Map<String, int[]> cases) {
    this.paths = paths;
    this.cases = cases;
    Map<String, WordClass> all = new HashMap<>(Math.max(16, (paths.size() + cases.size()) * 2));
    for (String w : paths.keySet()) {
      all.put(w, new WordClass(paths.get(w), ratio(cases.get(w))));
    }
    cases.forEach((w, c) -> all.putIfAbsent(w, new WordClass("", ratio(c))));
    this.classes = all;
  }

  /** Knows nothing: for a tagger trained without unlabelled text. */
  public static WordStatistics empty() {
    return new WordStatistics(Map.of(), Map.of());
  }

  /** Counts how each word is written, and attaches the cluster paths given (lower-case keys). */
  public static WordStatistics build(List<String[]> sentences, Map<String, String> clusterPaths) {
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
    return new WordStatistics(Map.copyOf(clusterPaths), kept);
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

  /** Writes the table in the sorted text format; the same statistics give the same bytes. */
  public void write(OutputStream out) throws IOException {
    TreeMap<String, String> lines = new TreeMap<>();
    for (Map.Entry<String, int[]> e : cases.entrySet()) {
      lines.put(e.getKey(), e.getValue()[0] + "\t" + e.getValue()[1]);
    }
    for (String w : paths.keySet()) {
      lines.putIfAbsent(w, "0\t0");
    }
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> e : lines.entrySet()) {
      w.write(e.getKey());
      w.write('\t');
      w.write(paths.getOrDefault(e.getKey(), "-"));
      w.write('\t');
      w.write(e.getValue());
      w.write('\n');
    }
    w.flush();
  }

  /** Reads what {@link #write} wrote. */
  public static WordStatistics read(InputStream in) throws IOException {
    Map<String, String> paths = new HashMap<>();
    Map<String, int[]> cases = new HashMap<>();
    BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IOException("word statistics line " + no + ": expected 4 columns");
      }
      if (!f[1].equals("-")) {
        paths.put(f[0], f[1]);
      }
      int lower = Integer.parseInt(f[2]);
      int cap = Integer.parseInt(f[3]);
      if (lower + cap > 0) {
        cases.put(f[0], new int[] {lower, cap});
      }
    }
    return new WordStatistics(paths, cases);
  }
}
