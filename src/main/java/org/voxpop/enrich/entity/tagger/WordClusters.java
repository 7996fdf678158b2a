package org.voxpop.enrich.entity.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Hierarchical word clusters: each word's path from the root of a binary merge tree to its cluster,
 * as a string of {@code 0} (left) and {@code 1} (right), plus how often the word occurred in the
 * text the tree was trained on. Words of one cluster share a path; words in nearby clusters share
 * long prefixes, so the prefixes of a few lengths (Ratinov and Roth 2009 use 4, 6, 10 and 20) are
 * word-class features at several granularities.
 *
 * <p>Words are looked up exactly as given: the caller decides on lower-casing or other
 * normalisation, and must do the same as the training text did.
 *
 * <p>The file format is that of Liang's {@code wcluster} {@code paths} output, one word a line,
 * {@code path TAB word TAB count}, in UTF-8; {@link #write} gzips it, {@link #read} takes it
 * gzipped or plain.
 *
 * <p>Immutable, so safe to share between threads.
 */
public final class WordClusters {

  /**
   * One word of the clustering.
   *
   * @param word the word, without tabs or line breaks
   * @param path root-to-leaf path of the word's cluster, {@code 0}s and {@code 1}s (empty when the
   *     tree is a single cluster)
   * @param count how often the word occurred in the training text
   */
  public record Entry(String word, String path, long count) {
    /** Checks that the entry can be written and read back. */
    public Entry {
      if (word.isEmpty() || hasSeparator(word)) {
        throw new IllegalArgumentException("word empty or with a tab or line break: " + word);
      }
      for (int i = 0; i < path.length(); i++) {
        char c = path.charAt(i);
        if (c != '0' && c != '1') {
          throw new IllegalArgumentException("path of " + word + " is not binary: " + path);
        }
      }
      if (count < 0) {
        throw new IllegalArgumentException("negative count for " + word + ": " + count);
      }
    }
  }

  /** File order: by path (so depth-first, left before right), then more frequent first. */
  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::path)
          .thenComparing(Comparator.comparingLong(Entry::count).reversed())
          .thenComparing(Entry::word);

  private final List<Entry> entries;
  private final Map<String, Entry> byWord;

  private WordClusters(List<Entry> sorted, Map<String, Entry> byWord) {
    this.entries = List.copyOf(sorted);
    this.byWord = Map.copyOf(byWord);
  }

  /**
   * Clusters from their entries, in any order.
   *
   * @throws IllegalArgumentException when a word occurs twice
   */
  public static WordClusters of(Collection<Entry> entries) {
    // One String per distinct path: a cluster's words then share it, and a vocabulary of tens of
    // thousands keeps only as many paths as there are clusters.
    Map<String, String> paths = new HashMap<>();
    Map<String, Entry> byWord = new HashMap<>(entries.size() * 2);
    List<Entry> sorted = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      String path = paths.computeIfAbsent(e.path(), p -> p);
      Entry shared = path == e.path() ? e : new Entry(e.word(), path, e.count());
      if (byWord.putIfAbsent(e.word(), shared) != null) {
        throw new IllegalArgumentException("word listed twice: " + e.word());
      }
      sorted.add(shared);
    }
    sorted.sort(ORDER);
    return new WordClusters(sorted, byWord);
  }

  /** The path of the word's cluster, empty when the word was not clustered. */
  public Optional<String> path(String word) {
    Entry e = byWord.get(word);
    return e == null ? Optional.empty() : Optional.of(e.path());
  }

  /**
   * The first {@code length} bits of the word's path, or the whole path when it is shorter (as
   * Ratinov and Roth's prefix features do); empty when the word was not clustered.
   *
   * @throws IllegalArgumentException when {@code length} is not positive
   */
  public Optional<String> prefix(String word, int length) {
    if (length <= 0) {
      throw new IllegalArgumentException("prefix length must be positive: " + length);
    }
    Entry e = byWord.get(word);
    if (e == null) {
      return Optional.empty();
    }
    String p = e.path();
    return Optional.of(p.length() <= length ? p : p.substring(0, length));
  }

  /** How often the word occurred in the training text; 0 when it was not clustered. */
  public long count(String word) {
    Entry e = byWord.get(word);
    return e == null ? 0 : e.count();
  }

  /** Whether the word was clustered. */
  public boolean contains(String word) {
    return byWord.containsKey(word);
  }

  /** Number of words. */
  public int size() {
    return entries.size();
  }

  /** All words in file order: by path, then by count (highest first), then by word. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Writes the clusters gzipped, one {@code path TAB word TAB count} line per word in {@link
   * #entries()} order. The same clusters always give the same bytes. Leaves {@code out} open.
   */
  public void write(OutputStream out) throws IOException {
    OutputStream shield =
        new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush(); // the caller owns the stream
          }
        };
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(new GZIPOutputStream(shield, 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      StringBuilder line = new StringBuilder(128);
      for (Entry e : entries) {
        line.setLength(0);
        line.append(e.path())
            .append('\t')
            .append(e.word())
            .append('\t')
            .append(e.count())
            .append('\n');
        w.append(line);
      }
    }
  }

  /**
   * Reads clusters written by {@link #write} or by Liang's {@code wcluster} ({@code paths} file),
   * gzipped or plain. Leaves {@code in} open.
   *
   * @throws IOException when reading fails or a line is not {@code path TAB word TAB count}
   */
  public static WordClusters read(InputStream in) throws IOException {
    InputStream shield =
        new FilterInputStream(in) {
          @Override
          public void close() {
            // the caller owns the stream
          }
        };
    BufferedInputStream buffered = new BufferedInputStream(shield, 1 << 16);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    InputStream data = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isEmpty()) {
          continue;
        }
        int t1 = line.indexOf('\t');
        int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
        if (t2 < 0 || line.indexOf('\t', t2 + 1) >= 0) {
          throw new IOException("line " + number + ": expected path TAB word TAB count: " + line);
        }
        try {
          long count = Long.parseLong(line, t2 + 1, line.length(), 10);
          entries.add(new Entry(line.substring(t1 + 1, t2), line.substring(0, t1), count));
        } catch (IllegalArgumentException e) { // NumberFormatException is one too
          throw new IOException("line " + number + ": " + e.getMessage(), e);
        }
      }
    }
    try {
      return of(entries);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  static boolean hasSeparator(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
