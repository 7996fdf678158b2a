package org.voxpop.enrich.sentiment;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * A small word-vector file for tests: every lower-case word of the stance fixture with eight seeded
 * components, in the format {@code bench/word-vectors} writes.
 */
final class StanceTestVectors {
  static final int DIMENSIONS = 8;

  private StanceTestVectors() {}

  /** Writes the file into {@code dir} and returns its path. */
  static Path write(Path dir) {
    try {
      TreeSet<String> words = new TreeSet<>();
      for (StanceCorpus.Sentence s : StanceCorpus.read(StanceModelTest.fixture())) {
        for (String w : s.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
      Path file = dir.resolve("vectors.bin.gz");
      try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file));
          DataOutputStream out = new DataOutputStream(os)) {
        out.writeInt(0x56575643);
        out.writeInt(1);
        out.writeInt(DIMENSIONS);
        out.writeFloat(0.05f);
        out.writeInt(words.size());
        for (String w : words) {
          out.writeUTF(w);
          Random r = new Random(w.hashCode());
          for (int d = 0; d < DIMENSIONS; d++) {
            out.writeByte(r.nextInt(15) - 7);
          }
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StanceWordVectors load(Path dir) {
    try {
      return StanceWordVectors.read(write(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
