package org.voxpop.enrich.entity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.voxpop.enrich.entity.tagger.ConllFile;
import org.voxpop.enrich.entity.tagger.EntityTagger;
import org.voxpop.enrich.entity.tagger.GenreTaggers;
import org.voxpop.enrich.entity.tagger.NerCorpus;
import org.voxpop.enrich.entity.tagger.TokenLexicon;
import org.voxpop.enrich.entity.tagger.WordClasses;
import org.voxpop.model.Genre;

/**
 * Scores the recipe of the bundled taggers on the development sets without training on what is
 * scored: each set's documents are dealt into folds (document {@code i} to fold {@code i mod k}),
 * and each fold is tagged by taggers trained on the training sets and the other folds of every
 * development set, with the temperatures of the first taggers (never trained on a development set)
 * fitted on those other folds. The bundled taggers are trained on every fold; the first taggers,
 * scored as "held out", on none. So no document is scored by a tagger trained on it, and the scores
 * are nearer to what the bundled taggers do on text like the development sets: these taggers have
 * seen as much of it as the bundled ones less one fold. The same sets chose the recipe (model
 * selection), so, like the first taggers' scores, these are somewhat optimistic.
 */
final class DevCrossValidation {

  private DevCrossValidation() {}

  /** What the taggers are trained with, as for the bundled ones. */
  record Recipe(
      List<NerCorpus.Corpus> train,
      Gazetteer gazetteer,
      TokenLexicon lexicon,
      WordClasses classes,
      EntityTagger.Options options) {}

  /**
   * Runs the folds and returns each development set's counts summed over them (handles left out),
   * by file name in the order given.
   *
   * @param first the first taggers, before calibration: their temperatures are fitted per fold
   */
  static Map<String, ConllEntityEvaluation.Counts> run(
      int folds, List<Path> dev, GenreTaggers first, Recipe recipe, PrintStream log)
      throws IOException {
    requireFolds(folds);
    List<ConllFile> files = new ArrayList<>();
    List<Genre> genres = new ArrayList<>();
    for (Path d : dev) {
      ConllFile file = requireDocuments(folds, ConllFile.read(d));
      if (files.stream().anyMatch(f -> f.name().equals(file.name()))) {
        throw new IllegalArgumentException("two development sets named " + file.name());
      }
      files.add(file);
      genres.add(ConllEntityEvaluation.genreOf(file));
    }
    int[][] sums = new int[files.size()][3];
    for (int f = 0; f < folds; f++) {
      List<NerCorpus.Corpus> trainedOn = new ArrayList<>();
      List<ConllFile> scored = new ArrayList<>();
      for (ConllFile file : files) {
        trainedOn.add(NerCorpus.of(fold(file, f, folds, false)));
        scored.add(fold(file, f, folds, true));
      }
      List<NerCorpus.Corpus> all = new ArrayList<>(recipe.train());
      all.addAll(trainedOn);
      long t0 = System.nanoTime();
      GenreTaggers taggers =
          GenreTaggers.train(
                  all, recipe.lexicon(), recipe.classes(), recipe.options(), () -> {}, (e, m) -> {})
              .withTemperaturesOf(first.calibrated(trainedOn));
      EntityRecognizer recognizer = EntityRecognizer.create(recipe.gazetteer(), taggers);
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "cross-validation fold %d of %d (%.0f s):",
                  f + 1,
                  folds,
                  (System.nanoTime() - t0) / 1e9));
      for (int d = 0; d < files.size(); d++) {
        ConllEntityEvaluation.Counts c =
            ConllEntityEvaluation.evaluate(
                    scored.get(d), Optional.empty(), recognizer, true, genres.get(d))
                .micro();
        sums[d][0] += c.gold();
        sums[d][1] += c.predicted();
        sums[d][2] += c.correct();
        line.append(String.format(Locale.ROOT, "  %s %.4f", files.get(d).name(), c.f1()));
      }
      log.println(line);
    }
    Map<String, ConllEntityEvaluation.Counts> out = new LinkedHashMap<>();
    for (int d = 0; d < files.size(); d++) {
      out.put(
          files.get(d).name(),
          new ConllEntityEvaluation.Counts(sums[d][0], sums[d][1], sums[d][2]));
    }
    return out;
  }

  /**
   * Refuses, before any training, a number of folds that would leave a fold of some development set
   * without a document.
   *
   * @throws IllegalArgumentException naming the set and its number of documents
   */
  static void check(int folds, List<Path> dev) throws IOException {
    requireFolds(folds);
    for (Path d : dev) {
      requireDocuments(folds, ConllFile.read(d));
    }
  }

  private static void requireFolds(int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
    }
  }

  private static ConllFile requireDocuments(int folds, ConllFile file) {
    if (file.documents().size() < folds) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%d folds, but %s has only %d documents",
              folds,
              file.name(),
              file.documents().size()));
    }
    return file;
  }

  /**
   * The documents of fold {@code fold} ({@code scored}: document {@code i} with {@code i mod folds
   * == fold}), or all the others.
   */
  static ConllFile fold(ConllFile file, int fold, int folds, boolean scored) {
    List<ConllFile.Document> out = new ArrayList<>();
    for (int i = 0; i < file.documents().size(); i++) {
      if ((i % folds == fold) == scored) {
        out.add(file.documents().get(i));
      }
    }
    return file.withDocuments(out);
  }
}
