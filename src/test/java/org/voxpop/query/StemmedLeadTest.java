package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.Schema;

/**
 * The stemmed-lead rewrite is a speed-up only: over the fixtures, every word query finds the same
 * documents with the same scores as the plain disjunction it replaces.
 */
class StemmedLeadTest {

  @Test
  void sameHitsAndScoresAsTheDisjunctionForEveryWordOfTheFixtures() throws IOException {
    QueryTranslator translator = new QueryTranslator(Gazetteer.defaultGazetteer());
    try (FSDirectory dir = FSDirectory.open(FixtureIndex.dir());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> words = new ArrayList<>();
      TermsEnum terms = MultiTerms.getTerms(reader, Schema.TEXT).iterator();
      for (var t = terms.next(); t != null; t = terms.next()) {
        if (terms.docFreq() >= 2) {
          words.add(t.utf8ToString());
        }
      }
      assertTrue(words.size() > 1000, "a few thousand words: " + words.size());
      int rewritten = 0;
      for (String word : words) {
        for (String text :
            List.of(
                "text:" + org.apache.lucene.queryparser.classic.QueryParser.escape(word),
                org.apache.lucene.queryparser.classic.QueryParser.escape(word))) {
          Query fast;
          try {
            fast = translator.translate(text);
          } catch (QuerySyntaxException e) {
            continue; // wildcards and such: not what this test is about
          }
          Query plain = disjunction(fast);
          if (!plain.equals(fast)) {
            rewritten++;
          }
          assertSame(searcher.search(plain, 10_000), searcher.search(fast, 10_000), text);
        }
      }
      assertTrue(rewritten > words.size(), "most words are rewritten: " + rewritten);
    }
  }

  @Test
  void wordsWithApostrophesOrDotsAreLeftAsTheyAre() {
    QueryTranslator translator = new QueryTranslator(Gazetteer.defaultGazetteer());
    for (String text : List.of("text:Raqqa's", "U.S.", "text:the")) {
      Query q = translator.translate(text);
      assertEquals(q, disjunction(q), text + " => " + q);
    }
    assertNotEquals(
        translator.translate("text:raqqa"), disjunction(translator.translate("text:raqqa")));
  }

  /**
   * The query parser lines the fields' clauses of a hyphenated query up by position, and the
   * stemmed field drops stop words: "in-depth" puts text:in beside text_stemmed:depth. Such clauses
   * are two words, not one word's two forms, and are left alone.
   */
  @Test
  void clausesOfTwoDifferentWordsAreNeverPaired() throws IOException {
    QueryTranslator translator = new QueryTranslator(Gazetteer.defaultGazetteer());
    org.apache.lucene.analysis.Analyzer analyzer = Schema.analyzer();
    int pairs = 0;
    for (String text :
        List.of(
            "in-depth",
            "then-president",
            "state-of-the-art",
            "no-fly zone",
            "by-election",
            "title:in-depth",
            "text:then-president",
            "anti-Muslim",
            "U.S.-backed forces",
            "raqqa")) {
      List<BooleanQuery> found = new ArrayList<>();
      collectPairs(translator.translate(text), found);
      for (BooleanQuery pair : found) {
        String stemmed = ((TermQuery) unboosted(pair.clauses().get(0).query())).getTerm().text();
        TermQuery exact = (TermQuery) unboosted(pair.clauses().get(1).query());
        String stemField =
            exact.getTerm().field().equals(Schema.TITLE)
                ? Schema.TITLE_STEMMED
                : Schema.TEXT_STEMMED;
        try (var stream = analyzer.tokenStream(stemField, exact.getTerm().text())) {
          var term =
              stream.addAttribute(
                  org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
          stream.reset();
          assertTrue(stream.incrementToken(), text);
          assertEquals(stemmed, term.toString(), text + ": " + pair);
          stream.end();
        }
        pairs++;
      }
    }
    assertTrue(pairs >= 4, "some pairs were made: " + pairs);
  }

  private static void collectPairs(Query q, List<BooleanQuery> found) {
    if (q instanceof BooleanQuery bool) {
      if (bool.clauses().size() == 2
          && bool.clauses().get(0).occur() == BooleanClause.Occur.MUST
          && bool.clauses().get(1).occur() == BooleanClause.Occur.SHOULD
          && unboosted(bool.clauses().get(0).query()) instanceof TermQuery
          && unboosted(bool.clauses().get(1).query()) instanceof TermQuery) {
        found.add(bool);
      }
      bool.clauses().forEach(c -> collectPairs(c.query(), found));
    }
  }

  private static Query unboosted(Query q) {
    return q instanceof org.apache.lucene.search.BoostQuery b ? b.getQuery() : q;
  }

  /** Undoes the rewrite: every "+stemmed exact" pair back into two optional clauses. */
  private static Query disjunction(Query q) {
    if (!(q instanceof BooleanQuery bool)) {
      return q;
    }
    List<BooleanClause> clauses = bool.clauses();
    if (clauses.size() == 2
        && clauses.get(0).occur() == BooleanClause.Occur.MUST
        && clauses.get(1).occur() == BooleanClause.Occur.SHOULD) {
      return new BooleanQuery.Builder()
          .add(clauses.get(1).query(), BooleanClause.Occur.SHOULD)
          .add(clauses.get(0).query(), BooleanClause.Occur.SHOULD)
          .build();
    }
    BooleanQuery.Builder out =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    for (BooleanClause c : clauses) {
      Query inner = disjunction(c.query());
      if (c.occur() == BooleanClause.Occur.SHOULD
          && inner instanceof BooleanQuery b
          && inner != c.query()
          && b.clauses().stream().allMatch(x -> x.occur() == BooleanClause.Occur.SHOULD)
          && isPair(c.query())) {
        b.clauses()
            .forEach(x -> out.add(x.query(), BooleanClause.Occur.SHOULD)); // flatten as it was
      } else {
        out.add(inner, c.occur());
      }
    }
    return out.build();
  }

  private static boolean isPair(Query q) {
    return q instanceof BooleanQuery b
        && b.clauses().size() == 2
        && b.clauses().get(0).occur() == BooleanClause.Occur.MUST;
  }

  private static void assertSame(TopDocs expected, TopDocs actual, String query) {
    assertEquals(expected.totalHits.value(), actual.totalHits.value(), query);
    java.util.Map<Integer, Float> scores = new java.util.HashMap<>();
    for (ScoreDoc d : expected.scoreDocs) {
      scores.put(d.doc, d.score);
    }
    for (ScoreDoc d : actual.scoreDocs) {
      Float score = scores.get(d.doc);
      assertTrue(score != null, query + ": doc " + d.doc + " was not a hit");
      assertEquals(score, d.score, 1e-4f * Math.max(1f, score), query);
    }
  }
}
