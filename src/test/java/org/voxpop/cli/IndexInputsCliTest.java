package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.index.Indexer;

/** What `voxpop index` accepts, and what it does with input of which nothing can be indexed. */
class IndexInputsCliTest {
  private static final String INPUT = "src/test/resources/org/voxpop/input/";
  private static final String EXPECTED_SHAPE =
      "voxpop reads JSON Lines: one JSON object a line, an article {\"id\": ..., \"body\": ...";

  @TempDir Path tmp;

  private static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  private static long articles(Path index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      return reader.numDocs();
    }
  }

  @Test
  void indexesAFolderAndAQuotedGlob() throws IOException {
    Path index = tmp.resolve("idx");
    CliTest.Run folder = run("index", "--index", index.toString(), INPUT + "tree");
    assertEquals(0, folder.code(), folder.err());
    assertTrue(
        folder
            .out()
            .contains(
                "4 records read, 3 articles (0 replaced) with 0 comments, 1 comment record merged"),
        folder.out());
    CliTest.Run glob =
        run("index", "--index", tmp.resolve("glob").toString(), INPUT + "tree/**/*.jsonl");
    assertEquals(0, glob.code(), glob.err());
    assertTrue(glob.out().contains("4 records read, 3 articles"), glob.out());
    CliTest.Run missing =
        run("index", "--index", tmp.resolve("none").toString(), INPUT + "no-such-folder");
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no such file: " + INPUT + "no-such-folder"), missing.err());
    assertFalse(Files.exists(tmp.resolve("none")), "no index for input that is not there");
  }

  @Test
  void readsStandardInputAndNamesItsLinesStdin() {
    IndexCommand command = new IndexCommand();
    command.input.stdin =
        new ByteArrayInputStream(
            "{\"id\":\"s1\",\"body\":\"From a pipe.\"}\n{\"body\":\"no id\"}\n"
                .getBytes(StandardCharsets.UTF_8));
    CommandRun run = CommandRun.of(command, "--index", tmp.resolve("idx").toString(), "-");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("rejected <stdin>:2: MISSING_FIELD"), run.err());
    assertTrue(run.out().contains("2 records read, 1 article"), run.out());
  }

  @Test
  void inputOfAnotherShapeIndexesNothingCreatesNoIndexAndExitsOne() {
    for (String file : List.of("not-voxpop.csv", "other-shape.jsonl")) {
      Path index = tmp.resolve("idx-" + file);
      CliTest.Run run = run("index", "--index", index.toString(), INPUT + file);
      assertEquals(1, run.code(), run.out() + run.err());
      assertTrue(run.err().contains("voxpop: nothing indexed: all "), run.err());
      assertTrue(
          run.err().contains(EXPECTED_SHAPE) && run.err().contains("(see docs/input-format.md)"),
          run.err());
      assertTrue(run.out().contains("Nothing indexed into " + index), run.out());
      assertFalse(Files.exists(index.resolve("segments_1")), "no index was created");
      assertTrue(
          Files.exists(index.resolve(Indexer.REJECTS_FILE)),
          "the list of rejects stays, to say why");
      CliTest.Run again = run("index", "--index", index.toString(), "index-fixtures/seed.jsonl");
      assertEquals(
          0, again.code(), "the folder left behind is no obstacle to the next run: " + again.err());
    }
  }

  @Test
  void inputOfAnotherShapeLeavesAnExistingIndexAsItWas() throws IOException {
    Path index = tmp.resolve("idx");
    assertEquals(0, run("index", "--index", index.toString(), "index-fixtures/seed.jsonl").code());
    long before = articles(index);
    String segments =
        Files.list(index)
            .map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith("segments_"))
            .findFirst()
            .orElseThrow();
    String stats = Files.readString(index.resolve(Indexer.STATS_FILE));
    CliTest.Run run = run("index", "--index", index.toString(), INPUT + "not-voxpop.csv");
    assertEquals(1, run.code());
    assertEquals(before, articles(index));
    assertTrue(Files.exists(index.resolve(segments)), "the last commit is the one before the run");
    assertEquals(
        stats, Files.readString(index.resolve(Indexer.STATS_FILE)), "and so are its statistics");
  }

  @Test
  void strictModeOnInputOfAnotherShapeCreatesNoIndexEither() {
    Path index = tmp.resolve("idx");
    CliTest.Run run =
        run("index", "--strict", "--index", index.toString(), INPUT + "other-shape.jsonl");
    assertEquals(2, run.code());
    assertFalse(Files.exists(index.resolve("segments_1")), "no index was created");
  }

  @Test
  void thousandsOfRejectsShowTheFirstFewAndListEveryOneInAFile() throws IOException {
    StringBuilder lines = new StringBuilder("{\"id\":\"good\",\"body\":\"One good article.\"}\n");
    for (int i = 0; i < 2_000; i++) {
      lines.append("{\"id\":\"bad-").append(i).append("\"}\n");
    }
    Path input = Files.writeString(tmp.resolve("mostly-bad.jsonl"), lines.toString());
    Path index = tmp.resolve("idx");
    CliTest.Run run = run("index", "--index", index.toString(), input.toString());
    assertEquals(0, run.code(), "one article was indexed");
    assertEquals(
        RejectLog.DEFAULT_MAX_LINES,
        run.err().lines().filter(l -> l.startsWith("rejected ")).count());
    Path all = index.resolve(Indexer.REJECTS_FILE);
    assertEquals(2_000, Files.readAllLines(all).size());
    assertTrue(
        Files.readAllLines(all)
            .get(1_999)
            .startsWith("rejected " + input + ":2001: MISSING_FIELD"));
    assertTrue(
        run.out()
            .contains(
                "1,980 of 2,000 reject lines and 0 warning lines not shown (--max-reject-lines 20); every line is in "
                    + all
                    + "."),
        run.out());

    Path mine = tmp.resolve("my-rejects.txt");
    CliTest.Run capped =
        run(
            "index",
            "--index",
            index.toString(),
            "--max-reject-lines",
            "3",
            "--rejects-file",
            mine.toString(),
            input.toString());
    assertEquals(3, capped.err().lines().filter(l -> l.startsWith("rejected ")).count());
    assertEquals(2_000, Files.readAllLines(mine).size());
    assertFalse(
        Files.exists(all),
        "the index folder's list of the run before went: it would pass for this run's");
    assertTrue(capped.out().contains("every line is in " + mine), capped.out());
  }

  @Test
  void datesInNewsFeedFormsAreReadAndTheRestWarnedOnceEach() {
    CliTest.Run run = run("index", "--index", tmp.resolve("idx").toString(), INPUT + "dates.jsonl");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("13 records read, 13 articles"), run.out());
    assertTrue(
        run.err()
            .contains(
                "warning "
                    + INPUT
                    + "dates.jsonl:9: article unreadable: published 'last Tuesday' is not a date"),
        run.err());
    assertEquals(
        1, run.err().lines().filter(l -> l.contains("article field 'date'")).count(), run.err());
    assertTrue(run.err().contains("if it is the publication date, name it 'published'"), run.err());

    CliTest.Run pattern =
        run(
            "index",
            "--index",
            tmp.resolve("p").toString(),
            "--date-format",
            "'week of' d MMM yyyy",
            INPUT + "dates.jsonl");
    assertEquals(
        0,
        pattern.code(),
        "the standard forms still read after the user's pattern: " + pattern.err());
    CliTest.Run badPattern =
        run(
            "index",
            "--index",
            tmp.resolve("q").toString(),
            "--date-format",
            "dd {",
            INPUT + "dates.jsonl");
    assertEquals(1, badPattern.code());
    assertTrue(
        badPattern.err().contains("--date-format 'dd {' is not a date pattern"), badPattern.err());
  }
}
