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

  /** The training examples of each sentence, read as {@link StanceScorer} reads a text. */
  static List<List<StanceTrainer.Example>> examples(List<StanceCorpus.Sentence> sentences) {
    StanceScorer reader = StanceScorer.of(new StanceModel(new int[0], new float[0]));
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

  static StanceModel train(List<List<StanceTrainer.Example>> examples, StanceTrainer.Options o) {
    List<StanceTrainer.Example> all = new ArrayList<>();
    examples.forEach(all::addAll);
    return StanceTrainer.train(all, o);
  }

  /**
   * Trains on {@code data/TRAIN} and writes {@code out/stance-model.bin.gz}; reports on {@code
   * log}.
   */
  public static Path build(Path data, Path out, long seed, PrintStream log) throws IOException {
    long t0 = System.nanoTime();
    List<StanceCorpus.Sentence> sentences = StanceCorpus.read(data.resolve(TRAIN));
    List<List<StanceTrainer.Example>> examples = examples(sentences);
    int targets = examples.stream().mapToInt(List::size).sum();
    log.printf(
        Locale.ROOT, "train %s: %,d sentences, %,d targets%n", TRAIN, sentences.size(), targets);
    StanceModel model = train(examples, options(seed));
    Files.createDirectories(out);
    Path file = out.resolve(FILE_NAME);
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      model.write(os);
    }
    log.printf(
        Locale.ROOT,
        "wrote %s (%,d features, %,d bytes, sha256 %s) in %.1f s%n",
        file,
        model.size(),
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
