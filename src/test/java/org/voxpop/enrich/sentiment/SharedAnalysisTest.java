package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.voxpop.enrich.entity.EntityRecognizer;

/**
 * Indexing scores a text's sentiment and then hands that text and result to the stance and abuse
 * scorers, which then reuse the sentiment scorer's tokens and valences instead of tokenising the
 * text again. A user must get the same stance and abuse either way, to the last bit: here each text
 * is scored both ways, with the reuse and with it defeated (another text scored in between).
 */
class SharedAnalysisTest {
  private static final SentimentScorer SENTIMENT = SentimentScorer.create();
  private static final StanceScorer STANCE = StanceScorer.create();
  private static final AbuseScorer ABUSE = AbuseScorer.create();

  static Stream<String> texts() {
    List<String> texts = new ArrayList<>(Seed.COMMENTS);
    texts.add(Seed.ARTICLE);
    // sentences glued together, a shouted sentence in a calm text, quotes, emoji, entities
    texts.add("Obama lied.Trump is a LIAR!! Clinton,Biden are fine. world.The USA is great");
    texts.add("WE WILL NEVER FORGIVE RUSSIA. but Germany was kind to refugees, said Merkel.");
    texts.add(
        "\"Putin is a thief,\" said Navalny \u2014 and Russia jailed him \uD83D\uDE21\uD83D\uDE21");
    texts.add("Israel &amp; the USA &lt;3 ... you idiots blaming Israel for everything!!!");
    texts.add("  leading spaces. Trump\u2026Obama\u2026 Clinton!?!  ");
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void stanceAndAbuseAreTheSameWithTheSentimentScorersTokens(String text) {
    List<StanceScorer.Span> spans = new ArrayList<>();
    EntityRecognizer.create()
        .recognize(text)
        .forEach(m -> spans.add(new StanceScorer.Span(m.start(), m.end())));
    DocumentSentiment separate = SENTIMENT.score(text);
    SENTIMENT.score("another text, scored in between");
    assertFalse(SentimentScorer.analysisOf(text, separate).isPresent());
    List<Double> stanceSeparate = STANCE.stances(text, separate, spans);
    AbuseScore abuseSeparate = ABUSE.score(text, separate);

    DocumentSentiment shared = SENTIMENT.score(text);
    assertTrue(SentimentScorer.analysisOf(text, shared).isPresent());
    assertEquals(separate, shared);
    assertEquals(stanceSeparate, STANCE.stances(text, shared, spans));
    assertEquals(abuseSeparate, ABUSE.score(text, shared));
  }

  @Test
  void aResultScoredFromAnEqualButOtherTextIsNotReused() {
    String text = "The US messed up the world.";
    DocumentSentiment scored = SENTIMENT.score(text);
    assertFalse(SentimentScorer.analysisOf(new String(text), scored).isPresent());
  }
}
