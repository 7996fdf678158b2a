package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;

/** The same article id twice in one run: the later record wins, whatever the threads do. */
class SameIdOrderTest {
  @TempDir Path tmp;

  @Test
  void theLaterVersionWinsAndCountsAsAReplacement() throws IOException {
    Path first = tmp.resolve("first.jsonl");
    Path second = tmp.resolve("second.jsonl");
    // The old version is long, so that an unordered pool would likely finish it last.
    Files.writeString(
        first,
        "{\"id\":\"race\",\"title\":\"OLD\",\"body\":\""
            + "Raqqa and Aleppo and Syria. ".repeat(4000)
            + "\"}\n");
    Files.writeString(second, "{\"id\":\"race\",\"title\":\"NEW\",\"body\":\"short\"}\n");
    IndexStats stats;
    try (Indexer indexer =
        Indexer.open(
            tmp.resolve("idx"),
            EnrichmentPipeline.create(),
            IndexerSettings.defaults().withThreads(4),
            "test")) {
      stats = indexer.index(List.of(first, second), IndexListener.silent());
    }
    assertEquals(2, stats.articlesIndexed());
    assertEquals(1, stats.articlesReplaced());
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("idx")))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(1, searcher.count(new TermQuery(new Term(Schema.ARTICLE_ID, "race"))));
      String title =
          searcher
              .storedFields()
              .document(
                  searcher.search(new TermQuery(new Term(Schema.ARTICLE_ID, "race")), 1)
                      .scoreDocs[0]
                      .doc)
              .get(Schema.TITLE);
      assertEquals("NEW", title);
    }
  }

  @Test
  void aReplyMayArriveBeforeItsParentInTheSameBatch() throws IOException {
    Path comments = tmp.resolve("late.jsonl");
    Files.writeString(
        comments,
        String.join(
            "\n",
            "{\"article_id\":\"bbc-raqqa-deal\",\"id\":\"11\",\"parent_id\":\"10\",\"text\":\"reply to a reply\"}",
            "{\"article_id\":\"bbc-raqqa-deal\",\"id\":\"10\",\"parent_id\":\"1\",\"text\":\"reply\"}",
            ""));
    IndexStats stats;
    try (Indexer indexer =
        Indexer.open(
            tmp.resolve("idx2"), EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent());
      stats = indexer.index(List.of(comments), IndexListener.silent());
    }
    assertEquals(2, stats.commentRecordsApplied());
    assertEquals(0, stats.rejects());
    assertTrue(
        IndexChecksum.of(tmp.resolve("idx2")).get(0).contains("10,11,")
            || IndexChecksum.of(tmp.resolve("idx2")).get(0).contains("11,"));
  }
}
