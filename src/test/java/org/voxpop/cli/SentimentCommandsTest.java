package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentiment CLI commands, run in-process. */
class SentimentCommandsTest {
  @TempDir Path dir;

  private static CommandRun run(Object command, String... args) {
    return CommandRun.of(command, args);
  }

  @Test
  void tablePrintsSentencesOverallAndAbuse() {
    CommandRun r =
        run(
            new SentimentCommand(),
            "The US has messed up the whole world.. Lives lost can't come back ever.. So sad");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("The US has messed up"), r.out());
    assertTrue(r.out().contains("label negative"), r.out());
    assertTrue(r.out().contains("abuse: "), r.out());
  }

  @Test
  void jsonIsParseable() throws IOException {
    CommandRun r = run(new SentimentCommand(), "--format", "json", "typical scum. Well done!");
    assertEquals(0, r.code(), r.err());
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertEquals(2, n.get("sentences").size());
    assertTrue(n.get("abuse").get("terms").toString().contains("scum"));
    assertTrue(n.has("compound") && n.has("label"));
  }

  @Test
  void readsStdin() {
    SentimentCommand c = new SentimentCommand();
    c.stdin = new ByteArrayInputStream("I love it".getBytes(StandardCharsets.UTF_8));
    CommandRun r = run(c, "-");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("label positive"), r.out());
  }

  @Test
  void badFormatIsUserError() {
    assertEquals(1, run(new SentimentCommand(), "--format", "xml", "text").code());
    assertEquals(1, run(new SentimentCommand()).code());
    assertEquals(1, run(new EvaluateSentimentCommand()).code());
    assertEquals(1, run(new EvaluateAbuseCommand()).code());
  }

  @Test
  void evaluateSentiment() throws IOException {
    Path f = dir.resolve("gt.txt");
    Files.writeString(f, "1\t2.5\tI love it\r\n2\t-3.1\tThis is awful, so sad\r\n");
    Path out = dir.resolve("out.tsv");
    CommandRun r = run(new EvaluateSentimentCommand(), f.toString(), "--output", out.toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\\R");
    assertTrue(lines[lines.length - 1].startsWith("pearson: "));
    assertEquals(2, Files.readAllLines(out).size());
    assertEquals(1, run(new EvaluateSentimentCommand(), dir.resolve("missing").toString()).code());
    Files.writeString(f, "garbage\n");
    assertEquals(2, run(new EvaluateSentimentCommand(), f.toString()).code());
  }

  @Test
  void evaluateAbuse() throws IOException {
    Path f = dir.resolve("fox.json");
    Files.writeString(
        f,
        "{\"text\": \"you idiot scum\", \"label\": 1}\n"
            + "{\"text\": \"thanks for the article\", \"label\": 0}\n");
    Path out = dir.resolve("out.tsv");
    CommandRun r = run(new EvaluateAbuseCommand(), f.toString(), "--output", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().strip().endsWith("auc: 1.000"), r.out());
    assertTrue(Files.readString(out).startsWith("1\t"));
    assertEquals(1, run(new EvaluateAbuseCommand(), dir.resolve("missing").toString()).code());
    Files.writeString(f, "{not json\n");
    assertEquals(2, run(new EvaluateAbuseCommand(), f.toString()).code());
  }
}
