package org.voxpop.enrich.sentiment;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The word vectors the stance classifier is trained with: each word of a vocabulary embedded alone
 * by the sentence encoder all-MiniLM-L6-v2, stored as signed bytes ({@code bench/word-vectors}
 * writes them; see {@code docs/sentiment.md}). A training input only: the trained model keeps what
 * it learnt from them per word ({@link StanceContext}), not the vectors.
 *
 * <p>File (gzipped, big-endian): magic {@code "VWVC"}, format 1, dimensions, the scale of a byte,
 * the number of words, then each word (modified UTF-8) and its bytes.
 */
final class StanceWordVectors {
  /** Where the project keeps them, relative to its folder. */
  static final String DEFAULT_FILE = "src/train/stance-word-vectors.bin.gz";

  private static final int MAGIC = 0x56575643; // "VWVC"

  private final Map<String, float[]> vectors;
  private final int dimensions;

  private StanceWordVectors(Map<String, float[]> vectors, int dimensions) {
    this.vectors = vectors;
    this.dimensions = dimensions;
  }

  static StanceWordVectors read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  static StanceWordVectors read(InputStream raw) throws IOException {
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
    if (in.readInt() != MAGIC || in.readInt() != 1) {
      throw new IOException("not a word-vector file of format 1");
    }
    int dim = in.readInt();
    float scale = in.readFloat();
    int n = in.readInt();
    if (dim <= 0 || dim > 4096 || n < 0 || n > 10_000_000) {
      throw new IOException("bad word-vector header: " + dim + " dimensions, " + n + " words");
    }
    Map<String, float[]> vectors = new HashMap<>(n * 2);
    byte[] row = new byte[dim];
    for (int i = 0; i < n; i++) {
      String word = in.readUTF();
      in.readFully(row);
      float[] v = new float[dim];
      for (int d = 0; d < dim; d++) {
        v[d] = row[d] * scale;
      }
      vectors.put(word, v);
    }
    return new StanceWordVectors(vectors, dim);
  }

  /** The vector of a lower-case word, or null when the vocabulary lacks it. */
  float[] get(String word) {
    return vectors.get(word);
  }

  int dimensions() {
    return dimensions;
  }

  /** Every word and its vector, for look-ups. */
  Map<String, float[]> asMap() {
    return Collections.unmodifiableMap(vectors);
  }

  /** Every word and its vector, in word order (for a deterministic model file). */
  Map<String, float[]> sorted() {
    return Collections.unmodifiableMap(new TreeMap<>(vectors));
  }
}
