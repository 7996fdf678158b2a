package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.voxpop.FixtureIndex;
import org.voxpop.index.Schema;

/**
 * Counting from decoded ordinals gives exactly the counts of counting from doc values, for single-
 * and multi-valued and hierarchical dimensions, and a spent heap budget falls back to doc values
 * instead of failing.
 */
class DecodedOrdinalsTest {
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void build() throws IOException {
    index = tmp.resolve("idx");
    FixtureIndex.indexInSegments(index, 3);
  }

  private static final List<String> DIMS =
      List.of(
          Schema.DIM_ENTITY,
          Schema.DIM_SENTIMENT,
          Schema.DIM_SOURCE,
          Schema.DIM_AUTHOR,
          Schema.DIM_STANCE,
          Schema.DIM_POSTED,
          Schema.DIM_ABUSE);

  private static List<FacetDimension> count(IndexSearcher searcher, Query query, long budget)
      throws IOException {
    return count(searcher, query, budget, 1, Integer.MAX_VALUE);
  }

  private static List<FacetDimension> count(
      IndexSearcher searcher, Query query, long budget, int parts, int minPart) throws IOException {
    FacetFields fields =
        FacetFields.of(searcher.getIndexReader(), Schema.facetsConfig(), new OrdinalCache(budget));
    FacetsCollector hits =
        FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager())
            .facetsCollector();
    CommentArticleCounts counts =
        new CommentArticleCounts(
            fields,
            hits.getMatchingDocs(),
            new QueryBitSetProducer(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE))),
            DIMS,
            new TaskExecutor(Runnable::run),
            parts,
            minPart);
    List<FacetDimension> out = new java.util.ArrayList<>();
    for (String dim : DIMS) {
      out.add(
          FacetLabeller.top(
              dim, List.of(), counts.children(dim, List.of()), 1_000, false, v -> v, ""));
    }
    return out;
  }

  /**
   * Large segments are counted in parts that end with an article; however many parts, the counts of
   * comments, of distinct articles and of missing values stay those of one pass.
   */
  @Test
  void countingInPartsGivesTheCountsOfOnePass() throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Query query :
          List.<Query>of(new MatchAllDocsQuery(), new TermQuery(new Term(Schema.TEXT, "obama")))) {
        List<FacetDimension> onePass = count(searcher, query, Long.MAX_VALUE, 1, Integer.MAX_VALUE);
        for (int parts : new int[] {2, 7, 500}) {
          assertEquals(
              onePass,
              count(searcher, query, Long.MAX_VALUE, parts, 1),
              parts + " parts, " + query);
          assertEquals(
              onePass,
              count(searcher, query, 0, parts, 1),
              parts + " parts from doc values, " + query);
        }
      }
    }
  }

  /**
   * The counts agree with the plainest possible count: every match's values read from doc values
   * one by one, its article found by scanning for the next article, sets of articles per value. Run
   * for dense matches (a bit set), sparse ones (a list of doc ids) and parts of every size, since
   * the counting gathers matches in batches and walks bit sets a word at a time.
   */
  @Test
  void countsAgreeWithANaiveCount() throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Query query :
          List.<Query>of(
              new MatchAllDocsQuery(),
              new TermQuery(new Term(Schema.TEXT, "obama")),
              new TermQuery(new Term(Schema.TEXT, "the")))) {
        FacetsCollector hits =
            FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager())
                .facetsCollector();
        java.util.Map<String, java.util.Map<String, int[]>> expected =
            naiveCounts(hits, List.of(Schema.DIM_ENTITY, Schema.DIM_SENTIMENT));
        for (int parts : new int[] {1, 3, 64}) {
          for (long budget : new long[] {0, Long.MAX_VALUE}) {
            List<FacetDimension> counted = count(searcher, query, budget, parts, 1);
            for (FacetDimension dim : counted) {
              if (!expected.containsKey(dim.dim())) {
                continue;
              }
              java.util.Map<String, int[]> want = expected.get(dim.dim());
              assertEquals(want.size(), dim.values().size(), dim.dim() + " values, " + query);
              for (FacetValue value : dim.values()) {
                int[] counts = want.get(value.value());
                String where =
                    dim.dim()
                        + "/"
                        + value.value()
                        + ", "
                        + query
                        + ", "
                        + parts
                        + " parts, budget "
                        + budget;
                assertEquals(counts[0], value.comments(), "comments of " + where);
                assertEquals(counts[1], value.articles(), "articles of " + where);
              }
            }
          }
        }
      }
    }
  }

  /** Per dimension, per value: comments and distinct articles among the hits, counted naively. */
  private static java.util.Map<String, java.util.Map<String, int[]>> naiveCounts(
      FacetsCollector hits, List<String> dims) throws IOException {
    java.util.Map<String, java.util.Map<String, java.util.Set<String>>> articles =
        new java.util.HashMap<>();
    java.util.Map<String, java.util.Map<String, int[]>> counts = new java.util.HashMap<>();
    for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
      org.apache.lucene.index.LeafReader leaf = matching.context().reader();
      org.apache.lucene.search.DocIdSetIterator it =
          matching.bits() == null ? null : matching.bits().iterator();
      if (it == null) {
        continue;
      }
      for (int doc = it.nextDoc();
          doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          doc = it.nextDoc()) {
        int article = doc;
        while (!isArticle(leaf, article)) {
          article++;
        }
        boolean comment = article != doc;
        for (String dim : dims) {
          org.apache.lucene.index.SortedSetDocValues values =
              org.apache.lucene.index.DocValues.getSortedSet(leaf, Schema.facetField(dim));
          if (!values.advanceExact(doc)) {
            continue;
          }
          for (int i = 0; i < values.docValueCount(); i++) {
            String[] path =
                org.apache.lucene.facet.FacetsConfig.stringToPath(
                    values.lookupOrd(values.nextOrd()).utf8ToString());
            if (path.length != 2) {
              continue; // a deeper level of a hierarchical dimension, not a top value
            }
            int[] c =
                counts
                    .computeIfAbsent(dim, k -> new java.util.HashMap<>())
                    .computeIfAbsent(path[1], k -> new int[2]);
            if (comment) {
              c[0]++;
            }
            if (articles
                .computeIfAbsent(dim, k -> new java.util.HashMap<>())
                .computeIfAbsent(path[1], k -> new java.util.HashSet<>())
                .add(matching.context().ord + ":" + article)) {
              c[1]++;
            }
          }
        }
      }
    }
    return counts;
  }

  private static boolean isArticle(org.apache.lucene.index.LeafReader leaf, int doc)
      throws IOException {
    org.apache.lucene.index.PostingsEnum postings =
        leaf.postings(new Term(Schema.TYPE, Schema.TYPE_ARTICLE));
    return postings != null && postings.advance(doc) == doc;
  }

  @Test
  void decodedAndDocValuesCountsAgree() throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertTrue(reader.leaves().size() > 1, "several segments");
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Query query :
          List.<Query>of(new MatchAllDocsQuery(), new TermQuery(new Term(Schema.TEXT, "obama")))) {
        List<FacetDimension> fromDocValues = count(searcher, query, 0);
        List<FacetDimension> decoded = count(searcher, query, Long.MAX_VALUE);
        assertEquals(fromDocValues, decoded, query.toString());
        assertFalse(decoded.get(0).values().isEmpty(), "entities counted");
      }
    }
  }

  @Test
  void ordinalsAreDecodedOncePerSegmentAndDroppedWithIt() throws IOException {
    OrdinalCache cache = new OrdinalCache(Long.MAX_VALUE);
    Path copy = tmp.resolve("copy");
    java.nio.file.Files.createDirectories(copy);
    try (FSDirectory source = FSDirectory.open(index)) {
      for (String file : source.listAll()) {
        if (!file.equals("write.lock")) {
          java.nio.file.Files.copy(index.resolve(file), copy.resolve(file));
        }
      }
    }
    try (FSDirectory directory = FSDirectory.open(copy);
        // no merges: the refresh below must keep the segments it found, for the test to look at
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
      DirectoryReader reader = DirectoryReader.open(writer);
      FacetFields fields = FacetFields.of(reader, Schema.facetsConfig(), cache);
      SegmentOrdinals first =
          fields
              .ordinals(fields.get(Schema.DIM_ENTITY).orElseThrow(), reader.leaves().get(0))
              .orElseThrow();
      assertTrue(cache.bytesUsed() > 0);
      // a refresh after a change keeps the unchanged segments, and their decoded arrays
      Document doc = new Document();
      doc.add(new StringField(Schema.TYPE, Schema.TYPE_ARTICLE, Field.Store.NO));
      writer.addDocument(doc);
      DirectoryReader refreshed = DirectoryReader.openIfChanged(reader, writer);
      FacetFields again = FacetFields.of(refreshed, Schema.facetsConfig(), cache);
      assertTrue(
          first
              == again
                  .ordinals(again.get(Schema.DIM_ENTITY).orElseThrow(), refreshed.leaves().get(0))
                  .orElseThrow(),
          "kept, not decoded again");
      reader.close();
      refreshed.close();
      writer.rollback();
      // every reader of the segments closed: their arrays are released
      assertEquals(0, cache.bytesUsed());
    }
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      FacetFields none = FacetFields.of(reader, Schema.facetsConfig(), new OrdinalCache(0));
      assertTrue(
          none.ordinals(none.get(Schema.DIM_ENTITY).orElseThrow(), reader.leaves().get(0))
              .isEmpty());
    }
  }

  @Test
  void theBudgetIsNeverExceededAndAbsentFieldsCostNothing() throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      org.apache.lucene.index.LeafReaderContext leaf = reader.leaves().get(0);
      String field = Schema.facetField(Schema.DIM_ENTITY);
      long needed = SegmentOrdinals.bytesNeeded(leaf.reader(), field).orElseThrow();
      OrdinalCache tooSmall = new OrdinalCache(needed - 1);
      assertTrue(tooSmall.get(leaf, field).isEmpty());
      assertEquals(0, tooSmall.bytesUsed());
      OrdinalCache exact = new OrdinalCache(needed);
      assertEquals(needed, exact.get(leaf, field).orElseThrow().bytes());
      assertEquals(needed, exact.bytesUsed());
      assertTrue(exact.get(leaf, "no-such-field").isEmpty());
      assertEquals(needed, exact.bytesUsed());
    }
  }
}
