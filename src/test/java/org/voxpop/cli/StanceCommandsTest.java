package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code voxpop evaluate stance} and {@code voxpop train stance}, run in-process on a fixture. */
class StanceCommandsTest {
  @TempDir Path dir;

  private static CommandRun run(Object command, String... args) {
    return CommandRun.of(command, args);
  }

  private static Path fixture() throws URISyntaxException {
    return Path.of(
        StanceCommandsTest.class
            .getResource("/org/voxpop/enrich/sentiment/stance-fixture.jsonl")
            .toURI());
  }

  @Test
  void evaluateStanceWritesLabelsAndEndsWithF1m() throws Exception {
    Path out = dir.resolve("labels.tsv");
    CommandRun r =
        run(new EvaluateStanceCommand(), fixture().toString(), "--output", out.toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\\R");
    assertTrue(lines[lines.length - 1].startsWith("F1m: "), r.out());
    assertEquals(16, Files.readAllLines(out).size());
    CommandRun cv = run(new EvaluateStanceCommand(), fixture().toString(), "--folds", "2");
    assertEquals(0, cv.code(), cv.err());
    assertTrue(cv.out().contains("2-fold cross-validation"), cv.out());
  }

  @Test
  void evaluateStanceRejectsBadInput() throws Exception {
    assertEquals(1, run(new EvaluateStanceCommand()).code());
    assertEquals(1, run(new EvaluateStanceCommand(), dir.resolve("none.jsonl").toString()).code());
    assertEquals(1, run(new EvaluateStanceCommand(), fixture().toString(), "--folds", "1").code());
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "not json\n");
    assertEquals(2, run(new EvaluateStanceCommand(), bad.toString()).code());
  }

  @Test
  void trainStanceWritesTheSameModelTwice() throws IOException, URISyntaxException {
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("eval/newsmtsc"));
    Files.copy(fixture(), data.resolve("eval/newsmtsc/train.jsonl"));
    CommandRun a =
        run(
            new TrainStanceCommand(),
            "--data",
            data.toString(),
            "--out",
            dir.resolve("a").toString(),
            "--seed",
            "3");
    CommandRun b =
        run(
            new TrainStanceCommand(),
            "--data",
            data.toString(),
            "--out",
            dir.resolve("b").toString(),
            "--seed",
            "3");
    assertEquals(0, a.code(), a.err());
    assertTrue(a.out().contains("sha256"), a.out());
    assertEquals(
        -1,
        Files.mismatch(dir.resolve("a/stance-model.bin.gz"), dir.resolve("b/stance-model.bin.gz")));
    assertEquals(
        1, run(new TrainStanceCommand(), "--data", dir.resolve("nothing").toString()).code());
  }
}
