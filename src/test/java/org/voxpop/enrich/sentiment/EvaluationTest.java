package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metrics and file handling of the evaluation classes, on small inline data. */
class EvaluationTest {
  @TempDir Path dir;

  @Test
  void pearsonOfKnownSeries() {
    assertEquals(
        1.0, SentimentEvaluation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}), 1e-12);
    assertEquals(
        -1.0, SentimentEvaluation.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
    assertEquals(0.0, SentimentEvaluation.pearson(new double[] {1, 1, 1}, new double[] {3, 2, 1}));
  }

  @Test
  void macroF1AndConfusion() {
    // gold: neg, neu, pos, pos ; system: neg, pos, pos, neu
    SentimentEvaluation.Result r =
        SentimentEvaluation.metrics(new double[] {-0.5, 0.3, 0.9, 0.0}, new double[] {-2, 0, 2, 1});
    assertEquals(1, r.confusion()[0][0]);
    assertEquals(1, r.confusion()[1][2]);
    assertEquals(1, r.confusion()[2][2]);
    assertEquals(1, r.confusion()[2][1]);
    // F1: neg 1, neu 0, pos 2*(0.5*0.5)/(1) = 0.5 -> macro 0.5
    assertEquals(0.5, r.macroF1(), 1e-12);
  }

  @Test
  void aucWithTies() {
    assertEquals(1.0, AbuseEvaluation.auc(new double[] {0.1, 0.9}, new boolean[] {false, true}));
    assertEquals(0.5, AbuseEvaluation.auc(new double[] {0.5, 0.5}, new boolean[] {false, true}));
    assertEquals(
        0.875,
        AbuseEvaluation.auc(
            new double[] {0.2, 0.5, 0.5, 0.9}, new boolean[] {false, false, true, true}),
        1e-12);
  }

  @Test
  void readsCrlfAndLfAndWritesScores() throws IOException {
    Path f = dir.resolve("gt.txt");
    Files.writeString(
        f,
        "1\t2.5\tI love it\r\n2\t-3.1\tThis is awful, so sad\n3\t0.1\tA table.\r\n",
        StandardCharsets.UTF_8);
    List<SentimentEvaluation.Item> items = SentimentEvaluation.read(f);
    assertEquals(3, items.size());
    assertEquals("I love it", items.get(0).text());
    StringWriter sw = new StringWriter();
    Path out = dir.resolve("out.tsv");
    SentimentEvaluation.Result r = SentimentEvaluation.evaluate(items, new PrintWriter(sw), out);
    assertTrue(r.pearson() > 0.9);
    String[] lines = sw.toString().strip().split("\\R");
    assertTrue(lines[lines.length - 1].matches("pearson: \\d\\.\\d{3}"), lines[lines.length - 1]);
    List<String> written = Files.readAllLines(out);
    assertEquals(3, written.size());
    assertTrue(written.get(1).startsWith("2\t-0."), written.get(1));
  }

  @Test
  void malformedGroundTruthIsAnError() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "1\tnot-a-number\ttext\n");
    assertThrows(IllegalArgumentException.class, () -> SentimentEvaluation.read(f));
    Files.writeString(f, "just text\n");
    assertThrows(IllegalArgumentException.class, () -> SentimentEvaluation.read(f));
  }

  @Test
  void abuseEvaluationOnJsonLines() throws IOException {
    Path f = dir.resolve("fox.json");
    Files.writeString(
        f,
        """
        {"text": "Merkel would never say NO", "label": 0}
        {"text": "typical scum, go back to where you came from, you savages", "label": 1}
        {"text": "Nice article, thanks.", "label": 0}
        """);
    StringWriter sw = new StringWriter();
    Path out = dir.resolve("abuse.tsv");
    AbuseEvaluation.Result r =
        AbuseEvaluation.evaluate(AbuseEvaluation.read(f), new PrintWriter(sw), out);
    assertEquals(1.0, r.auc());
    assertTrue(sw.toString().strip().endsWith("auc: 1.000"), sw.toString());
    assertTrue(Files.readAllLines(out).get(1).startsWith("2\t"));
    Files.writeString(f, "{\"text\": \"no label\"}\n");
    assertThrows(IllegalArgumentException.class, () -> AbuseEvaluation.read(f));
  }
}
