package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.index.Schema;

/** Golden hits for queries over {@code index-fixtures/}. */
class GoldenSearchTest {
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  @Test
  void raqqaFindsTheSeedArticleFirstAndTheCommentThatNamesIt() throws IOException {
    SearchResult result = searcher.search(SearchRequest.builder("Raqqa").scope(Scope.BOTH).build());
    assertEquals(2, result.totalHits());
    assertEquals(1, result.distinctArticles());
    Hit top = result.hits().get(0);
    assertEquals("article", top.type());
    assertEquals("bbc-raqqa-deal", top.articleId());
    assertTrue(top.snippet().contains("[[Raqqa]]"), top.snippet());
    assertEquals("7", result.hits().get(1).commentId().orElseThrow());
    assertEquals("Raqqa's dirty secret", result.hits().get(1).title().orElseThrow());
  }

  @Test
  void merkelIsDiscussedUnderTheGermanArticle() throws IOException {
    SearchResult result = searcher.search(SearchRequest.builder("merkel").pageSize(50).build());
    assertTrue(result.totalHits() >= 10, "comments naming Merkel: " + result.totalHits());
    assertEquals("fox-30", result.hits().get(0).articleId());
    assertTrue(result.hits().stream().allMatch(h -> h.type().equals("comment")));
  }

  @Test
  void phraseSearchOverArticlesFindsTheHeadline() throws IOException {
    SearchResult result =
        searcher.search(SearchRequest.builder("\"no means no\"").scope(Scope.ARTICLES).build());
    assertEquals(1, result.totalHits());
    assertEquals("fox-30", result.hits().get(0).articleId());
  }

  @Test
  void stemmedFieldFindsOtherFormsOfAWord() throws IOException {
    long blaming =
        searcher.search(SearchRequest.builder("blaming").pageSize(0).build()).totalHits();
    long blame = searcher.search(SearchRequest.builder("blame").pageSize(0).build()).totalHits();
    assertEquals(blame, blaming, "blame and blaming stem alike");
    assertTrue(blame >= 3);
  }

  @Test
  void facetCountsCommentsAndDistinctArticles() throws IOException {
    SearchResult result =
        searcher.search(SearchRequest.builder("").pageSize(0).facets(Schema.DIM_SOURCE).build());
    assertEquals(1538, result.totalHits());
    assertEquals(13, result.distinctArticles());
    FacetDimension source = result.facet(Schema.DIM_SOURCE).orElseThrow();
    assertEquals(new FacetValue("Fox News", "Fox News", 1528, 10), source.values().get(0));
    assertEquals(new FacetValue("BBC", "BBC", 8, 1), source.values().get(1));
  }

  @Test
  void badQueriesSayWhatIsWrong() {
    QuerySyntaxException unknown =
        assertThrows(
            QuerySyntaxException.class,
            () -> searcher.search(SearchRequest.builder("colour:red").build()));
    assertTrue(unknown.getMessage().contains("unknown field 'colour'"), unknown.getMessage());
    QuerySyntaxException broken =
        assertThrows(
            QuerySyntaxException.class,
            () -> searcher.search(SearchRequest.builder("(Raqqa AND").build()));
    assertTrue(broken.getMessage().startsWith("query syntax error"), broken.getMessage());
    QuerySyntaxException date =
        assertThrows(
            QuerySyntaxException.class,
            () -> searcher.search(SearchRequest.builder("published:[last TO now]").build()));
    assertTrue(date.getMessage().contains("dates such as"), date.getMessage());
    // asked again: still refused (translations that fail are not remembered)
    assertThrows(
        QuerySyntaxException.class,
        () -> searcher.search(SearchRequest.builder("(Raqqa AND").build()));
  }

  @Test
  void aRepeatedQueryGivesTheSameAnswer() throws IOException {
    QueryTranslator translator =
        new QueryTranslator(org.voxpop.enrich.entity.Gazetteer.defaultGazetteer());
    org.apache.lucene.search.Query first = translator.translate("entity:America AND blaming");
    assertTrue(
        first == translator.translate("entity:America AND blaming"),
        "translated once, then remembered");
    assertEquals(
        first,
        new QueryTranslator(org.voxpop.enrich.entity.Gazetteer.defaultGazetteer())
            .translate("entity:America AND blaming"));
    SearchResult once =
        searcher.search(SearchRequest.builder("merkel OR obama").facets(Schema.DIM_ENTITY).build());
    SearchResult twice =
        searcher.search(SearchRequest.builder("merkel OR obama").facets(Schema.DIM_ENTITY).build());
    assertEquals(once.totalHits(), twice.totalHits());
    assertEquals(once.facets(), twice.facets());
  }

  @Test
  void dateRangesTakePartialDates() throws IOException {
    long nov2017 =
        searcher
            .search(SearchRequest.builder("published:[2017-11 TO 2017-11]").pageSize(0).build())
            .totalHits();
    assertEquals(
        9, nov2017, "the seed's 8 comments and the one surviving comment of bad-ok-1 (2017-11-02)");
    long y2016 =
        searcher.search(SearchRequest.builder("published:2016").pageSize(0).build()).totalHits();
    assertEquals(
        1371, y2016, "all Fox comments but the 157 under the 2015 Confederate flag article");
  }
}
