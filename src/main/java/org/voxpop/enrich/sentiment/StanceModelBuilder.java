package org.voxpop.enrich.sentiment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Rebuilds the bundled stance model from NewsMTSC's training file and a seed ({@code voxpop train
 * stance}): same file and seed, same bytes. Takes seconds.
 */
public final class StanceModelBuilder {
  /** The training file, relative to the data folder (see {@code SOURCES.md}). */
  public static final String TRAIN = "eval/newsmtsc/train.jsonl";

  /** Seed of the training order of the bundled model. */
  public static final long DEFAULT_SEED = 20261215L;

  /** Where the model goes in the project. */
  public static final String RESOURCE_DIR = "src/main/resources/org/voxpop/enrich/sentiment";

  static final String FILE_NAME = "stance-model.bin.gz";

  /** The word vectors it is trained with, relative to the project's folder (a training input). */
  public static final String VECTORS = StanceWordVectors.DEFAULT_FILE;

  /**
   * Training options of the bundled model, chosen by 10-fold cross-validation on the training file
   * (folds by sentence; see docs/quality.md): the choice was made on data the model sees.
   */
  static StanceTrainer.Options options(long seed) {
    return new StanceTrainer.Options(EPOCHS, RATE, L2, MIN_COUNT, seed, BALANCE);
  }

  static final int EPOCHS = 12;
  static final double RATE = 0.01;
  static final double L2 = 3e-5;
  static final int MIN_COUNT = 1;
  static final double BALANCE = 0.5;

  private StanceModelBuilder() {}

  /**
   * The training examples of each sentence, read as {@link StanceScorer} reads a text, with the
   * context as word-vector features ({@link StanceContext}).
   *
   * @throws IllegalStateException when a feature of the sentences has the key of a context
   *     dimension (a hash collision: the trained model could not tell them apart)
   */
  static List<List<StanceTrainer.Example>> examples(
      List<StanceCorpus.Sentence> sentences, StanceWordVectors vectors) {
    StanceScorer reader = StanceScorer.forTraining(vectors);
    SentimentScorer sentiment = SentimentScorer.create();
    List<List<StanceTrainer.Example>> out = new ArrayList<>(sentences.size());
    for (StanceCorpus.Sentence s : sentences) {
      List<StanceScorer.Span> spans =
          s.targets().stream().map(t -> new StanceScorer.Span(t.start(), t.end())).toList();
      List<StanceTrainer.Example> ex = new ArrayList<>(spans.size());
      reader.read(
          s.text(),
          sentiment.score(s.text()),
          spans,
          (i, sentence, si, first, last, f) ->
              ex.add(StanceTrainer.Example.of(f, s.targets().get(i).label())));
      out.add(ex);
    }
    return out;
  }

  /**
   * Trains on the examples, then folds the context dimensions' weights into each word's scores
   * ({@link StanceContext#project}): the model scores texts without the vectors.
   */
  static StanceModel train(
      List<List<StanceTrainer.Example>> examples,
      StanceTrainer.Options o,
      StanceWordVectors vectors) {
    List<StanceTrainer.Example> all = new ArrayList<>();
    examples.forEach(all::addAll);
    StanceModel trained = StanceTrainer.train(all, o);
    return trained.without(
        StanceContext.dimensionKeys(vectors.dimensions()),
        StanceContext.project(vectors, trained::weightsOf));
  }

  /**
   * Trains on {@code data/TRAIN} with the word vectors of {@code vectorFile} ({@link #VECTORS} in
   * the project) and writes {@code out/stance-model.bin.gz}; reports on {@code log}.
   */
  public static Path build(Path data, Path vectorFile, Path out, long seed, PrintStream log)
      throws IOException {
    long t0 = System.nanoTime();
    List<StanceCorpus.Sentence> sentences = StanceCorpus.read(data.resolve(TRAIN));
    StanceWordVectors vectors = StanceWordVectors.read(vectorFile);
    List<List<StanceTrainer.Example>> examples = examples(sentences, vectors);
    int targets = examples.stream().mapToInt(List::size).sum();
    log.printf(
        Locale.ROOT, "train %s: %,d sentences, %,d targets%n", TRAIN, sentences.size(), targets);
    StanceModel model = train(examples, options(seed), vectors);
    Files.createDirectories(out);
    Path file = out.resolve(FILE_NAME);
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      model.write(os);
    }
    log.printf(
        Locale.ROOT,
        "wrote %s (%,d features, context scores of %,d words, %,d bytes, sha256 %s) in %.1f s%n",
        file,
        model.size(),
        model.words(),
        Files.size(file),
        sha256(file),
        (System.nanoTime() - t0) / 1e9);
    return file;
  }

  static String sha256(Path f) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
