package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.FixtureIndex;
import picocli.CommandLine;

/** Runs the commands as a user would and checks what they print and their exit codes. */
class CliTest {
  @TempDir Path tmp;

  /** Exit code and what a command printed. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void indexReportsEveryBadLineWithFileLineAndReasonAndIndexesTheRest() {
    Run run =
        run("index", "--index", tmp.resolve("idx").toString(), "index-fixtures/bad-input.jsonl");
    assertEquals(0, run.code(), run.err());
    for (String expected :
        new String[] {
          "bad-input.jsonl:1: DUPLICATE_COMMENT_ID",
          "bad-input.jsonl:1: UNKNOWN_PARENT",
          "bad-input.jsonl:1: MISSING_FIELD",
          "bad-input.jsonl:1: WRONG_TYPE",
          "bad-input.jsonl:2:51: MALFORMED_JSON: not valid JSON: the line ends inside the object that opens at column 1: a '}' is missing",
          "bad-input.jsonl:3: MISSING_FIELD",
          "bad-input.jsonl:4: MISSING_FIELD",
          "bad-input.jsonl:5: WRONG_TYPE",
          "bad-input.jsonl:6: REPLY_CYCLE",
          "bad-input.jsonl:7: MALFORMED_JSON",
          "bad-input.jsonl:8: UNKNOWN_ARTICLE"
        }) {
      assertTrue(run.err().contains(expected), "missing " + expected + " in:\n" + run.err());
    }
    assertTrue(
        run.out().contains("8 records read, 2 articles (0 replaced) with 2 comments"), run.out());
    assertTrue(run.out().contains("12 rejected (6 records, 6 comments)"), run.out());
  }

  @Test
  void strictModeStopsAtTheFirstRejectWithExitCodeTwo() {
    Run run =
        run(
            "index",
            "--strict",
            "--index",
            tmp.resolve("idx").toString(),
            "index-fixtures/bad-input.jsonl");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("rejected (strict mode)"), run.err());
  }

  @Test
  void reindexingTheSameInputReplacesInsteadOfDuplicating() {
    String dir = tmp.resolve("idx").toString();
    assertEquals(0, run("index", "-q", "--index", dir, "index-fixtures/seed.jsonl").code());
    Run again = run("index", "-q", "--index", dir, "index-fixtures/seed.jsonl");
    assertTrue(again.out().contains("1 article (1 replaced) with 8 comments"), again.out());
    Run search = run("search", "--index", dir, "", "--facets", "doc_type", "--scope", "both");
    assertTrue(search.out().startsWith("9 hits in 1 article ("), search.out());
  }

  @Test
  void searchPrintsAReadableTableOfHitsAndFacets() {
    Run run =
        run(
            "search",
            "--index",
            FixtureIndex.dir().toString(),
            "Raqqa",
            "--scope",
            "both",
            "--facets",
            "doc_type");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("2 hits in 1 article"), run.out());
    assertTrue(run.out().contains("Raqqa's dirty secret"), run.out());
    assertTrue(run.out().contains("doc_type (2 values)"), run.out());
  }

  @Test
  void searchSpeaksJsonOnRequest() {
    Run run =
        run(
            "search",
            "--index",
            FixtureIndex.dir().toString(),
            "Raqqa",
            "--scope",
            "both",
            "--format",
            "json");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("\"total_hits\" : 2"), run.out());
  }

  @Test
  void userErrorsExitWithOneAndAClearMessage() {
    Run badQuery = run("search", "--index", FixtureIndex.dir().toString(), "colour:red");
    assertEquals(1, badQuery.code());
    assertTrue(
        badQuery.err().startsWith("voxpop: unknown field 'colour'")
            || badQuery.err().contains("unknown field 'colour'"),
        badQuery.err());
    assertTrue(!badQuery.err().contains("at org."), "no stack trace: " + badQuery.err());

    Run missing = run("index", "--index", tmp.toString(), "no-such-file.jsonl");
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no such file: no-such-file.jsonl"), missing.err());

    Run noIndex = run("search", "--index", tmp.resolve("nothing").toString(), "x");
    assertEquals(1, noIndex.code());
    assertTrue(noIndex.err().contains("no index at"), noIndex.err());

    Run badOption = run("search", "--no-such-option");
    assertEquals(1, badOption.code());
  }

  @Test
  void importTextRegeneratesTheSeedFixture() throws Exception {
    Path seed = Path.of("src/test/resources/org/voxpop/input/seed.txt");
    Run run =
        run(
            "import-text",
            seed.toString(),
            "--id",
            "bbc-raqqa-deal",
            "--source",
            "BBC",
            "--title",
            "Raqqa's dirty secret",
            "--author",
            "Quentin Sommerville",
            "--published",
            "2017-11-13",
            "--url",
            "https://www.bbc.co.uk/news/resources/idt-sh/raqqas_dirty_secret",
            "--section",
            "Middle East");
    assertEquals(0, run.code(), run.err());
    assertEquals(Files.readString(Path.of("index-fixtures/seed.jsonl")), run.out());
  }

  @Test
  void demoIndexesTheFixturesAndShowsFacetedAnswers() {
    Run run =
        run("demo", "--index", tmp.resolve("demo").toString(), "--fixtures", "index-fixtures");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("19 records read, 13 articles"), run.out());
    assertTrue(run.out().contains("1,538 comments in 13 articles"), run.out());
    assertTrue(run.out().contains("== 3. Drill-down"), run.out());
    assertTrue(run.out().contains("Took "), run.out());
  }

  /** The demo writes into the default index folder: an index of an older schema is upgraded. */
  @Test
  void demoUpgradesAnIndexOfAnOlderSchemaInsteadOfFailing() throws Exception {
    Path dir = tmp.resolve("old");
    assertEquals(
        0, run("index", "-q", "--index", dir.toString(), "index-fixtures/seed.jsonl").code());
    try (org.apache.lucene.store.FSDirectory directory =
            org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.IndexWriter writer =
            new org.apache.lucene.index.IndexWriter(
                directory,
                new org.apache.lucene.index.IndexWriterConfig()
                    .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
      java.util.Map<String, String> data =
          new java.util.HashMap<>(
              org.apache.lucene.index.DirectoryReader.listCommits(directory)
                  .getLast()
                  .getUserData());
      data.put("voxpop.schema", Integer.toString(org.voxpop.index.Schema.VERSION - 1));
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    assertTrue(org.voxpop.index.IndexInfo.olderSchema(dir));
    Run run = run("demo", "--index", dir.toString(), "--fixtures", "index-fixtures");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("== 0. Upgrading"), run.out());
    assertTrue(run.out().contains("== 3. Drill-down"), run.out());
    assertFalse(org.voxpop.index.IndexInfo.olderSchema(dir));
  }

  @Test
  void everyCommandHasItsOwnHelp() {
    for (String command :
        new String[] {
          "search", "index", "timeline", "facets", "export", "serve", "entities", "sentiment"
        }) {
      Run run = run(command, "--help");
      assertEquals(0, run.code(), command + ": " + run.err());
      assertTrue(run.out().contains("Usage: voxpop " + command), run.out());
    }
  }

  @Test
  void helpListsCommandsAndExitCodes() {
    Run run = run("--help");
    assertEquals(0, run.code());
    for (String word :
        new String[] {"demo", "index", "search", "import-text", "Exit codes", "voxpop demo"}) {
      assertTrue(run.out().contains(word), word + " in " + run.out());
    }
  }

  @Test
  void indexingIntoAFolderThatIsNotAnIndexNeedsForce(@TempDir Path tmp) throws java.io.IOException {
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    Run refused = run("index", "-q", "--index", tmp.toString(), "index-fixtures/seed.jsonl");
    assertEquals(1, refused.code(), refused.err());
    assertTrue(
        refused.err().contains("holds no voxpop index") && refused.err().contains("--force"),
        refused.err());
    Run forced =
        run("index", "-q", "--force", "--index", tmp.toString(), "index-fixtures/seed.jsonl");
    assertEquals(0, forced.code(), forced.err());
    assertEquals("mine", Files.readString(tmp.resolve("notes.txt")));
  }

  @Test
  void aFullDiskIsADataErrorInOneSentence() {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    Path dir = Path.of("some-index");
    int code =
        Main.handle(
            new org.voxpop.index.DiskFullException(
                dir,
                new org.apache.lucene.store.AlreadyClosedException(
                    "this IndexWriter is closed",
                    new java.io.IOException("No space left on device"))),
            cli,
            null);
    assertEquals(2, code);
    assertEquals(
        "voxpop: disk full while writing some-index; the index holds everything up to the last commit",
        err.toString().strip());
  }

  @Test
  void runningOutOfMemoryIsExitCodeThreeWithASentence() {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    org.voxpop.index.OutOfMemoryStop stop =
        org.voxpop.index.OutOfMemoryStops.sample(Path.of("some-index"));
    assertEquals(3, Main.handle(stop, cli, null));
    assertTrue(
        err.toString().startsWith("voxpop: out of memory while indexing into some-index"),
        err.toString());
    assertTrue(err.toString().strip().lines().count() == 1, "one line, no stack trace: " + err);
  }

  @Test
  void aRegularExpressionTooComplexToSearchIsAUserError() {
    Run run = run("search", "--index", FixtureIndex.dir().toString(), "text:/.{1,1000}.{1,1000}/");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("too complex to search"), run.err());
    assertTrue(run.err().strip().lines().count() == 1, run.err());
  }
}
