package org.voxpop.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.entity.tagger.ConllFile;
import org.voxpop.enrich.entity.tagger.EntityTagger;
import org.voxpop.enrich.entity.tagger.GenreTaggers;
import org.voxpop.enrich.entity.tagger.NerCorpus;
import org.voxpop.enrich.entity.tagger.TokenLexicon;
import org.voxpop.enrich.entity.tagger.WordStatistics;

/**
 * Cross-validation over the development sets scores every document once, each by taggers not
 * trained on it.
 */
class DevCrossValidationTest {

  private static final List<String> NEWS =
      List.of(
          "-DOCSTART- -X- -X- O",
          "",
          "Leeds NNP B-NP B-ORG",
          "beat VBD B-VP O",
          "Chelsea NNP B-NP B-ORG",
          ". . O O",
          "",
          "Peter NNP B-NP B-PER",
          "Blackburn NNP I-NP I-PER",
          "said VBD B-VP O",
          "in IN B-PP O",
          "Brussels NNP B-NP B-LOC",
          ". . O O",
          "",
          "-DOCSTART- -X- -X- O",
          "",
          "Mr NNP B-NP O",
          "Smith NNP I-NP B-PER",
          "went VBD B-VP O",
          "to TO B-PP O",
          "Paris NNP B-NP B-LOC",
          ". . O O",
          "",
          "-DOCSTART- -X- -X- O",
          "",
          "The DT B-NP O",
          "EU NNP I-NP B-ORG",
          "met VBD B-VP O",
          "in IN B-PP O",
          "London NNP B-NP B-LOC",
          ". . O O",
          "");

  private static final List<String> TWEETS =
      List.of(
          "going\tO",
          "to\tO",
          "london\tB-LOC",
          "lol\tO",
          "",
          "@\tB-PER",
          "bob\tI-PER",
          "see\tO",
          "u\tO",
          "in\tO",
          "Paris\tB-LOC",
          "",
          "i\tO",
          "love\tO",
          "Chelsea\tB-ORG",
          "",
          "Obama\tB-PER",
          "in\tO",
          "Leeds\tB-LOC",
          "");

  @Test
  void eachFoldIsScoredByTaggersTrainedOnTheOthersOnly() {
    ConllFile file = ConllFile.of("tweets", TWEETS);
    List<ConllFile.Document> docs = file.documents();
    assertEquals(4, docs.size(), "without -DOCSTART-, every tweet is a document");
    for (int folds = 2; folds <= 4; folds++) {
      List<ConllFile.Document> seen = new ArrayList<>();
      for (int f = 0; f < folds; f++) {
        List<ConllFile.Document> scored = DevCrossValidation.fold(file, f, folds, true).documents();
        List<ConllFile.Document> rest = DevCrossValidation.fold(file, f, folds, false).documents();
        assertEquals(docs.size(), scored.size() + rest.size());
        for (ConllFile.Document d : scored) {
          assertTrue(rest.stream().noneMatch(r -> r == d), "a scored document is not trained on");
        }
        seen.addAll(scored);
      }
      assertEquals(docs.size(), seen.size(), "every document scored once over the folds");
      assertTrue(docs.stream().allMatch(d -> seen.stream().anyMatch(s -> s == d)));
    }
  }

  @Test
  void everyDocumentIsScoredOnceByTaggersNotTrainedOnIt(@TempDir Path dir) throws Exception {
    Path news = dir.resolve("news-dev.txt");
    Path tweets = dir.resolve("tweets-dev.conll");
    Files.write(news, NEWS, StandardCharsets.UTF_8);
    Files.write(tweets, TWEETS, StandardCharsets.UTF_8);
    Path trainFile = dir.resolve("train.txt");
    Files.write(trainFile, NEWS.subList(0, 14), StandardCharsets.UTF_8);
    List<NerCorpus.Corpus> train = List.of(NerCorpus.read(trainFile));
    WordStatistics words =
        WordStatistics.build(
            List.<String[]>of(new String[] {"The", "man", "is", "in", "London"}),
            Map.of("london", "0111"),
            Map.of());
    EntityTagger.Options options = new EntityTagger.Options(3, 7, 1, 0, 1, 0, 0);
    GenreTaggers first =
        GenreTaggers.train(train, TokenLexicon.NONE, words, options, () -> {}, (e, m) -> {});
    Gazetteer gazetteer = Gazetteer.defaultGazetteer();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Map<String, ConllEntityEvaluation.Counts> counts =
        DevCrossValidation.run(
            2,
            List.of(news, tweets),
            first,
            new DevCrossValidation.Recipe(train, gazetteer, TokenLexicon.NONE, words, options),
            new PrintStream(log, true, StandardCharsets.UTF_8));

    assertEquals(List.of("news-dev.txt", "tweets-dev.conll"), new ArrayList<>(counts.keySet()));
    EntityRecognizer whole = EntityRecognizer.create(gazetteer, first);
    for (Path f : List.of(news, tweets)) {
      int gold = ConllEntityEvaluation.evaluate(f, Optional.empty(), whole, true).micro().gold();
      assertEquals(
          gold,
          counts.get(f.getFileName().toString()).gold(),
          f + ": every gold name counted once over the folds, handles left out");
    }
    String printed = log.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("fold 1 of 2") && printed.contains("fold 2 of 2"), printed);
  }

  @Test
  void moreFoldsThanDocumentsAreRefusedBeforeTraining(@TempDir Path dir) throws Exception {
    Path tweets = dir.resolve("tweets-dev.conll");
    Files.write(tweets, TWEETS, StandardCharsets.UTF_8);
    DevCrossValidation.check(4, List.of(tweets));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> DevCrossValidation.check(5, List.of(tweets)));
    assertEquals("5 folds, but tweets-dev.conll has only 4 documents", e.getMessage());
  }

  @Test
  void oneFoldIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DevCrossValidation.run(
                1,
                List.of(),
                null,
                null,
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)));
  }
}
