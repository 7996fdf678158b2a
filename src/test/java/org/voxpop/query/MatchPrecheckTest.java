package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.index.Schema;

/**
 * The precheck may let a text through for nothing, but must never stop one the highlighter would
 * match.
 */
class MatchPrecheckTest {

  private static final List<String> TRICKY =
      List.of(
          "ZÜRICH and Zürich",
          "Straße",
          "ǅemal Bijedić",
          "İstanbul, Diyarbakır",
          "ﬁnancial ﬂows",
          "ΟΔΥΣΣΕΥΣ",
          "naïve café résumé",
          "Ⅻ Olympiad",
          "full-width ＡＢＣ",
          "emoji 🇺🇸 and 👍🏽 tokens",
          "O’Brien’s",
          "ŒUVRE",
          "Raqqa's RAQQA raqqa");

  @Test
  void everyTokenOfTheExactAnalysisIsInTheFoldedText() throws IOException {
    Analyzer analyzer = Schema.analyzer();
    List<String> texts = new ArrayList<>(TRICKY);
    for (var file : FixtureIndex.FILES) {
      texts.addAll(
          Files.readAllLines(file)); // whole JSON lines: texts, titles, names, odd characters
    }
    int tokens = 0;
    for (String text : texts) {
      String folded = MatchPrecheck.folded(text);
      try (TokenStream stream = analyzer.tokenStream(Schema.TEXT, text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          tokens++;
          assertTrue(folded.contains(term.toString()), "'" + term + "' of " + text);
          if (TRICKY.contains(text)) {
            assertTrue(
                MatchPrecheck.of(new TermQuery(new Term(Schema.TEXT, term.toString())))
                    .orElseThrow()
                    .mayMatch(text));
          }
        }
        stream.end();
      }
    }
    assertTrue(tokens > 50_000, "tokens checked: " + tokens);
  }

  @Test
  void textsWithoutTheWordsAreSkippedAndOpenEndedQueriesAreNotPrechecked() {
    MatchPrecheck raqqa =
        MatchPrecheck.of(new TermQuery(new Term(Schema.TEXT, "raqqa"))).orElseThrow();
    assertFalse(raqqa.mayMatch("Syrian fighters took control of the city."));
    assertTrue(raqqa.mayMatch("RAQQA fell."));
    assertFalse(
        MatchPrecheck.of(new TermQuery(new Term(Schema.ENTITY, "Q30")))
            .orElseThrow()
            .mayMatch("US and us"),
        "no word asked of the text field: nothing to highlight");
    assertTrue(MatchPrecheck.of(new WildcardQuery(new Term(Schema.TEXT, "raq*"))).isEmpty());
    assertTrue(MatchPrecheck.of(new FuzzyQuery(new Term(Schema.TEXT, "allepo"))).isEmpty());
  }
}
