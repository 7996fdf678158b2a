package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.VoxpopSearcher;

/**
 * An index written with an older schema is refused by searches with a message that names the way
 * out, and {@code reindex} upgrades it from the raw input it keeps; an upgrade that stops half way
 * leaves the old index as it was.
 */
class SchemaUpgradeTest {
  @TempDir Path tmp;

  /** The seed indexed, then labelled as written by schema version 1. */
  private Path olderIndex() throws IOException {
    Path dir = tmp.resolve("idx");
    try (Indexer indexer =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent());
    }
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data =
          new HashMap<>(DirectoryReader.listCommits(directory).getLast().getUserData());
      data.put(IndexMetadata.SCHEMA_KEY, Integer.toString(Schema.VERSION - 1));
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    return dir;
  }

  private static int schemaOf(Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      return IndexMetadata.schemaVersion(
          DirectoryReader.listCommits(directory).getLast().getUserData());
    }
  }

  @Test
  void searchesRefuseAnOlderSchemaAndSayHowToUpgrade() throws IOException {
    Path dir = olderIndex();
    IncompatibleIndexException e =
        assertThrows(
            IncompatibleIndexException.class,
            () -> VoxpopSearcher.open(dir, Gazetteer.defaultGazetteer()));
    assertTrue(e.getMessage().contains("voxpop reindex"), e.getMessage());
  }

  @Test
  void reindexUpgradesFromTheRawInput() throws IOException {
    Path dir = olderIndex();
    try (Indexer indexer =
        Indexer.openForReindex(
            dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      assertTrue(indexer.upgrading());
      IndexStats stats = indexer.reindex(IndexListener.silent());
      assertEquals(1, stats.articlesIndexed());
      assertEquals(8, stats.commentsIndexed());
    }
    assertEquals(Schema.VERSION, schemaOf(dir));
    try (VoxpopSearcher searcher = VoxpopSearcher.open(dir, Gazetteer.defaultGazetteer())) {
      assertEquals(8, searcher.search(SearchRequest.builder("").pageSize(0).build()).totalHits());
      assertEquals(
          7, searcher.search(SearchRequest.builder("entity:Q30").pageSize(0).build()).totalHits());
    }
  }

  @Test
  void anUpgradeClosedBeforeItsCommitLeavesTheOldIndex() throws IOException {
    Path dir = olderIndex();
    try (Indexer indexer =
        Indexer.openForReindex(
            dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      assertTrue(indexer.upgrading());
      // closed without reindexing: as if the process stopped before the final commit
    }
    assertEquals(Schema.VERSION - 1, schemaOf(dir));
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(9, reader.numDocs(), "the old index, whole: 8 comments and their article");
    }
  }

  @Test
  void reindexOfACurrentIndexIsNoUpgrade() throws IOException {
    Path dir = tmp.resolve("current");
    try (Indexer indexer =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent());
    }
    try (Indexer indexer =
        Indexer.openForReindex(
            dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      assertFalse(indexer.upgrading());
    }
  }
}
