package org.voxpop.enrich.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.voxpop.enrich.entity.tagger.GenreTaggers;
import org.voxpop.enrich.entity.tagger.TokenLexicon;
import org.voxpop.enrich.entity.tagger.WordStatistics;

/**
 * The tagger model and word statistics shipped in the jar (built by {@code voxpop train entities};
 * sources in {@code SOURCES.md}), loaded once on first use.
 */
final class BundledModel {

  /** File names of the model, in the jar and in a directory {@code voxpop train entities} wrote. */
  static final String MODEL_FILE = "tagger-model.bin.gz";

  static final String WORDS_FILE = "word-statistics.tsv.gz";

  static final String MODEL = Gazetteer.RESOURCE_DIR + MODEL_FILE;
  static final String WORDS = Gazetteer.RESOURCE_DIR + WORDS_FILE;

  private static volatile GenreTaggers tagger;

  private BundledModel() {}

  /**
   * The bundled taggers, without a dictionary: give them one with {@link GenreTaggers#withLexicon}.
   */
  static GenreTaggers tagger() {
    GenreTaggers t = tagger;
    if (t == null) {
      synchronized (BundledModel.class) {
        t = tagger;
        if (t == null) {
          t = load();
          tagger = t;
        }
      }
    }
    return t;
  }

  /** The bundled word statistics (cluster paths and case counts). */
  static WordStatistics words() {
    try (InputStream in = open(WORDS)) {
      return WordStatistics.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + WORDS, e);
    }
  }

  private static GenreTaggers load() {
    try (InputStream in = open(MODEL)) {
      return GenreTaggers.read(in, TokenLexicon.NONE, words());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the entity tagger model " + MODEL, e);
    }
  }

  /**
   * A tagger that {@code voxpop train entities --out DIR} wrote: the two files of the bundled model
   * under the same names, read the same way.
   *
   * @throws IOException if a file is missing or unreadable (the message names it)
   */
  static GenreTaggers fromDirectory(Path dir) throws IOException {
    WordStatistics words;
    try (InputStream in = openFile(dir.resolve(WORDS_FILE))) {
      words = WordStatistics.read(in);
    }
    try (InputStream in = openFile(dir.resolve(MODEL_FILE))) {
      return GenreTaggers.read(in, TokenLexicon.NONE, words);
    }
  }

  private static InputStream openFile(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "missing model file " + file + " (voxpop train entities --out DIR writes it)");
    }
    return new GZIPInputStream(Files.newInputStream(file), 1 << 16);
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = BundledModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          "missing resource " + resource + " (rebuild it: voxpop train entities)");
    }
    return new GZIPInputStream(in, 1 << 16);
  }
}
