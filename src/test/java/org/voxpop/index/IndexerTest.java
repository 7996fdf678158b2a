package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.input.Reject;
import org.voxpop.input.RejectReason;
import org.voxpop.query.VoxpopSearcher;

/** Updates, late comments, re-enrichment, deletes and version checks of the indexer. */
class IndexerTest {
  @TempDir Path tmp;

  private Indexer open(Path dir) throws IOException {
    return Indexer.open(
        dir,
        EnrichmentPipeline.create(),
        IndexerSettings.defaults(),
        Gazetteer.defaultGazetteer().version());
  }

  private static int count(Path dir, String field, String value) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
    }
  }

  @Test
  void lateCommentsFromASeparateFileJoinTheirArticlesBlock() throws IOException {
    Path dir = tmp.resolve("idx");
    Path comments = tmp.resolve("late-comments.jsonl");
    Files.writeString(
        comments,
        String.join(
            "\n",
            "{\"article_id\": \"bbc-raqqa-deal\", \"id\": \"9\", \"parent_id\": \"6\", \"author\": \"late reader\", \"posted\": \"2017-11-14T09:00:00Z\", \"text\": \"The US did not mess up Raqqa alone.\"}",
            "{\"article_id\": \"bbc-raqqa-deal\", \"id\": \"10\", \"parent_id\": \"99\", \"text\": \"Reply to nothing.\"}",
            "{\"article_id\": \"bbc-raqqa-deal\", \"id\": \"3\", \"text\": \"An edited comment 3 replaces the old one.\"}",
            ""));
    List<Reject> rejects = new ArrayList<>();
    IndexListener collect =
        new IndexListener() {
          @Override
          public synchronized void rejected(Reject reject) {
            rejects.add(reject);
          }
        };
    try (Indexer indexer = open(dir)) {
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), collect);
      IndexStats stats = indexer.index(List.of(comments), collect);
      assertEquals(3, stats.recordsRead());
      assertEquals(2, stats.commentRecordsApplied());
      assertEquals(1, stats.rejectedRecords());
      assertEquals(0, stats.articlesIndexed(), "no article line was read; one block was rewritten");
      assertEquals(
          stats.recordsRead(),
          stats.articlesIndexed() + stats.commentRecordsApplied() + stats.rejectedRecords());
    }
    assertEquals(RejectReason.UNKNOWN_PARENT, rejects.get(0).reason());
    assertEquals(comments + ":2", rejects.get(0).location().toString());
    assertEquals(
        9, count(dir, Schema.TYPE, Schema.TYPE_COMMENT), "8 comments, one added, one replaced");
    assertEquals(10, count(dir, Schema.ARTICLE_ID, "bbc-raqqa-deal"));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Document three =
          searcher
              .storedFields()
              .document(
                  searcher.search(new TermQuery(new Term(Schema.COMMENT_ID, "3")), 1)
                      .scoreDocs[0]
                      .doc);
      assertTrue(three.get(Schema.TEXT).startsWith("An edited comment 3"));
    }
  }

  @Test
  void reindexReEnrichesFromTheStoredRawInputAndChangesNothingElse() throws IOException {
    Path dir = tmp.resolve("idx");
    try (Indexer indexer = open(dir)) {
      indexer.index(
          List.of(Path.of("index-fixtures/seed.jsonl"), Path.of("index-fixtures/fox-news.jsonl")),
          IndexListener.silent());
      IndexStats again = indexer.reindex(IndexListener.silent());
      assertEquals(11, again.articlesIndexed());
      assertEquals(11, again.articlesReplaced());
      assertEquals(1536, again.commentsIndexed());
    }
    assertEquals(11, count(dir, Schema.TYPE, Schema.TYPE_ARTICLE));
    assertEquals(1536, count(dir, Schema.TYPE, Schema.TYPE_COMMENT));
  }

  @Test
  void deletingAnArticleRemovesItsWholeThread() throws IOException {
    Path dir = tmp.resolve("idx");
    try (Indexer indexer = open(dir)) {
      indexer.index(
          List.of(Path.of("index-fixtures/seed.jsonl"), Path.of("index-fixtures/fox-news.jsonl")),
          IndexListener.silent());
      indexer.deleteArticle("fox-30");
      indexer.commit();
    }
    assertEquals(0, count(dir, Schema.ARTICLE_ID, "fox-30"));
    assertEquals(1536 - 122, count(dir, Schema.TYPE, Schema.TYPE_COMMENT));
  }

  @Test
  void deletingFromTheCommandLineKeepsTheIndexMetadataAndSaysWhatWasFound() throws IOException {
    Path dir = tmp.resolve("idx");
    try (Indexer indexer =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "newsroom-7")) {
      indexer.index(
          List.of(Path.of("index-fixtures/seed.jsonl"), Path.of("index-fixtures/fox-news.jsonl")),
          IndexListener.silent());
    }
    assertEquals(1, Indexer.deleteArticles(dir, List.of("fox-30", "no-such-article", "fox-30")));
    assertEquals(0, count(dir, Schema.ARTICLE_ID, "fox-30"));
    assertEquals(1536 - 122, count(dir, Schema.TYPE, Schema.TYPE_COMMENT));
    try (FSDirectory directory = FSDirectory.open(dir)) {
      // the gazetteer that enriched the index, not the one a deleting process would have loaded
      assertEquals("newsroom-7", IndexInfo.check(dir.toString(), directory).gazetteerVersion());
    }
    assertThrows(
        java.io.FileNotFoundException.class,
        () -> Indexer.deleteArticles(tmp.resolve("none"), List.of("x")));
    assertTrue(!Files.exists(tmp.resolve("none")), "no folder made for a mistyped index path");
  }

  @Test
  void oneAndTwoThreadsBuildTheSameIndex() throws IOException {
    List<Path> inputs =
        List.of(Path.of("index-fixtures/fox-news.jsonl"), Path.of("index-fixtures/seed.jsonl"));
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    try (Indexer indexer =
        Indexer.open(
            one, EnrichmentPipeline.create(), IndexerSettings.defaults().withThreads(1), "test")) {
      indexer.index(inputs, IndexListener.silent());
    }
    try (Indexer indexer =
        Indexer.open(
            two, EnrichmentPipeline.create(), IndexerSettings.defaults().withThreads(2), "test")) {
      indexer.index(inputs, IndexListener.silent());
    }
    assertEquals(IndexChecksum.of(one), IndexChecksum.of(two));
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRefusedWithAMessage() throws IOException {
    Path dir = tmp.resolve("old");
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
      writer.addDocument(new Document());
      writer.setLiveCommitData(
          Map.of(IndexMetadata.SCHEMA_KEY, "0", IndexMetadata.VERSION_KEY, "0.0.1").entrySet());
      writer.commit();
    }
    IncompatibleIndexException writing =
        assertThrows(IncompatibleIndexException.class, () -> open(dir));
    assertTrue(writing.getMessage().contains("schema version 0"), writing.getMessage());
    IncompatibleIndexException reading =
        assertThrows(
            IncompatibleIndexException.class,
            () -> VoxpopSearcher.open(dir, Gazetteer.defaultGazetteer()));
    assertTrue(
        reading.getMessage().contains("voxpop reindex")
            && reading.getMessage().contains("index the input again"),
        reading.getMessage());

    Path plain = tmp.resolve("plain");
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(plain), new IndexWriterConfig())) {
      writer.addDocument(new Document());
      writer.commit();
    }
    IncompatibleIndexException foreign =
        assertThrows(IncompatibleIndexException.class, () -> open(plain));
    assertTrue(foreign.getMessage().contains("not written by voxpop"), foreign.getMessage());
  }
}
