package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.input.RejectReason;

/** Golden numbers for indexing {@code index-fixtures/}: any change here is a visible regression. */
class GoldenIndexTest {

  @Test
  void indexesEveryGoodRecordAndCountsEveryReject() {
    IndexStats stats = FixtureIndex.stats();
    // 1 seed + 10 Fox + 2 good articles in bad-input.jsonl
    assertEquals(13, stats.articlesIndexed());
    // 8 seed + 1,528 Fox + 1 + 1 surviving comments in bad-input.jsonl
    assertEquals(1538, stats.commentsIndexed());
    assertEquals(19, stats.recordsRead());
    assertEquals(6, stats.rejectedRecords());
    assertEquals(6, stats.rejectedComments());
    assertEquals(
        stats.recordsRead(),
        stats.articlesIndexed() + stats.commentRecordsApplied() + stats.rejectedRecords(),
        "every record read is either indexed or rejected");
    assertEquals(
        Map.of(
            RejectReason.MALFORMED_JSON,
            2L,
            RejectReason.MISSING_FIELD,
            3L,
            RejectReason.WRONG_TYPE,
            2L,
            RejectReason.DUPLICATE_COMMENT_ID,
            1L,
            RejectReason.UNKNOWN_PARENT,
            1L,
            RejectReason.REPLY_CYCLE,
            2L,
            RejectReason.UNKNOWN_ARTICLE,
            1L),
        stats.rejectsByReason());
  }

  @Test
  void eachArticleIsOneBlockWithItsCommentsBeforeIt() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(FixtureIndex.dir()))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(13, searcher.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE))));
      assertEquals(1538, searcher.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_COMMENT))));
      assertEquals(9, searcher.count(new TermQuery(new Term(Schema.ARTICLE_ID, "bbc-raqqa-deal"))));
      Map<String, String> userData =
          DirectoryReader.listCommits(reader.directory()).getLast().getUserData();
      assertEquals(Integer.toString(Schema.VERSION), userData.get(IndexMetadata.SCHEMA_KEY));
      assertTrue(userData.containsKey(IndexMetadata.GAZETTEER_KEY));
      assertTrue(userData.get(IndexMetadata.LEXICON_KEY).startsWith("vader-"));
    }
  }

  @Test
  void statisticsAreWrittenNextToTheIndex() throws IOException {
    String json = java.nio.file.Files.readString(FixtureIndex.dir().resolve(Indexer.STATS_FILE));
    assertTrue(json.contains("\"articles_indexed\" : 13"), json);
    assertTrue(List.of(json.split("\n")).stream().anyMatch(l -> l.contains("UNKNOWN_ARTICLE")));
  }
}
