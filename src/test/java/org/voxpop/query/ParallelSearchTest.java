package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
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
 * A searcher with several search threads gives exactly the answers of a single-threaded one on an
 * index of many segments (comment and article counts summed across segments, drill-sideways,
 * joins), and {@code --merge} leaves at most the requested number of segments.
 */
class ParallelSearchTest {
  @TempDir static Path tmp;
  static Path manySegments;

  @BeforeAll
  static void index() throws IOException {
    manySegments = tmp.resolve("many");
    FixtureIndex.indexInSegments(manySegments, 2); // six segments
  }

  static int segments(Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.leaves().size();
    }
  }

  @Test
  void parallelAndSerialSearchesAgree() throws IOException {
    assertTrue(
        segments(manySegments) >= 3, "the test needs several segments: " + segments(manySegments));
    List<SearchRequest> requests =
        List.of(
            SearchRequest.builder("")
                .facets(
                    Schema.DIM_ENTITY, Schema.DIM_SENTIMENT, Schema.DIM_SOURCE, Schema.DIM_AUTHOR)
                .facetTopN(50)
                .build(),
            SearchRequest.builder("obama OR muslims")
                .facets(Schema.DIM_ENTITY, Schema.DIM_ABUSE)
                .facetTopN(50)
                .build(),
            SearchRequest.builder("")
                .drillDown(Schema.DIM_SENTIMENT, "negative")
                .facets(Schema.DIM_SENTIMENT, Schema.DIM_ENTITY)
                .facetTopN(50)
                .build(),
            SearchRequest.builder("women")
                .scope(Scope.ARTICLES_BY_COMMENTS)
                .facets(Schema.DIM_SOURCE)
                .build(),
            SearchRequest.builder("")
                .scope(Scope.BOTH)
                .sort(SortOrder.NEWEST)
                .pageSize(20)
                .build());
    try (VoxpopSearcher serial =
            VoxpopSearcher.open(
                manySegments, Gazetteer.defaultGazetteer(), QueryLimits.defaults(), 1);
        VoxpopSearcher parallel =
            VoxpopSearcher.open(
                manySegments, Gazetteer.defaultGazetteer(), QueryLimits.defaults(), 4)) {
      for (SearchRequest request : requests) {
        SearchResult one = serial.search(request);
        SearchResult four = parallel.search(request);
        assertEquals(one.totalHits(), four.totalHits(), request.query());
        assertEquals(one.distinctArticles(), four.distinctArticles(), request.query());
        assertEquals(one.facets(), four.facets(), request.query());
        assertEquals(ids(one), ids(four), request.query());
      }
      assertEquals(
          1_528 + 8, parallel.search(SearchRequest.builder("").pageSize(0).build()).totalHits());
    }
  }

  /**
   * Segments cut into parts for the search threads (here parts of about 130 documents, as a large
   * archive is cut into parts of tens of thousands) give exactly the answers of one thread reading
   * whole segments: matches, relevance order and scores, joins both ways, drill-sideways, facet
   * counts of comments and distinct articles, analytics.
   */
  @Test
  void searchesInPartsOfSegmentsAgreeWithWholeSegments() throws IOException {
    List<SearchRequest> requests =
        List.of(
            SearchRequest.builder("")
                .facets(Schema.DIM_ENTITY, Schema.DIM_SENTIMENT, Schema.DIM_SOURCE)
                .facetTopN(50)
                .build(),
            SearchRequest.builder("obama OR muslims")
                .facets(Schema.DIM_ENTITY, Schema.DIM_ABUSE)
                .facetTopN(50)
                .pageSize(25)
                .build(),
            SearchRequest.builder("obama")
                .scope(Scope.BOTH)
                .drillDown(Schema.DIM_SENTIMENT, "negative")
                .pageSize(25)
                .build(),
            SearchRequest.builder("police").scope(Scope.ARTICLES).pageSize(5).build(),
            SearchRequest.builder("women")
                .drillDown(Schema.DIM_SENTIMENT, "negative")
                .facets(Schema.DIM_SENTIMENT, Schema.DIM_ENTITY)
                .facetTopN(50)
                .build(),
            SearchRequest.builder("women")
                .scope(Scope.ARTICLES_BY_COMMENTS)
                .facets(Schema.DIM_SOURCE)
                .pageSize(20)
                .build(),
            SearchRequest.builder("police")
                .scope(Scope.COMMENTS_BY_ARTICLE)
                .facets(Schema.DIM_ENTITY)
                .pageSize(30)
                .build(),
            SearchRequest.builder("")
                .scope(Scope.BOTH)
                .sort(SortOrder.NEWEST)
                .pageSize(20)
                .build());
    try (VoxpopSearcher whole =
            VoxpopSearcher.open(
                manySegments, Gazetteer.defaultGazetteer(), QueryLimits.defaults(), 1);
        VoxpopSearcher parts =
            VoxpopSearcher.open(
                manySegments, Gazetteer.defaultGazetteer(), QueryLimits.defaults(), 12, 37)) {
      for (SearchRequest request : requests) {
        SearchResult one = whole.search(request);
        SearchResult cut = parts.search(request);
        String what = request.query() + " in " + request.scope();
        assertTrue(one.totalHits() > 0, what);
        assertEquals(one.totalHits(), cut.totalHits(), what);
        assertEquals(one.distinctArticles(), cut.distinctArticles(), what);
        assertEquals(one.facets(), cut.facets(), what);
        assertEquals(scored(one), scored(cut), what);
      }
      SearchRequest obama = SearchRequest.builder("obama").build();
      assertEquals(whole.cooccurrence(obama, 10, 10), parts.cooccurrence(obama, 10, 10));
      assertEquals(
          whole.timeline(obama, Interval.MONTH, java.util.Optional.empty()),
          parts.timeline(obama, Interval.MONTH, java.util.Optional.empty()));
    }
  }

  /**
   * Every document falls in exactly one part, and a part of a segment ends just after an article.
   */
  @Test
  void partsCoverEveryDocumentOnceAndNeverSplitAnArticle() throws IOException {
    try (FSDirectory directory = FSDirectory.open(manySegments);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      org.apache.lucene.search.join.BitSetProducer articles =
          new org.apache.lucene.search.join.QueryBitSetProducer(
              new org.apache.lucene.search.TermQuery(
                  new org.apache.lucene.index.Term(Schema.TYPE, Schema.TYPE_ARTICLE)));
      org.apache.lucene.search.IndexSearcher.LeafSlice[] slices =
          ArticleAlignedSlices.of(reader.leaves(), articles, 12, 37);
      assertTrue(slices.length >= 4, "parts: " + slices.length);
      assertTrue(
          java.util.Arrays.stream(slices)
              .flatMap(slice -> java.util.Arrays.stream(slice.partitions))
              .anyMatch(part -> part.minDocId > 0),
          "some segment is cut");
      java.util.Map<Integer, org.apache.lucene.util.FixedBitSet> covered =
          new java.util.HashMap<>();
      for (org.apache.lucene.search.IndexSearcher.LeafSlice slice : slices) {
        for (org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition part :
            slice.partitions) {
          int maxDoc = part.ctx.reader().maxDoc();
          org.apache.lucene.util.FixedBitSet docs =
              covered.computeIfAbsent(
                  part.ctx.ord, k -> new org.apache.lucene.util.FixedBitSet(maxDoc));
          int to = Math.min(part.maxDocId, maxDoc);
          for (int doc = part.minDocId; doc < to; doc++) {
            assertTrue(
                !docs.getAndSet(doc),
                "document " + doc + " of segment " + part.ctx.ord + " in two parts");
          }
          if (to < maxDoc) {
            assertTrue(articles.getBitSet(part.ctx).get(to - 1), "a part ends with an article");
          }
        }
      }
      for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
        assertEquals(
            leaf.reader().maxDoc(),
            covered.get(leaf.ord).cardinality(),
            "segment " + leaf.ord + " covered");
      }
    }
  }

  private static List<String> scored(SearchResult result) {
    return result.hits().stream()
        .map(
            h ->
                h.articleId()
                    + "/"
                    + h.commentId().orElse("")
                    + " "
                    + h.score()
                    + " "
                    + h.matchedComments()
                    + " "
                    + h.snippet())
        .toList();
  }

  /**
   * Everything by relevance takes its page in index order from the facet collection; a query that
   * matches the same documents with equal scores goes the usual way. Both page alike, through every
   * page, neither skipping nor repeating.
   */
  @Test
  void matchAllPagesInIndexOrderLikeTheUsualPath() throws IOException {
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(manySegments, Gazetteer.defaultGazetteer())) {
      // BOTH pages through everything too (allPages checks every hit once); its usual-path twin
      // would need one query with equal scores over comments and articles, which has none.
      allPages(searcher, "", Scope.BOTH);
      for (Scope scope : List.of(Scope.COMMENTS, Scope.ARTICLES)) {
        String sameMatches = scope == Scope.COMMENTS ? "type:comment" : "type:article";
        List<String> fast = allPages(searcher, "", scope);
        List<String> usual = allPages(searcher, sameMatches, scope);
        assertEquals(usual, fast, scope.toString());
        assertEquals(fast.size(), new java.util.HashSet<>(fast).size(), "no repeats");
        SearchRequest facets =
            SearchRequest.builder("")
                .scope(scope)
                .drillDown(Schema.DIM_SENTIMENT, "negative")
                .facets(Schema.DIM_ENTITY, Schema.DIM_SOURCE)
                .facetTopN(30)
                .build();
        SearchRequest facetsUsual =
            SearchRequest.builder(sameMatches)
                .scope(scope)
                .drillDown(Schema.DIM_SENTIMENT, "negative")
                .facets(Schema.DIM_ENTITY, Schema.DIM_SOURCE)
                .facetTopN(30)
                .build();
        assertEquals(searcher.search(facetsUsual).facets(), searcher.search(facets).facets());
        assertEquals(ids(searcher.search(facetsUsual)), ids(searcher.search(facets)));
      }
    }
  }

  private static List<String> allPages(VoxpopSearcher searcher, String query, Scope scope)
      throws IOException {
    List<String> ids = new java.util.ArrayList<>();
    SearchResult page =
        searcher.search(SearchRequest.builder(query).scope(scope).pageSize(97).build());
    long total = page.totalHits();
    ids.addAll(ids(page));
    while (page.nextCursor().isPresent()) {
      page =
          searcher.search(
              SearchRequest.builder(query)
                  .scope(scope)
                  .pageSize(97)
                  .after(page.nextCursor().get())
                  .build());
      ids.addAll(ids(page));
    }
    assertEquals(total, ids.size(), query + " in " + scope + ": every hit once");
    return ids;
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.articleId() + "/" + h.commentId().orElse("")).toList();
  }

  @Test
  void mergeLeavesAtMostTheRequestedSegments() throws IOException {
    Path merged = tmp.resolve("merged");
    try (Indexer indexer =
        Indexer.open(
            merged,
            EnrichmentPipeline.create(),
            IndexerSettings.defaults().withCommitEveryArticles(1).withMergeToSegments(2),
            "test")) {
      indexer.index(List.of(Path.of("index-fixtures/fox-news.jsonl")), IndexListener.silent());
    }
    assertTrue(segments(merged) <= 2, "segments after --merge: " + segments(merged));
    try (VoxpopSearcher searcher = VoxpopSearcher.open(merged, Gazetteer.defaultGazetteer())) {
      assertEquals(
          1_528, searcher.search(SearchRequest.builder("").pageSize(0).build()).totalHits());
    }
  }
}
