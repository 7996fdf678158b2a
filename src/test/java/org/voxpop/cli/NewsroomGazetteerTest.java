package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.index.IndexGazetteer;

/**
 * A newsroom's gazetteer given to {@code index} enriches the documents, is kept in the index
 * folder, and is what later queries resolve names with (an alias only the newsroom file knows).
 */
class NewsroomGazetteerTest {
  @TempDir Path tmp;

  @Test
  void indexKeepsTheNewsroomFileAndQueriesResolveItsNames() throws IOException {
    Path tsv = tmp.resolve("ours.tsv");
    Files.writeString(
        tsv,
        "newsroom:qs\tQuentin Sommerville\tPERSON\tjournalist\tQ. Sommerville|QSommerville\t\t\n",
        StandardCharsets.UTF_8);
    Path idx = tmp.resolve("idx");
    CliTest.Run indexed =
        CliTest.run(
            "index",
            "-q",
            "--index",
            idx.toString(),
            "--gazetteer",
            tsv.toString(),
            "index-fixtures/seed.jsonl");
    assertEquals(0, indexed.code(), indexed.err());
    assertTrue(
        Files.isRegularFile(idx.resolve(IndexGazetteer.NAME_TSV)),
        "the file is kept beside the index");

    // The alias exists only in the newsroom file: the query resolves it through the kept copy.
    CliTest.Run found =
        CliTest.run(
            "search", "--index", idx.toString(), "--scope", "articles", "entity:QSommerville");
    assertEquals(0, found.code(), found.err());
    assertTrue(found.out().startsWith("1 hit in 1 article"), found.out());

    CliTest.Run export =
        CliTest.run(
            "export", "--index", idx.toString(), "--scope", "articles", "--format", "jsonl");
    assertEquals(0, export.code(), export.err());
    assertTrue(
        export.out().contains("newsroom:qs"), "the article's mention carries the newsroom id");
  }

  @Test
  void aMissingNewsroomFileFailsBeforeAnythingIsWritten() {
    Path idx = tmp.resolve("idx2");
    CliTest.Run run =
        CliTest.run(
            "index",
            "-q",
            "--index",
            idx.toString(),
            "--gazetteer",
            tmp.resolve("missing.tsv").toString(),
            "index-fixtures/seed.jsonl");
    assertTrue(run.code() != 0, run.out());
    assertTrue(run.err().contains("missing.tsv"), run.err());
    assertTrue(!Files.exists(idx), "no index folder was made");
  }
}
