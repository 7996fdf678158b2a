package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voxpop.FixtureIndex;
import org.voxpop.index.Schema;

/**
 * Paging, sorting, drill-sideways, joins, range and missing buckets over {@code index-fixtures/}.
 */
class QueryFeaturesTest {
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  @ParameterizedTest
  @EnumSource(SortOrder.class)
  void pagingWithCursorsNeitherSkipsNorRepeats(SortOrder order) throws IOException {
    Set<String> seen = new HashSet<>();
    Optional<String> cursor = Optional.empty();
    int pages = 0;
    do {
      SearchRequest.Builder builder = SearchRequest.builder("").pageSize(250).sort(order);
      cursor.ifPresent(builder::after);
      SearchResult page = searcher.search(builder.build());
      for (Hit hit : page.hits()) {
        assertTrue(
            seen.add(hit.articleId() + "/" + hit.commentId().orElseThrow()), "repeated " + hit);
      }
      cursor = page.nextCursor();
      pages++;
    } while (cursor.isPresent() && pages < 20);
    assertEquals(1538, seen.size());
    assertEquals(7, pages, "1,538 comments in pages of 250");
  }

  /**
   * Relevance pages come from a pruned pass apart from the counting one: paging a text query must
   * still see every match once, in falling score order, with the exact total on every page.
   */
  @ParameterizedTest
  @EnumSource(
      value = Scope.class,
      names = {"COMMENTS", "ARTICLES", "BOTH"})
  void relevancePagesOfATextQueryNeitherSkipNorRepeat(Scope scope) throws IOException {
    String query = "raqqa OR merkel OR refugees OR trump OR obama";
    long total = count(SearchRequest.builder(query).scope(scope));
    assertTrue(total > 3, "enough matches to page through: " + total);
    Set<String> seen = new HashSet<>();
    Optional<String> cursor = Optional.empty();
    double lastScore = Double.POSITIVE_INFINITY;
    do {
      SearchRequest.Builder builder = SearchRequest.builder(query).scope(scope).pageSize(3);
      cursor.ifPresent(builder::after);
      SearchResult page = searcher.search(builder.build());
      assertEquals(total, page.totalHits(), "the exact total on every page");
      for (Hit hit : page.hits()) {
        assertTrue(seen.add(hit.articleId() + "/" + hit.commentId().orElse("")), "repeated " + hit);
        assertTrue(hit.score() <= lastScore + 1e-6, "scores fall page after page");
        lastScore = hit.score();
      }
      cursor = page.nextCursor();
    } while (cursor.isPresent());
    assertEquals(total, seen.size());
  }

  @Test
  void sortsPutTheExtremesFirst() throws IOException {
    List<Hit> negative =
        searcher
            .search(SearchRequest.builder("").sort(SortOrder.MOST_NEGATIVE).pageSize(20).build())
            .hits();
    for (int i = 1; i < negative.size(); i++) {
      assertTrue(
          negative.get(i - 1).compound().orElseThrow() <= negative.get(i).compound().orElseThrow());
    }
    List<Hit> newest =
        searcher
            .search(
                SearchRequest.builder("")
                    .scope(Scope.ARTICLES)
                    .sort(SortOrder.NEWEST)
                    .pageSize(3)
                    .build())
            .hits();
    assertEquals(
        "bbc-raqqa-deal", newest.get(0).articleId(), "2017-11-13 is the newest article date");
  }

  @Test
  void drillSidewaysKeepsTheOtherValuesOfTheDrilledDimension() throws IOException {
    SearchResult all =
        searcher.search(SearchRequest.builder("").pageSize(0).facets(Schema.DIM_SOURCE).build());
    SearchResult drilled =
        searcher.search(
            SearchRequest.builder("")
                .pageSize(0)
                .drillDown(Schema.DIM_SOURCE, "BBC")
                .facets(Schema.DIM_SOURCE, Schema.DIM_TYPE)
                .build());
    assertEquals(8, drilled.totalHits(), "drill-down narrows the hits to the BBC's comments");
    assertEquals(
        all.facet(Schema.DIM_SOURCE),
        drilled.facet(Schema.DIM_SOURCE),
        "sideways counts ignore the dimension's own filter");
    assertEquals(8, drilled.facet(Schema.DIM_TYPE).orElseThrow().values().get(0).comments());
  }

  @Test
  void orWithinADimensionAndAcrossDimensions() throws IOException {
    long bbc = count(SearchRequest.builder("").drillDown(Schema.DIM_SOURCE, "BBC"));
    long fox = count(SearchRequest.builder("").drillDown(Schema.DIM_SOURCE, "Fox News"));
    long either =
        count(
            SearchRequest.builder("")
                .drillDown(Schema.DIM_SOURCE, "BBC")
                .drillDown(Schema.DIM_SOURCE, "Fox News"));
    assertEquals(bbc + fox, either);
    long foxOpinion =
        count(
            SearchRequest.builder("")
                .drillDown(Schema.DIM_SOURCE, "Fox News")
                .drillDown(Schema.DIM_SECTION, "opinion"));
    assertEquals(157 + 114 + 65, foxOpinion, "the three opinion articles' comments");
  }

  @Test
  void articlesByCommentsCountsTheMatchingCommentsOfEachArticle() throws IOException {
    long merkelComments = count(SearchRequest.builder("merkel"));
    SearchResult articles =
        searcher.search(SearchRequest.builder("merkel").scope(Scope.ARTICLES_BY_COMMENTS).build());
    assertEquals("fox-30", articles.hits().get(0).articleId());
    assertEquals("article", articles.hits().get(0).type());
    int total = articles.hits().stream().mapToInt(Hit::matchedComments).sum();
    assertEquals(merkelComments, total, "every matching comment is counted under its article");
  }

  @Test
  void commentsByArticleReturnsTheWholeThreadOfMatchingArticles() throws IOException {
    SearchResult thread =
        searcher.search(
            SearchRequest.builder("\"no means no\"")
                .scope(Scope.COMMENTS_BY_ARTICLE)
                .pageSize(5)
                .build());
    assertEquals(122, thread.totalHits());
    assertEquals(1, thread.distinctArticles());
    assertTrue(
        thread.hits().stream()
            .allMatch(h -> h.type().equals("comment") && h.articleId().equals("fox-30")));
  }

  @Test
  void rangeFacetsAndMissingBucketsAccountForEveryHit() throws IOException {
    SearchResult result =
        searcher.search(
            SearchRequest.builder("")
                .pageSize(0)
                .facets(Schema.DIM_POSTED)
                .rangeFacets("compound", "likes")
                .build());
    FacetDimension compound = result.facet("compound").orElseThrow();
    int scored = compound.values().stream().mapToInt(FacetValue::comments).sum();
    assertEquals(result.totalHits(), scored + compound.missingComments());
    FacetDimension likes = result.facet("likes").orElseThrow();
    assertEquals(result.totalHits(), likes.missingComments(), "no fixture comment has likes");
    assertEquals(
        result.totalHits(),
        result.facet(Schema.DIM_POSTED).orElseThrow().missingComments(),
        "no fixture comment has a date");
  }

  @Test
  void facetPathsCountTheChildrenOfAHierarchy() throws IOException {
    SearchResult years =
        searcher.search(SearchRequest.builder("").pageSize(0).facets(Schema.DIM_PUBLISHED).build());
    assertEquals(
        List.of("2015", "2016", "2017"),
        years.facet(Schema.DIM_PUBLISHED).orElseThrow().values().stream()
            .map(FacetValue::value)
            .toList(),
        "dates in date order, not by count");
    SearchResult months =
        searcher.search(
            SearchRequest.builder("")
                .pageSize(0)
                .facets(Schema.DIM_PUBLISHED)
                .facetPath(Schema.DIM_PUBLISHED, "2016")
                .build());
    FacetDimension m = months.facet(Schema.DIM_PUBLISHED).orElseThrow();
    assertEquals(List.of("2016"), m.path());
    assertEquals(1371, m.values().stream().mapToInt(FacetValue::comments).sum());
    assertEquals(
        List.of("03", "06", "07", "08"),
        m.values().stream().map(FacetValue::value).toList(),
        "months in date order");
  }

  @Test
  void entityFilterMarksTheMentionsItMatched() throws IOException {
    SearchResult result =
        searcher.search(SearchRequest.builder("entity:\"United States\"").pageSize(20).build());
    assertTrue(result.totalHits() > 0);
    for (Hit hit : result.hits()) {
      List<Hit.MentionView> matched =
          hit.entities().stream().filter(Hit.MentionView::matched).toList();
      assertFalse(
          matched.isEmpty(), "a hit for an entity filter shows which mention matched: " + hit);
      for (Hit.MentionView m : matched) {
        assertEquals("Q30", m.id());
        assertEquals(
            m.surface(), hit.text().substring(m.start(), m.end()), "offsets point at the mention");
      }
      assertTrue(hit.snippet().contains(VoxpopSearcher.HIGHLIGHT_START), hit.snippet());
    }
  }

  @Test
  void entityNamesAliasesAndIdsAreTheSameFilter() throws IOException {
    long byId = count(SearchRequest.builder("entity:Q30"));
    assertEquals(byId, count(SearchRequest.builder("entity:\"United States\"")));
    assertEquals(byId, count(SearchRequest.builder("entity:America")));
    assertEquals(byId, count(SearchRequest.builder("entity:USA")));
    assertEquals(byId, count(SearchRequest.builder("").drillDown(Schema.DIM_ENTITY, "Q30")));
  }

  @Test
  void facetPrefixMatchesEntityNames() throws IOException {
    SearchResult result =
        searcher.search(
            SearchRequest.builder("")
                .pageSize(0)
                .facets(Schema.DIM_ENTITY)
                .facetPrefix(Schema.DIM_ENTITY, "isr")
                .build());
    List<FacetValue> values = result.facet(Schema.DIM_ENTITY).orElseThrow().values();
    assertFalse(values.isEmpty());
    assertTrue(
        values.stream()
            .allMatch(v -> v.label().toLowerCase(java.util.Locale.ROOT).startsWith("isr")),
        values.toString());
  }

  /**
   * The date facets and the document type index no drill-down terms; drilling into them must still
   * select exactly what their facet counts promised, and what the query syntax selects.
   */
  @Test
  void drillingIntoDatesAndTypesSelectsWhatTheirCountsSay() throws IOException {
    SearchResult all =
        searcher.search(
            SearchRequest.builder("")
                .pageSize(0)
                .facets(Schema.DIM_PUBLISHED, Schema.DIM_TYPE)
                .build());
    // (no fixture comment has a posting date: the posted dimension goes the same way as published)
    for (String dim : List.of(Schema.DIM_PUBLISHED, Schema.DIM_TYPE)) {
      List<FacetValue> values = all.facet(dim).orElseThrow().values();
      assertFalse(values.isEmpty(), dim);
      for (FacetValue value : values) {
        long drilled = count(SearchRequest.builder("").drillDown(dim, value.value()));
        assertEquals(value.comments(), drilled, dim + "=" + value.value());
      }
    }
    SearchResult month =
        searcher.search(
            SearchRequest.builder("")
                .pageSize(0)
                .drillDown(Schema.DIM_PUBLISHED, "2017", "11")
                .facets(Schema.DIM_PUBLISHED)
                .build());
    assertEquals(count(SearchRequest.builder("published:2017-11")), month.totalHits());
    assertTrue(month.totalHits() > 0);
    long day =
        count(
            SearchRequest.builder("")
                .scope(Scope.BOTH)
                .drillDown(Schema.DIM_PUBLISHED, "2017", "11", "13"));
    assertTrue(day > 0);
    assertEquals(count(SearchRequest.builder("published:2017-11-13").scope(Scope.BOTH)), day);
    assertEquals(
        all.facet(Schema.DIM_PUBLISHED),
        month.facet(Schema.DIM_PUBLISHED),
        "drill-sideways over a date");
  }

  @Test
  void aDateDrillDownThatIsNoDateSaysSo() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                searcher.search(
                    SearchRequest.builder("")
                        .drillDown(Schema.DIM_POSTED, "2017", "november")
                        .build()));
    assertTrue(e.getMessage().contains("2017/november"), e.getMessage());
  }

  /**
   * Each kind of abuse is a dimension a query can name ({@code insult:likely}) and a hit carries
   * its scores: a journalist can tell an attack on a group from mere swearing.
   */
  @Test
  void abuseKindsAreQueryableAndShownOnHits() throws IOException {
    long identity = count(SearchRequest.builder("identity_attack:likely"));
    long insult = count(SearchRequest.builder("insult:LIKELY"));
    assertTrue(identity > 0 && insult > 0, identity + " " + insult);
    assertEquals(
        count(SearchRequest.builder("abuse:likely")),
        count(
            SearchRequest.builder(
                "abuse:likely AND (identity_attack:likely OR identity_attack:possible "
                    + "OR insult:likely OR insult:possible OR threat:likely OR threat:possible OR profanity:likely "
                    + "OR profanity:possible)")),
        "a comment likely abusive shows at least one kind");
    assertEquals(
        0,
        count(
            SearchRequest.builder(
                "abuse:likely AND profanity:likely AND identity_attack:none "
                    + "AND insult:none AND threat:none")),
        "swearing alone is never likely abuse");
    Hit hit =
        searcher
            .search(SearchRequest.builder("identity_attack:likely").pageSize(1).build())
            .hits()
            .get(0);
    assertTrue(
        hit.abuseKinds().get(Schema.DIM_IDENTITY_ATTACK) >= 0.6, hit.abuseKinds().toString());
    assertTrue(
        ResultJson.toJson(hit).path("abuse_kinds").path("identity_attack").asDouble() >= 0.6);
  }

  private static long count(SearchRequest.Builder builder) throws IOException {
    return searcher.search(builder.pageSize(0).build()).totalHits();
  }
}
