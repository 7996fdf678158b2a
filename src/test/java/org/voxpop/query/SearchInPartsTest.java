package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.FixtureIndex;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.Schema;

/**
 * Searches over segments cut into parts, and over segments with deleted documents, answer as a
 * single thread over whole segments does: every sort and scope pages through every hit once,
 * deleted documents are neither matched nor counted, time limits hold on every path, odd segments
 * are cut into parts that cover each document once.
 */
class SearchInPartsTest {
  @TempDir static Path tmp;
  static Path many;

  @BeforeAll
  static void index() throws IOException {
    many = tmp.resolve("many");
    FixtureIndex.indexInSegments(many, 2);
  }

  private static List<String> allPages(VoxpopSearcher searcher, SearchRequest first, int pageSize)
      throws IOException {
    List<String> out = new ArrayList<>();
    SearchResult page = searcher.search(first);
    long total = page.totalHits();
    page.hits()
        .forEach(h -> out.add(h.articleId() + "/" + h.commentId().orElse("") + " " + h.score()));
    int guard = 0;
    while (page.nextCursor().isPresent() && guard++ < 10_000) {
      SearchRequest next =
          new SearchRequest(
              first.query(),
              first.scope(),
              first.facetDims(),
              first.facetTopN(),
              first.drillDowns(),
              pageSize,
              first.sort(),
              page.nextCursor(),
              first.facetPrefixes(),
              first.facetPaths(),
              first.rangeFacets());
      page = searcher.search(next);
      page.hits()
          .forEach(h -> out.add(h.articleId() + "/" + h.commentId().orElse("") + " " + h.score()));
    }
    assertEquals(total, out.size(), "pages hold every hit once: " + first);
    return out;
  }

  /**
   * The page is ranked among the known matches, which are offered to the scorers as their
   * competitive iterator through the deadline's wrapper too: else the pass scores every document of
   * the query text, those the filters dropped included.
   */
  @Test
  void competitiveIteratorSurvivesTheDeadlineGuard() throws IOException {
    try (FSDirectory dir = FSDirectory.open(many);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TimeoutCollectorManager deadline =
          new TimeoutCollectorManager(java.time.Duration.ofSeconds(30));
      List<org.apache.lucene.facet.FacetsCollector.MatchingDocs> matches =
          searcher.search(
              new org.apache.lucene.search.MatchAllDocsQuery(),
              new MatchCollectorManager(deadline));
      LeafReaderContext leaf = reader.leaves().get(0);
      var alone =
          MatchCollectorManager.among(matches, new TopScoreDocCollectorManager(10, null, 10));
      assertNotNull(
          alone.newCollector().getLeafCollector(leaf).competitiveIterator(),
          "among alone offers it");
      var guarded =
          deadline.guarding(
              MatchCollectorManager.among(matches, new TopScoreDocCollectorManager(10, null, 10)));
      assertNotNull(
          guarded.newCollector().getLeafCollector(leaf).competitiveIterator(),
          "as VoxpopSearcher uses it: deadline.guarding(among(...))");
    }
  }

  /**
   * Deleted documents are neither collected nor counted: an index from which articles were deleted
   * answers exactly as one into which they were never indexed (totals, distinct articles, facet
   * counts, hit ids), with whole segments and with tiny parts, on every path.
   */
  @Test
  void deletedArticlesAreNotCountedOrCollected() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("index-fixtures/fox-news.jsonl"));
    // the article ids of lines 1, 4, 7
    List<String> deletedIds = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String id =
          com.fasterxml.jackson.databind.json.JsonMapper.builder()
              .build()
              .readTree(lines.get(i))
              .path("id")
              .asText(null);
      if (i % 3 == 1 && id != null) {
        deletedIds.add(id);
      } else {
        kept.add(lines.get(i));
      }
    }
    assertTrue(!deletedIds.isEmpty(), "fixture lines have ids");
    Path deleted = tmp.resolve("deleted");
    FixtureIndex.indexInSegments(deleted, 2);
    try (FSDirectory d = FSDirectory.open(deleted)) {
      Map<String, String> meta = DirectoryReader.listCommits(d).getLast().getUserData();
      org.apache.lucene.index.IndexWriterConfig config =
          new org.apache.lucene.index.IndexWriterConfig(Schema.analyzer())
              .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND)
              .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
      try (org.apache.lucene.index.IndexWriter writer =
          new org.apache.lucene.index.IndexWriter(d, config)) {
        for (String id : deletedIds) {
          writer.deleteDocuments(new org.apache.lucene.index.Term(Schema.ARTICLE_ID, id));
        }
        writer.setLiveCommitData(meta.entrySet());
        writer.commit();
      }
    }
    try (FSDirectory d = FSDirectory.open(deleted);
        DirectoryReader r = DirectoryReader.open(d)) {
      assertTrue(
          r.leaves().stream().anyMatch(l -> l.reader().hasDeletions()),
          "some segment keeps deleted docs");
    }
    Path never = tmp.resolve("never");
    Path input = tmp.resolve("kept.jsonl");
    Files.write(input, kept);
    try (Indexer indexer =
        Indexer.open(
            never,
            EnrichmentPipeline.create(),
            IndexerSettings.defaults().withThreads(1),
            "test")) {
      indexer.index(List.of(input), IndexListener.silent());
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent());
    }
    List<SearchRequest> requests =
        List.of(
            SearchRequest.builder("")
                .scope(Scope.BOTH)
                .facets(Schema.DIM_ENTITY, Schema.DIM_SENTIMENT, Schema.DIM_AUTHOR)
                .facetTopN(1000)
                .pageSize(0)
                .build(),
            SearchRequest.builder("")
                .facets(Schema.DIM_ENTITY, Schema.DIM_SENTIMENT)
                .facetTopN(1000)
                .pageSize(0)
                .build(),
            SearchRequest.builder("")
                .scope(Scope.ARTICLES)
                .facets(Schema.DIM_SOURCE)
                .pageSize(50)
                .build(),
            SearchRequest.builder("obama OR police")
                .facets(Schema.DIM_ENTITY, Schema.DIM_SENTIMENT)
                .facetTopN(1000)
                .build(),
            SearchRequest.builder("NOT obama")
                .scope(Scope.BOTH)
                .facets(Schema.DIM_SENTIMENT)
                .build(),
            SearchRequest.builder("women")
                .scope(Scope.ARTICLES_BY_COMMENTS)
                .facets(Schema.DIM_SOURCE)
                .build(),
            SearchRequest.builder("police")
                .scope(Scope.COMMENTS_BY_ARTICLE)
                .facets(Schema.DIM_ENTITY)
                .facetTopN(1000)
                .build(),
            SearchRequest.builder("")
                .drillDown(Schema.DIM_SENTIMENT, "negative")
                .facets(Schema.DIM_SENTIMENT, Schema.DIM_ENTITY)
                .facetTopN(1000)
                .build(),
            SearchRequest.builder("")
                .scope(Scope.BOTH)
                .sort(SortOrder.NEWEST)
                .rangeFacets(RangeFacets.BY_NAME.keySet().toArray(String[]::new))
                .pageSize(1000)
                .build());
    try (VoxpopSearcher a1 =
            VoxpopSearcher.open(deleted, Gazetteer.defaultGazetteer(), QueryLimits.defaults(), 1);
        VoxpopSearcher a12 =
            VoxpopSearcher.open(
                deleted, Gazetteer.defaultGazetteer(), QueryLimits.defaults(), 12, 37);
        VoxpopSearcher b =
            VoxpopSearcher.open(never, Gazetteer.defaultGazetteer(), QueryLimits.defaults(), 1)) {
      for (SearchRequest request : requests) {
        // every hit on one page: relevance order differs (deleted docs still count in BM25
        // statistics)
        request =
            new SearchRequest(
                request.query(),
                request.scope(),
                request.facetDims(),
                request.facetTopN(),
                request.drillDowns(),
                request.pageSize() == 0 ? 0 : 1000,
                request.sort(),
                request.after(),
                request.facetPrefixes(),
                request.facetPaths(),
                request.rangeFacets());
        SearchResult want = b.search(request);
        for (VoxpopSearcher a : List.of(a1, a12)) {
          SearchResult got = a.search(request);
          String what = request.query() + " in " + request.scope();
          assertEquals(want.totalHits(), got.totalHits(), what);
          assertEquals(want.distinctArticles(), got.distinctArticles(), what);
          assertEquals(want.facets(), got.facets(), what);
          assertEquals(
              ids(want).stream().sorted().toList(), ids(got).stream().sorted().toList(), what);
        }
      }
    }
  }

  /** Every sort and scope pages alike on one thread and in tiny parts, each hit once. */
  @Test
  void everySortAndScopePagesAlikeInParts() throws IOException {
    try (VoxpopSearcher one =
            VoxpopSearcher.open(many, Gazetteer.defaultGazetteer(), QueryLimits.defaults(), 1);
        VoxpopSearcher parts =
            VoxpopSearcher.open(
                many, Gazetteer.defaultGazetteer(), QueryLimits.defaults(), 12, 37)) {
      for (String q : List.of("", "obama OR police", "NOT obama", "zzznothing", "isis")) {
        for (Scope scope : Scope.values()) {
          for (SortOrder sort : SortOrder.values()) {
            // short pages for the queries with few hits, else a long walk through every hit
            int[] pageSizes =
                q.isEmpty() || q.startsWith("NOT")
                    ? new int[] {97}
                    : q.contains(" OR ") ? new int[] {13} : new int[] {1, 13};
            for (int pageSize : pageSizes) {
              SearchRequest request =
                  SearchRequest.builder(q)
                      .scope(scope)
                      .sort(sort)
                      .pageSize(pageSize)
                      .facets(Schema.DIM_SENTIMENT)
                      .build();
              String what = "'" + q + "' " + scope + " " + sort + " " + pageSize;
              List<String> a = allPages(one, request, pageSize);
              List<String> b = allPages(parts, request, pageSize);
              assertEquals(a, b, what);
              assertEquals(a.size(), new java.util.HashSet<>(a).size(), "no repeats: " + what);
              SearchResult none =
                  parts.search(
                      SearchRequest.builder(q)
                          .scope(scope)
                          .sort(sort)
                          .pageSize(0)
                          .facets(Schema.DIM_SENTIMENT)
                          .build());
              assertEquals(a.size(), none.totalHits(), what);
              assertEquals(0, none.hits().size(), what);
              assertTrue(none.nextCursor().isEmpty(), what);
            }
          }
        }
      }
    }
  }

  /**
   * A timeout is honoured on every path (rankedByScore, join, sideways, index order), with no hang.
   */
  @Test
  void timeoutsAreHonouredOnEveryPath() throws IOException {
    QueryLimits instant = QueryLimits.defaults().withTimeout(java.time.Duration.ofNanos(1));
    try (VoxpopSearcher parts =
            VoxpopSearcher.open(many, Gazetteer.defaultGazetteer(), instant, 4, 37);
        VoxpopSearcher one = VoxpopSearcher.open(many, Gazetteer.defaultGazetteer(), instant, 1)) {
      for (VoxpopSearcher s : List.of(parts, one)) {
        for (SearchRequest request :
            List.of(
                SearchRequest.builder("obama OR police OR the").facets(Schema.DIM_ENTITY).build(),
                SearchRequest.builder("").facets(Schema.DIM_ENTITY).build(),
                SearchRequest.builder("the").scope(Scope.ARTICLES_BY_COMMENTS).build(),
                SearchRequest.builder("the")
                    .drillDown(Schema.DIM_SENTIMENT, "negative")
                    .facets(Schema.DIM_SENTIMENT)
                    .build(),
                SearchRequest.builder("the").sort(SortOrder.NEWEST).build())) {
          org.junit.jupiter.api.Assertions.assertThrows(
              QueryTimeoutException.class,
              () -> s.search(request),
              request.query() + " " + request.scope());
        }
      }
    }
  }

  /**
   * Lucene's block joins are exact over parts of segments, even parts that split an article from
   * its comments (as {@link ArticleAlignedSlices} says): over Lucene's own partitions of 50
   * documents they give the scores of one thread over whole segments.
   */
  @Test
  void joinsAreExactOverUnalignedPartitions() throws IOException {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try (FSDirectory dir = FSDirectory.open(many);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher whole = new IndexSearcher(reader);
      IndexSearcher cut =
          new IndexSearcher(reader, pool) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
              return IndexSearcher.slices(leaves, 50, 1, true);
            }
          };
      assertTrue(
          cut.getSlices().length > reader.leaves().size(), "partitions: " + cut.getSlices().length);
      org.apache.lucene.search.join.BitSetProducer articles =
          new org.apache.lucene.search.join.QueryBitSetProducer(
              new org.apache.lucene.search.TermQuery(
                  new org.apache.lucene.index.Term(Schema.TYPE, Schema.TYPE_ARTICLE)));
      Query comments =
          new org.apache.lucene.search.BooleanQuery.Builder()
              .add(
                  new org.apache.lucene.search.TermQuery(
                      new org.apache.lucene.index.Term(Schema.TEXT, "the")),
                  org.apache.lucene.search.BooleanClause.Occur.MUST)
              .add(
                  new org.apache.lucene.search.TermQuery(
                      new org.apache.lucene.index.Term(Schema.TYPE, Schema.TYPE_COMMENT)),
                  org.apache.lucene.search.BooleanClause.Occur.FILTER)
              .build();
      Query articleQuery =
          new org.apache.lucene.search.TermQuery(
              new org.apache.lucene.index.Term(Schema.TYPE, Schema.TYPE_ARTICLE));
      for (Query q :
          List.<Query>of(
              new org.apache.lucene.search.join.ToParentBlockJoinQuery(
                  new org.apache.lucene.search.ConstantScoreQuery(comments),
                  articles,
                  org.apache.lucene.search.join.ScoreMode.Total),
              new org.apache.lucene.search.join.ToChildBlockJoinQuery(articleQuery, articles))) {
        TopDocs a = whole.search(q, new TopScoreDocCollectorManager(5000, null, Integer.MAX_VALUE));
        TopDocs b = cut.search(q, new TopScoreDocCollectorManager(5000, null, Integer.MAX_VALUE));
        assertTrue(a.scoreDocs.length > 0);
        assertEquals(a.totalHits.value(), b.totalHits.value(), q.toString());
        for (int i = 0; i < a.scoreDocs.length; i++) {
          assertEquals(a.scoreDocs[i].doc, b.scoreDocs[i].doc, q + " #" + i);
          assertEquals(a.scoreDocs[i].score, b.scoreDocs[i].score, q + " #" + i);
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Slices of segments without any article, with comments after the last article, of one document:
   * every document in exactly one part, accepted by IndexSearcher.
   */
  @Test
  void slicesOfOddSegments() throws IOException {
    try (org.apache.lucene.store.Directory dir =
        new org.apache.lucene.store.ByteBuffersDirectory()) {
      try (org.apache.lucene.index.IndexWriter w =
          new org.apache.lucene.index.IndexWriter(
              dir,
              new org.apache.lucene.index.IndexWriterConfig()
                  .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
        int[][] layouts = {
          {0, 0, 0, 0, 0, 0, 0}, {0, 0, 1, 0, 0}, {1}, {0}, {0, 1, 0, 1, 0, 0, 0, 0, 1, 0}
        };
        for (int[] layout : layouts) {
          for (int isArticle : layout) {
            org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
            d.add(
                new org.apache.lucene.document.StringField(
                    Schema.TYPE,
                    isArticle == 1 ? Schema.TYPE_ARTICLE : Schema.TYPE_COMMENT,
                    org.apache.lucene.document.Field.Store.NO));
            w.addDocument(d);
          }
          w.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        org.apache.lucene.search.join.BitSetProducer articles =
            new org.apache.lucene.search.join.QueryBitSetProducer(
                new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(Schema.TYPE, Schema.TYPE_ARTICLE)));
        for (int threads : new int[] {1, 2, 3, 7, 100}) {
          for (int min : new int[] {1, 2, 3, 1000}) {
            IndexSearcher.LeafSlice[] slices =
                ArticleAlignedSlices.of(reader.leaves(), articles, threads, min);
            Map<Integer, Integer> covered = new HashMap<>();
            for (IndexSearcher.LeafSlice slice : slices) {
              java.util.Set<Integer> leavesInSlice = new java.util.HashSet<>();
              for (IndexSearcher.LeafReaderContextPartition p : slice.partitions) {
                assertTrue(leavesInSlice.add(p.ctx.ord), "two parts of one leaf in a slice");
                int to = Math.min(p.maxDocId, p.ctx.reader().maxDoc());
                assertTrue(p.minDocId < to, "empty part");
                covered.merge(p.ctx.ord, to - p.minDocId, Integer::sum);
              }
            }
            for (LeafReaderContext leaf : reader.leaves()) {
              assertEquals(
                  leaf.reader().maxDoc(), covered.getOrDefault(leaf.ord, 0), threads + "/" + min);
            }
          }
        }
      }
    }
  }

  /** Narrow ordinal arrays at their bounds: 127/128 single values, 65536/65537 multi values. */
  @Test
  void narrowOrdinalsAtTheirBounds() throws IOException {
    for (int[] shape : new int[][] {{127, 0}, {128, 0}, {65_536, 1}, {65_537, 1}}) {
      int values = shape[0];
      boolean multi = shape[1] == 1;
      try (org.apache.lucene.store.Directory dir =
          new org.apache.lucene.store.ByteBuffersDirectory()) {
        try (org.apache.lucene.index.IndexWriter w =
            new org.apache.lucene.index.IndexWriter(
                dir, new org.apache.lucene.index.IndexWriterConfig())) {
          for (int i = 0; i < values + 3; i++) {
            org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
            if (i % 7 != 3) { // some documents without a value
              String v = String.format(java.util.Locale.ROOT, "v%06d", i % values);
              org.apache.lucene.util.BytesRef b = new org.apache.lucene.util.BytesRef(v);
              if (multi) {
                d.add(new org.apache.lucene.document.SortedSetDocValuesField("f", b));
                d.add(
                    new org.apache.lucene.document.SortedSetDocValuesField(
                        "f",
                        new org.apache.lucene.util.BytesRef(
                            String.format(java.util.Locale.ROOT, "v%06d", (i * 31 + 5) % values))));
              } else {
                d.add(new org.apache.lucene.document.SortedDocValuesField("f", b));
              }
            }
            w.addDocument(d);
          }
          w.forceMerge(1);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          org.apache.lucene.index.LeafReader leaf = reader.leaves().get(0).reader();
          long bytes = SegmentOrdinals.bytesNeeded(leaf, "f").orElseThrow();
          SegmentOrdinals ords = SegmentOrdinals.read(leaf, "f", bytes);
          assertEquals(bytes, ords.bytes());
          org.apache.lucene.index.SortedSetDocValues dv =
              org.apache.lucene.index.DocValues.getSortedSet(leaf, "f");
          for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            List<Integer> want = new ArrayList<>();
            if (dv.advanceExact(doc)) {
              for (int i = 0; i < dv.docValueCount(); i++) {
                want.add((int) dv.nextOrd());
              }
            }
            List<Integer> got = new ArrayList<>();
            if (ords.singleValued()) {
              if (ords.ord(doc) >= 0) {
                got.add(ords.ord(doc));
              }
            } else {
              for (int i = ords.from(doc); i < ords.to(doc); i++) {
                got.add(ords.ordAt(i));
              }
            }
            assertEquals(want, got, values + " values, doc " + doc);
          }
        }
      }
    }
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.articleId() + "/" + h.commentId().orElse("")).toList();
  }
}
