package org.voxpop.enrich.entity;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
    Map<String, int[]> sums = new LinkedHashMap<>();
    List<Genre> genres = new ArrayList<>();
    List<List<List<String>>> documents = new ArrayList<>();
    for (Path d : dev) {
      List<String> lines = Files.readAllLines(d, StandardCharsets.UTF_8);
      documents.add(requireDocuments(folds, d, documents(lines)));
      sums.put(d.getFileName().toString(), new int[3]);
      genres.add(ConllEntityEvaluation.genreOf(lines));
    }
    Path dir = Files.createTempDirectory("voxpop-cross-validation");
    try {
      for (int f = 0; f < folds; f++) {
        List<NerCorpus.Corpus> trainedOn = new ArrayList<>();
        List<Path> scored = new ArrayList<>();
        for (int d = 0; d < dev.size(); d++) {
          String name = dev.get(d).getFileName().toString();
          Path rest = dir.resolve("fold" + f + "-rest-" + name);
          Path held = dir.resolve("fold" + f + "-scored-" + name);
          write(rest, fold(documents.get(d), f, folds, false));
          write(held, fold(documents.get(d), f, folds, true));
          trainedOn.add(NerCorpus.read(rest));
          scored.add(held);
        }
        List<NerCorpus.Corpus> all = new ArrayList<>(recipe.train());
        all.addAll(trainedOn);
        long t0 = System.nanoTime();
        GenreTaggers taggers =
            GenreTaggers.train(
                    all,
                    recipe.lexicon(),
                    recipe.classes(),
                    recipe.options(),
                    () -> {},
                    (e, m) -> {})
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
        for (int d = 0; d < dev.size(); d++) {
          ConllEntityEvaluation.Counts c =
              ConllEntityEvaluation.evaluate(
                      scored.get(d), Optional.empty(), recognizer, true, genres.get(d))
                  .micro();
          int[] s = sums.get(dev.get(d).getFileName().toString());
          s[0] += c.gold();
          s[1] += c.predicted();
          s[2] += c.correct();
          line.append(String.format(Locale.ROOT, "  %s %.4f", dev.get(d).getFileName(), c.f1()));
        }
        log.println(line);
      }
      Map<String, ConllEntityEvaluation.Counts> out = new LinkedHashMap<>();
      sums.forEach((k, s) -> out.put(k, new ConllEntityEvaluation.Counts(s[0], s[1], s[2])));
      deleteTree(dir);
      return out;
    } catch (IOException | RuntimeException e) {
      try {
        deleteTree(dir);
      } catch (IOException | UncheckedIOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
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
      requireDocuments(folds, d, documents(Files.readAllLines(d, StandardCharsets.UTF_8)));
    }
  }

  private static void requireFolds(int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
    }
  }

  private static List<List<String>> requireDocuments(
      int folds, Path file, List<List<String>> documents) {
    if (documents.size() < folds) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%d folds, but %s has only %d documents",
              folds,
              file.getFileName(),
              documents.size()));
    }
    return documents;
  }

  /**
   * A CoNLL file's lines cut into documents as the evaluation cuts them: at each "-DOCSTART-" line,
   * or, in a file without one (tweets), at each blank line.
   */
  static List<List<String>> documents(List<String> lines) {
    boolean docStarts = lines.stream().anyMatch(l -> l.startsWith("-DOCSTART-"));
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String l : lines) {
      if (docStarts && l.startsWith("-DOCSTART-") && hasTokens(current)) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(l);
      if (!docStarts && l.isBlank() && hasTokens(current)) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (hasTokens(current)) {
      out.add(current);
    }
    return out;
  }

  private static boolean hasTokens(List<String> lines) {
    return lines.stream().anyMatch(l -> !l.isBlank() && !l.startsWith("-DOCSTART-"));
  }

  /**
   * The documents of fold {@code fold} ({@code scored}: document {@code i} with {@code i mod folds
   * == fold}), or all the others.
   */
  static List<List<String>> fold(
      List<List<String>> documents, int fold, int folds, boolean scored) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      if ((i % folds == fold) == scored) {
        out.add(documents.get(i));
      }
    }
    return out;
  }

  private static void write(Path file, List<List<String>> documents) throws IOException {
    List<String> lines = new ArrayList<>();
    for (List<String> d : documents) {
      lines.addAll(d);
      if (!d.get(d.size() - 1).isBlank()) {
        lines.add("");
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
