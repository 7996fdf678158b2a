package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training, storing and evaluating the stance classifier, on a small fixture of our own. */
class StanceModelTest {
  @TempDir Path dir;

  static Path fixture() {
    try {
      return Path.of(StanceModelTest.class.getResource("stance-fixture.jsonl").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(StanceModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  void sameDataAndSeedGiveTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
    StanceWordVectors v = StanceTestVectors.load(dir);
    List<List<StanceTrainer.Example>> ex =
        StanceModelBuilder.examples(StanceCorpus.read(fixture()), v);
    byte[] a = bytes(StanceModelBuilder.train(ex, StanceModelBuilder.options(1), v));
    byte[] b = bytes(StanceModelBuilder.train(ex, StanceModelBuilder.options(1), v));
    byte[] c = bytes(StanceModelBuilder.train(ex, StanceModelBuilder.options(2), v));
    assertArrayEquals(a, b);
    assertTrue(!java.util.Arrays.equals(a, c), "the seed orders the examples");
  }

  @Test
  void buildWritesTheModelFileTwiceTheSame() throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("eval/newsmtsc"));
    Files.copy(fixture(), data.resolve(StanceModelBuilder.TRAIN));
    java.io.PrintStream log =
        new java.io.PrintStream(
            new ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
    Path vectors = StanceTestVectors.write(dir);
    Path one = StanceModelBuilder.build(data, vectors, dir.resolve("one"), 5, log);
    Path two = StanceModelBuilder.build(data, vectors, dir.resolve("two"), 5, log);
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
  }

  @Test
  void aModelReadsBackAsItWasWrittenAndRejectsOtherFiles() throws IOException {
    StanceWordVectors v = StanceTestVectors.load(dir);
    StanceModel m =
        StanceModelBuilder.train(
            StanceModelBuilder.examples(StanceCorpus.read(fixture()), v),
            StanceModelBuilder.options(3),
            v);
    assertTrue(m.words() > 50, "context scores of the fixture's words: " + m.words());
    byte[] b = bytes(m);
    StanceModel back = StanceModel.read(new ByteArrayInputStream(b));
    assertArrayEquals(b, bytes(back));
    assertThrows(
        IOException.class,
        () ->
            StanceModel.read(
                new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 0, 0, 0, 1, 0, 0, 0, 3})));
  }

  /** The classifier alone (before the rules, which may overrule it) fits what it was trained on. */
  @Test
  void aModelLearnsItsTrainingSentences() throws IOException {
    List<StanceCorpus.Sentence> s = StanceCorpus.read(fixture());
    StanceWordVectors v = StanceTestVectors.load(dir);
    StanceModel m =
        StanceModelBuilder.train(
            StanceModelBuilder.examples(s, v), new StanceTrainer.Options(100, 0.5, 0, 1, 1), v);
    StanceScorer scorer = StanceScorer.of(m);
    SentimentScorer sentiment = SentimentScorer.create();
    int[] counts = new int[2];
    double[] p = new double[3];
    for (StanceCorpus.Sentence sentence : s) {
      List<StanceScorer.Span> spans =
          sentence.targets().stream().map(t -> new StanceScorer.Span(t.start(), t.end())).toList();
      scorer.read(
          sentence.text(),
          sentiment.score(sentence.text()),
          spans,
          (i, ss, si, first, last, f) -> {
            m.probabilities(f, p);
            SentimentLabel l = SentimentLabel.of(StanceScorer.score(p));
            counts[0] += l == sentence.targets().get(i).label() ? 1 : 0;
            counts[1]++;
          });
    }
    assertEquals(counts[1], counts[0], counts[0] + " of " + counts[1]);
  }

  @Test
  void evaluationPrintsPerClassScoresAndF1mLastAndWritesOneLinePerTarget() throws IOException {
    StringWriter out = new StringWriter();
    Path labels = dir.resolve("labels.tsv");
    StanceEvaluation.Scores s =
        StanceEvaluation.evaluate(
            fixture(), new PrintWriter(out), Optional.of(labels), 0, dir.resolve("unused"));
    String[] lines = out.toString().strip().split("\\R");
    assertTrue(lines[lines.length - 1].matches("F1m: [01]\\.\\d{3}"), lines[lines.length - 1]);
    assertTrue(out.toString().contains("in-sample"), out.toString());
    assertTrue(out.toString().contains("negative") && out.toString().contains("precision"));
    List<String> written = Files.readAllLines(labels);
    assertEquals(16, written.size());
    assertEquals("fixture_0_Smith\tnegative", written.get(0));
    assertTrue(
        written.stream()
            .allMatch(l -> l.matches("fixture_\\d+_\\w+\t(negative|neutral|positive)")));
    assertTrue(s.macroF1() > 0.5, "clear sentences: " + s.macroF1());
  }

  @Test
  void crossValidationTrainsOnTheOtherFoldsAndKeepsASentenceInOneFold() throws IOException {
    StringWriter out = new StringWriter();
    StanceEvaluation.evaluate(
        fixture(), new PrintWriter(out), Optional.empty(), 3, StanceTestVectors.write(dir));
    assertTrue(out.toString().contains("3-fold cross-validation by sentence"), out.toString());
    int[] folds = StanceEvaluation.folds(10, 3);
    int[] sizes = new int[3];
    for (int f : folds) {
      sizes[f]++;
    }
    assertArrayEquals(new int[] {4, 3, 3}, sizes);
  }

  /**
   * The model scores a target's context from each word's projected scores, without the vectors it
   * was trained with: the same probabilities as the weights of the vectors' dimensions give.
   */
  @Test
  void projectedContextScoresAsTheTrainedDimensionsDo() throws IOException {
    List<StanceCorpus.Sentence> s = StanceCorpus.read(fixture());
    StanceWordVectors v = StanceTestVectors.load(dir);
    List<List<StanceTrainer.Example>> ex = StanceModelBuilder.examples(s, v);
    List<StanceTrainer.Example> all = new java.util.ArrayList<>();
    ex.forEach(all::addAll);
    StanceModel withDimensions = StanceTrainer.train(all, StanceModelBuilder.options(4));
    StanceModel projected = StanceModelBuilder.train(ex, StanceModelBuilder.options(4), v);
    assertTrue(projected.size() < withDimensions.size(), "the dimensions' rows are folded away");
    StanceScorer training = StanceScorer.forTraining(v);
    StanceScorer scoring = StanceScorer.of(projected);
    SentimentScorer sentiment = SentimentScorer.create();
    int compared = 0;
    for (StanceCorpus.Sentence sentence : s) {
      DocumentSentiment scored = sentiment.score(sentence.text());
      List<double[]> want = probabilities(training, withDimensions, sentence, scored);
      List<double[]> got = probabilities(scoring, projected, sentence, scored);
      for (int i = 0; i < want.size(); i++) {
        assertArrayEquals(want.get(i), got.get(i), 1e-5, sentence.text());
        compared++;
      }
    }
    assertEquals(16, compared);
  }

  /** The classifier's probabilities of each target of {@code sentence}, read by {@code reader}. */
  private static List<double[]> probabilities(
      StanceScorer reader,
      StanceModel model,
      StanceCorpus.Sentence sentence,
      DocumentSentiment scored) {
    List<StanceScorer.Span> spans =
        sentence.targets().stream().map(t -> new StanceScorer.Span(t.start(), t.end())).toList();
    List<double[]> out = new java.util.ArrayList<>();
    reader.read(
        sentence.text(),
        scored,
        spans,
        (i, ss, si, first, last, f) -> {
          double[] p = new double[3];
          model.probabilities(f, p);
          out.add(p);
        });
    return out;
  }

  @Test
  void badLinesNameTheirLine() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(
        bad,
        "{\"sentence_normalized\": \"Smith won.\", \"targets\": [{\"from\": 0, \"to\": 5, \"polarity\": 5.0}]}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StanceCorpus.read(bad));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }
}
