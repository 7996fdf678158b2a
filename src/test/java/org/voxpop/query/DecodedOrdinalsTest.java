package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.index.IndexListener;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.Schema;

/**
 * Counting from decoded ordinals gives exactly the counts of counting from doc values, for
 * single- and multi-valued and hierarchical dimensions, and a spent heap budget falls back to doc
 * values instead of failing.
 */
class DecodedOrdinalsTest {
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void build() throws IOException {
    index = tmp.resolve("idx");
    try (Indexer indexer = Indexer.open(index, EnrichmentPipeline.create(),
        IndexerSettings.defaults().withCommitEveryArticles(3), "test")) {
      indexer.index(List.of(Path.of("index-fixtures/fox-news.jsonl"), Path.of("index-fixtures/seed.jsonl")),
          IndexListener.silent());
    }
  }

  private static final List<String> DIMS = List.of(Schema.DIM_ENTITY, Schema.DIM_SENTIMENT, Schema.DIM_SOURCE,
      Schema.DIM_AUTHOR, Schema.DIM_STANCE, Schema.DIM_POSTED, Schema.DIM_ABUSE);

  private static List<FacetDimension> count(IndexSearcher searcher, Query query, long budget) throws IOException {
    FacetFields fields = FacetFields.of(searcher.getIndexReader(), Schema.facetsConfig(), budget);
    FacetsCollector hits = FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager()).facetsCollector();
    CommentArticleCounts counts = new CommentArticleCounts(fields, hits,
        new QueryBitSetProducer(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE))), DIMS,
        new TaskExecutor(Runnable::run));
    List<FacetDimension> out = new java.util.ArrayList<>();
    for (String dim : DIMS) {
      out.add(counts.top(dim, List.of(), 1_000, false, v -> v, ""));
    }
    return out;
  }

  @Test
  void decodedAndDocValuesCountsAgree() throws IOException {
    try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      assertTrue(reader.leaves().size() > 1, "several segments");
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Query query : List.<Query>of(new MatchAllDocsQuery(), new TermQuery(new Term(Schema.TEXT, "obama")))) {
        List<FacetDimension> fromDocValues = count(searcher, query, 0);
        List<FacetDimension> decoded = count(searcher, query, Long.MAX_VALUE);
        assertEquals(fromDocValues, decoded, query.toString());
        assertFalse(decoded.get(0).values().isEmpty(), "entities counted");
      }
    }
  }

  @Test
  void ordinalsAreDecodedOncePerSegmentWithinTheBudget() throws IOException {
    try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      FacetFields fields = FacetFields.of(reader, Schema.facetsConfig(), Long.MAX_VALUE);
      FacetFields.Dim entity = fields.get(Schema.DIM_ENTITY).orElseThrow();
      SegmentOrdinals first = fields.ordinals(entity, reader.leaves().get(0)).orElseThrow();
      assertTrue(first == fields.ordinals(entity, reader.leaves().get(0)).orElseThrow(), "kept, not read again");
      FacetFields none = FacetFields.of(reader, Schema.facetsConfig(), 0);
      assertTrue(none.ordinals(none.get(Schema.DIM_ENTITY).orElseThrow(), reader.leaves().get(0)).isEmpty());
    }
  }
}
