package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.Schema;

/**
 * A page ranked by relevance is the page plain Lucene gives for the whole query (text, scope filter
 * and drill-downs), hit for hit and score for score: voxpop ranks the query text alone among the
 * matches it has already found, which must not change the order.
 */
class RankingTest {

  private static final List<String> TEXTS =
      List.of(
          "obama",
          "police women",
          "\"white house\"",
          "obama -muslims",
          "isis OR syria",
          "entity:Q30 guns");

  private static final List<Map<String, List<String>>> DRILL_DOWNS =
      List.of(
          Map.of(),
          Map.of(Schema.DIM_SENTIMENT, List.of("negative")),
          Map.of(Schema.DIM_ENTITY, List.of("Q30")),
          Map.of(Schema.DIM_PUBLISHED, List.of("2016")));

  @Test
  void pagesRankAsPlainLuceneRanksTheWholeQuery() throws IOException {
    QueryTranslator translator =
        new QueryTranslator(Gazetteer.defaultGazetteer(), QueryLimits.defaults());
    VoxpopSearcher voxpop = FixtureIndex.searcher();
    int compared = 0;
    try (FSDirectory directory = FSDirectory.open(FixtureIndex.dir());
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher plain = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      for (String text : TEXTS) {
        for (Scope scope : List.of(Scope.COMMENTS, Scope.ARTICLES, Scope.BOTH)) {
          for (Map<String, List<String>> drills : DRILL_DOWNS) {
            SearchRequest.Builder request = SearchRequest.builder(text).scope(scope).pageSize(40);
            drills.forEach((dim, path) -> request.drillDown(dim, path.toArray(String[]::new)));
            SearchResult result = voxpop.search(request.build());

            Query base = translator.translate(text);
            Query scoped =
                switch (scope) {
                  case COMMENTS -> filtered(base, Schema.TYPE_COMMENT);
                  case ARTICLES -> filtered(base, Schema.TYPE_ARTICLE);
                  default -> base;
                };
            FacetsConfig config = Schema.facetsConfig();
            DrillDownQuery whole = new DrillDownQuery(config, scoped);
            drills.forEach((dim, path) -> DrillDowns.add(config, whole, dim, path));
            List<String> expected = new ArrayList<>();
            for (ScoreDoc hit : plain.search(whole, 40).scoreDocs) {
              org.apache.lucene.document.Document doc = stored.document(hit.doc);
              expected.add(
                  doc.get(Schema.ARTICLE_ID)
                      + "/"
                      + java.util.Objects.toString(doc.get(Schema.COMMENT_ID), "")
                      + " "
                      + hit.score);
            }
            List<String> actual =
                result.hits().stream()
                    .map(h -> h.articleId() + "/" + h.commentId().orElse("") + " " + h.score())
                    .toList();
            assertEquals(expected, actual, text + " in " + scope + " with " + drills);
            compared += actual.size();
          }
        }
      }
    }
    assertFalse(compared < 500, "hits compared: " + compared);
  }

  private static Query filtered(Query query, String type) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.TYPE, type)), BooleanClause.Occur.FILTER)
        .build();
  }
}
