package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;

/** A locked index, an unusable folder and a full disk: clear errors, and no corrupt index. */
class FailureModesTest {
  @TempDir Path tmp;

  private static final List<Path> FOX = List.of(Path.of("index-fixtures/fox-news.jsonl"));

  @Test
  void aSecondWriterIsKeptOutByTheLock() throws IOException {
    Path dir = tmp.resolve("idx");
    try (Indexer first =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      assertThrows(
          LockObtainFailedException.class,
          () -> Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test"));
    }
  }

  @Test
  void anIndexFolderThatCannotBeMadeFailsBeforeAnythingIsWritten() throws IOException {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "not a folder");
    NotAnIndexFolderException e =
        assertThrows(
            NotAnIndexFolderException.class,
            () ->
                Indexer.open(
                    file.resolve("idx"),
                    EnrichmentPipeline.create(),
                    IndexerSettings.defaults(),
                    "test"));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("lies inside one"), e.getMessage());
    org.junit.jupiter.api.Assertions.assertEquals("not a folder", Files.readString(file));
  }

  @Test
  void aFullDiskStopsTheRunAndLeavesTheLastCommitIntact() throws IOException {
    Path dir = tmp.resolve("idx");
    try (Indexer indexer =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent());
    }
    List<String> committed = IndexChecksum.of(dir);
    MockDirectoryWrapper full = new MockDirectoryWrapper(new Random(42), FSDirectory.open(dir));
    full.setMaxSizeInBytes(full.sizeInBytes() + 64 * 1024);
    full.setCheckIndexOnClose(false);
    IOException failure =
        assertThrows(
            IOException.class,
            () -> {
              try (Indexer indexer =
                  Indexer.open(
                      dir,
                      full,
                      EnrichmentPipeline.create(),
                      IndexerSettings.defaults().withCommitEveryArticles(2),
                      "test")) {
                indexer.index(FOX, IndexListener.silent());
              }
            });
    assertTrue(failure.getMessage() != null);
    List<String> after = IndexChecksum.of(dir);
    assertFalse(
        after.stream().anyMatch(b -> b.endsWith("INCOMPLETE")), "no half block after a full disk");
    assertTrue(after.containsAll(committed), "what was committed before is still there");
    try (Indexer indexer =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(FOX, IndexListener.silent());
    }
    assertEquals(
        11, IndexChecksum.of(dir).size(), "with space again, a re-run completes the index");
  }

  @Test
  void aFolderThatHoldsFilesButNoIndexIsRefusedAndItsFilesAreNeverDeleted() throws IOException {
    Path dir = tmp.resolve("not-an-index");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("_0.si"), "the user's file, named as Lucene names its own");
    Files.writeString(dir.resolve("notes.txt"), "the user's notes");
    List<Path> seed = List.of(Path.of("index-fixtures/seed.jsonl"));

    NotAnIndexFolderException refused =
        assertThrows(
            NotAnIndexFolderException.class,
            () ->
                Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test"));
    assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
    assertEquals(List.of("_0.si", "notes.txt"), files(dir), "nothing written, nothing deleted");

    try (Indexer indexer =
        Indexer.open(
            dir, EnrichmentPipeline.create(), IndexerSettings.defaults().withForce(true), "test")) {
      assertEquals(1, indexer.index(seed, IndexListener.silent()).articlesIndexed());
    }
    // later writers need no --force (the folder is an index now) and keep the files too
    try (Indexer indexer =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(seed, IndexListener.silent());
    }
    try (Indexer indexer =
        Indexer.openForReindex(
            dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.reindex(IndexListener.silent());
    }
    assertEquals(1, Indexer.deleteArticles(dir, List.of("bbc-raqqa-deal")));
    assertEquals(
        "the user's file, named as Lucene names its own", Files.readString(dir.resolve("_0.si")));
    assertEquals("the user's notes", Files.readString(dir.resolve("notes.txt")));
  }

  @Test
  void anEmptyFolderAndAFolderLeftByARunStoppedAtOnceAreIndexedInto() throws IOException {
    Path empty = tmp.resolve("empty");
    Files.createDirectories(empty);
    try (Indexer indexer =
        Indexer.open(empty, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      // a run that stops here has committed an empty voxpop index: the folder is not foreign
    }
    try (Indexer indexer =
        Indexer.open(empty, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      assertEquals(
          1,
          indexer
              .index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent())
              .articlesIndexed());
    }
  }

  private static List<String> files(Path dir) throws IOException {
    try (var list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFullDiskIsSaidInASentenceWithoutAStackTrace() throws IOException {
    Path dir = tmp.resolve("idx");
    try (Indexer indexer =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent());
    }
    List<String> committed = IndexChecksum.of(dir);
    java.io.PrintStream console = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    DiskFullException failure;
    try {
      failure =
          assertThrows(
              DiskFullException.class,
              () -> {
                try (Indexer indexer =
                    Indexer.open(
                        dir,
                        BudgetDirectory.diskFull(FSDirectory.open(dir), 48 * 1024),
                        EnrichmentPipeline.create(),
                        IndexerSettings.defaults().withCommitEveryArticles(1),
                        "test")) {
                  indexer.index(FOX, IndexListener.silent());
                }
              });
    } finally {
      System.setErr(console);
    }
    assertEquals(
        "disk full while writing " + dir + "; the index holds everything up to the last commit",
        failure.getMessage());
    assertFalse(
        printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("Exception"),
        printed.toString(java.nio.charset.StandardCharsets.UTF_8));
    List<String> after = IndexChecksum.of(dir);
    assertFalse(
        after.stream().anyMatch(b -> b.endsWith("INCOMPLETE")), "no half block after a full disk");
    assertTrue(after.containsAll(committed), "what was committed before is still there");
    try (Indexer indexer =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(FOX, IndexListener.silent());
    }
    assertEquals(
        11, IndexChecksum.of(dir).size(), "with space again, a re-run completes the index");
  }
}
