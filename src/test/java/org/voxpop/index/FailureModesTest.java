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
    try (Indexer first = Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      assertThrows(LockObtainFailedException.class,
          () -> Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test"));
    }
  }

  @Test
  void anIndexFolderThatCannotBeMadeFailsBeforeAnythingIsWritten() throws IOException {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "not a folder");
    assertThrows(IOException.class,
        () -> Indexer.open(file.resolve("idx"), EnrichmentPipeline.create(), IndexerSettings.defaults(), "test"));
  }

  @Test
  void aFullDiskStopsTheRunAndLeavesTheLastCommitIntact() throws IOException {
    Path dir = tmp.resolve("idx");
    try (Indexer indexer = Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent());
    }
    List<String> committed = IndexChecksum.of(dir);
    MockDirectoryWrapper full = new MockDirectoryWrapper(new Random(42), FSDirectory.open(dir));
    full.setMaxSizeInBytes(full.sizeInBytes() + 64 * 1024);
    full.setCheckIndexOnClose(false);
    IOException failure = assertThrows(IOException.class, () -> {
      try (Indexer indexer = Indexer.open(dir, full, EnrichmentPipeline.create(),
          IndexerSettings.defaults().withCommitEveryArticles(2), "test")) {
        indexer.index(FOX, IndexListener.silent());
      }
    });
    assertTrue(failure.getMessage() != null);
    List<String> after = IndexChecksum.of(dir);
    assertFalse(after.stream().anyMatch(b -> b.endsWith("INCOMPLETE")), "no half block after a full disk");
    assertTrue(after.containsAll(committed), "what was committed before is still there");
    try (Indexer indexer = Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(FOX, IndexListener.silent());
    }
    assertEquals(11, IndexChecksum.of(dir).size(), "with space again, a re-run completes the index");
  }
}
