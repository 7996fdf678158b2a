package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every feature on the seed document: an article paragraph and eight angry comments. */
class SeedTest {
  private static final SentimentScorer SCORER = SentimentScorer.create();
  private static final StanceScorer STANCE = StanceScorer.create();
  private static final AbuseScorer ABUSE = AbuseScorer.create();

  @ParameterizedTest(name = "comment {0} is {1}")
  @CsvSource(
      textBlock =
          """
      1, NEGATIVE
      2, NEGATIVE
      3, NEGATIVE
      5, NEGATIVE
      6, NEGATIVE
      8, NEGATIVE
      """)
  void commentLabels(int n, SentimentLabel expected) {
    assertEquals(expected, SCORER.score(Seed.COMMENTS.get(n - 1)).label());
  }

  @Test
  void sentencesSurviveEllipsesAndMissingSpaces() {
    DocumentSentiment d = SCORER.score(Seed.C2);
    List<String> s =
        d.sentences().stream().map(x -> Seed.C2.substring(x.start(), x.end())).toList();
    assertEquals(5, s.size(), s.toString());
    assertTrue(s.get(1).startsWith("only an idiot"), s.get(1));
    assertEquals("well done.", s.get(4));
    DocumentSentiment d6 = SCORER.score(Seed.C6);
    assertEquals(
        "The US has messed up the whole world..",
        Seed.C6.substring(d6.sentences().get(0).start(), d6.sentences().get(0).end()));
    // the stray "!!" after "lives.." joins the sentence before it
    assertTrue(
        Seed.C6
            .substring(d6.sentences().get(2).start(), d6.sentences().get(2).end())
            .endsWith("lives.. !!"));
  }

  @Test
  void wholeSeedDocumentSplitsIntoArticleAndCommentSentences() {
    String doc = Seed.document();
    DocumentSentiment d = SCORER.score(doc);
    assertTrue(d.sentences().size() >= 30, "" + d.sentences().size());
    for (SentenceSentiment s : d.sentences()) {
      assertTrue(s.start() >= 0 && s.end() <= doc.length() && s.start() < s.end());
      assertTrue(!Character.isWhitespace(doc.charAt(s.start())));
    }
  }

  /** Sarcasm is out of reach of a lexicon: "well done." scores positive, as a known miss. */
  @Test
  void sarcasticWellDoneReadsPositive() {
    DocumentSentiment d = SCORER.score(Seed.C2);
    SentenceSentiment last = d.sentences().get(d.sentences().size() - 1);
    assertEquals(SentimentLabel.POSITIVE, last.label());
    assertEquals(SentimentLabel.NEGATIVE, d.label(), "the comment as a whole is still negative");
  }

  @Test
  void shoutedChildrenIsMoreNegativeThanLowercase() {
    String lower = Seed.C2.replace("CHILDREN", "children");
    assertTrue(SCORER.score(Seed.C2).compound() < SCORER.score(lower).compound());
  }

  @Test
  void comment6IsNegativeTowardTheUs() {
    DocumentSentiment d = SCORER.score(Seed.C6);
    int at = Seed.C6.indexOf("US");
    double stance = STANCE.stance(Seed.C6, d, at, at + 2);
    assertTrue(stance < -0.05, "stance " + stance);
  }

  @Test
  void articleIsCalmerThanTheAngryComments() {
    DocumentSentiment article = SCORER.score(Seed.ARTICLE);
    DocumentSentiment c6 = SCORER.score(Seed.C6);
    assertTrue(DocumentSentiment.divergence(c6, article) < -0.5);
    List<DocumentSentiment> all = Seed.COMMENTS.stream().map(SCORER::score).toList();
    assertTrue(DocumentSentiment.negativeShare(all) >= 0.75);
  }

  @ParameterizedTest(name = "comment {0} abuse {1}")
  @CsvSource(
      textBlock =
          """
      1, LIKELY
      2, POSSIBLE
      7, NONE
      8, LIKELY
      """)
  void abuseLabels(int n, AbuseLabel atLeast) {
    AbuseScore a = ABUSE.score(Seed.COMMENTS.get(n - 1));
    if (atLeast == AbuseLabel.NONE) {
      assertEquals(AbuseLabel.NONE, a.label(), a.toString());
    } else {
      assertTrue(a.label().compareTo(atLeast) >= 0, a.toString());
    }
  }

  @Test
  void abuseIsNotNegativity() {
    // comment 6 is sad and negative but insults nobody; comment 1 insults
    assertTrue(ABUSE.score(Seed.C6).score() < ABUSE.score(Seed.C1).score());
    assertEquals(AbuseLabel.NONE, ABUSE.score(Seed.C6).label());
    assertEquals(AbuseLabel.NONE, ABUSE.score(Seed.ARTICLE).label());
  }
}
