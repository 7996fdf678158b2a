package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stance toward a mention: clause sentiment, weighted by distance, negation aware. */
class StanceScorerTest {
  private static final SentimentScorer SCORER = SentimentScorer.create();
  private static final StanceScorer STANCE = StanceScorer.create();

  private static double stance(String text, String mention) {
    int at = text.indexOf(mention);
    return STANCE.stance(text, SCORER.score(text), at, at + mention.length());
  }

  @ParameterizedTest(name = "{0} toward {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The US has messed up the whole world..                                  | US      | NEGATIVE
      EU is doomed Merkel may need to do a magic trick to save it              | EU      | NEGATIVE
      Israel is the only civilized nation in the region                        | Israel  | NEUTRAL
      I love Britain and its wonderful people                                  | Britain | POSITIVE
      Britain is not great                                                     | Britain | NEGATIVE
      Britain is great                                                         | Britain | POSITIVE
      IS made Raqqa in northern Syria its headquarters in early 2014.          | Raqqa   | NEUTRAL
      """)
  void stanceLabels(String text, String mention, SentimentLabel expected) {
    assertEquals(expected, SentimentLabel.of(stance(text, mention)), text);
  }

  /** The clause holding the mention outweighs the rest of the sentence. */
  @Test
  void clauseOutweighsOtherClause() {
    String text = "Russia did a terrible job, while France was wonderful";
    assertTrue(stance(text, "Russia") < 0);
    assertTrue(stance(text, "France") > 0);
  }

  /** A word next to the mention counts more than the same word far away. */
  @Test
  void nearerWordsWeighMore() {
    double near = stance("Iran lies and we know it well enough by now", "Iran");
    double far = stance("Iran and we know it well enough by now lies", "Iran");
    assertTrue(near < far, near + " " + far);
  }

  @Test
  void spansOutsideAnySentenceAndListsWork() {
    String text = "The US has messed up the whole world..";
    DocumentSentiment d = SCORER.score(text);
    assertEquals(0.0, STANCE.stance(text, d, 500, 502));
    List<Double> all = STANCE.stances(text, d, List.of(new StanceScorer.Span(4, 6),
        new StanceScorer.Span(25, 30)));
    assertEquals(2, all.size());
    assertTrue(StanceScorer.mean(all) < 0);
  }
}
