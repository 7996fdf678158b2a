package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stance toward a mention: the learned target-dependent classifier and its general rules. */
class StanceScorerTest {
  private static final SentimentScorer SCORER = SentimentScorer.create();
  private static final StanceScorer STANCE = StanceScorer.create();

  private static double stance(String text, String mention) {
    int at = text.indexOf(mention);
    return STANCE.stance(text, SCORER.score(text), at, at + mention.length());
  }

  /** The target's role decides, not the sentence's tone. */
  @ParameterizedTest(name = "{0} toward {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Merkel was praised for her leadership during the crisis.          | Merkel  | POSITIVE
      Obama praised Merkel for her leadership during the crisis.        | Merkel  | POSITIVE
      Trump thanked Macron for his support.                             | Macron  | POSITIVE
      Critics slammed Trump over the tariffs.                           | Trump   | NEGATIVE
      Prosecutors accused Johnson of fraud and corruption.              | Johnson | NEGATIVE
      Johnson was accused of fraud.                                     | Johnson | NEGATIVE
      Trump attacked Macron on Twitter.                                 | Macron  | NEGATIVE
      "This is a disaster for our country," Sanders said.               | Sanders | NEUTRAL
      Sanders said Biden had betrayed the voters.                       | Biden   | NEGATIVE
      Stop blaming Obama for everything.                                | Obama   | POSITIVE
      Britain is not great                                              | Britain | NEGATIVE
      Biden is not a good president.                                    | Biden   | NEGATIVE
      Trump met with Macron in Paris on Tuesday.                        | Macron  | NEUTRAL
      IS made Raqqa in northern Syria its headquarters in early 2014.   | Raqqa   | NEUTRAL
      """)
  void roles(String text, String mention, SentimentLabel expected) {
    assertEquals(expected, SentimentLabel.of(stance(text, mention)), text);
  }

  /** Short, informal, misspelt comment text. */
  @ParameterizedTest(name = "{0} toward {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The US has messed up the whole world..                           | US      | NEGATIVE
      EU is doomed Merkel may need to do a magic trick to save it       | EU      | NEGATIVE
      I love Britain and its wonderful people                           | Britain | POSITIVE
      Britain is great                                                  | Britain | POSITIVE
      putin is a lier and a theif                                       | putin   | NEGATIVE
      obama ruined this contry                                          | obama   | NEGATIVE
      thank god for trump, best presdent ever!!                         | trump   | POSITIVE
      """)
  void comments(String text, String mention, SentimentLabel expected) {
    assertEquals(expected, SentimentLabel.of(stance(text, mention)), text);
  }

  /** Each clause's words count for the mention in it. */
  @Test
  void clauseOutweighsOtherClause() {
    String text = "Russia did a terrible job, while France was wonderful";
    assertTrue(stance(text, "Russia") < 0);
    assertTrue(stance(text, "France") > 0);
  }

  /** A blame the writer disowns defends its target; the same blame reported does not. */
  @Test
  void disownedBlameDefends() {
    assertTrue(stance("Prosecutors blamed Obama for the crisis.", "Obama") < 0);
    assertTrue(stance("typical scum blaming Obama for everything", "Obama") > 0);
    assertTrue(stance("its too easy to keep blaming America and Israel", "Israel") > 0);
    assertTrue(
        stance(
                "if you continue placing blame on Germany for everything you will never learn",
                "Germany")
            > 0);
  }

  /** "well done." after a list of wrongs is blame; the same praise in a calm text is not. */
  @Test
  void sarcasticPraiseTurnsAgainstTheActors() {
    String sarcastic =
        "France freed the killers. These people executed women and children, they are evil murderers. Well done.";
    assertTrue(stance(sarcastic, "France") < 0, "" + stance(sarcastic, "France"));
    String sincere = "France rescued the hostages. The rescue went smoothly. Well done.";
    assertTrue(stance(sincere, "France") >= 0, "" + stance(sincere, "France"));
  }

  /** The sign of one mention's stance is the classifier's most probable class. */
  @Test
  void scoreKeepsTheMostProbableClass() {
    assertEquals(
        SentimentLabel.NEUTRAL,
        SentimentLabel.of(StanceScorer.score(new double[] {0.1, 0.5, 0.4})));
    assertEquals(
        SentimentLabel.POSITIVE,
        SentimentLabel.of(StanceScorer.score(new double[] {0.3, 0.33, 0.37})));
    assertEquals(
        SentimentLabel.NEGATIVE,
        SentimentLabel.of(StanceScorer.score(new double[] {0.9, 0.05, 0.05})));
    assertEquals(-(0.05 + 0.95 * 0.85), StanceScorer.score(new double[] {0.9, 0.05, 0.05}), 1e-12);
  }

  @Test
  void spansOutsideAnySentenceAndListsWork() {
    String text = "The US has messed up the whole world..";
    DocumentSentiment d = SCORER.score(text);
    assertEquals(0.0, STANCE.stance(text, d, 500, 502));
    assertEquals(0.0, STANCE.stance(text, d, 5, 5));
    List<Double> all =
        STANCE.stances(
            text, d, List.of(new StanceScorer.Span(4, 6), new StanceScorer.Span(25, 30)));
    assertEquals(2, all.size());
    assertTrue(StanceScorer.mean(all) < 0);
    assertEquals(0.0, StanceScorer.mean(List.of()));
  }

  @Test
  void misspeltEvaluativeWordsAreReadButRealWordsAndNamesStay() {
    StanceSpelling s = StanceSpelling.bundled();
    assertTrue(s.valence("theif") < 0);
    assertTrue(s.valence("idoit") < 0);
    assertEquals(0.0, s.valence("hat"), "a real word is no misspelling of 'hate'");
    assertEquals(0.0, s.valence("paris"));
    assertTrue(StanceSpelling.oneEdit("theif", "thief"));
    assertTrue(StanceSpelling.oneEdit("lier", "liar"));
    assertNotEquals(true, StanceSpelling.oneEdit("paris", "panic"));
  }

  @Test
  void theMisspellingFilterNeverTurnsAwayAWordOneEditFromAnEvaluativeWord() {
    // the filter hashes each one-letter deletion without making it: any slip there would quietly
    // stop "theif" being read as "thief"
    StanceSpelling s = StanceSpelling.bundled();
    int turnedAway = 0;
    int words = 0;
    for (var e : SentimentScorer.create().vader().lexicon().entrySet()) {
      String w = e.getKey();
      if (Math.abs(e.getValue()) < StanceSpelling.MIN_VALENCE || !w.matches("[a-z]+")) {
        continue;
      }
      words++;
      assertTrue(s.mayMatch(w), w);
      for (int i = 0; i <= w.length(); i++) {
        String inserted = w.substring(0, i) + "q" + w.substring(i);
        assertTrue(s.mayMatch(inserted), inserted);
        if (i < w.length()) {
          String replaced =
              w.substring(0, i) + (w.charAt(i) == 'z' ? 'y' : 'z') + w.substring(i + 1);
          assertTrue(s.mayMatch(replaced), replaced);
        }
      }
    }
    for (String common : new String[] {"fighters", "transported", "government", "streets"}) {
      turnedAway += s.mayMatch(common) ? 0 : 1;
    }
    assertTrue(words > 1000, "evaluative words: " + words);
    assertTrue(turnedAway >= 3, "ordinary words are turned away without a look-up");
  }

  @Test
  void featureKeysOfJoinedWordsNeedNoJoinedString() {
    for (String[] abc :
        new String[][] {
          {"<s>", "<s>", "the"},
          {"he", "said", "</s>"},
          {"caf\u00e9", "na\u00efve", "x"},
          {"", "a", ""}
        }) {
      assertEquals(
          StanceFeatures.key(27, abc[0] + " " + abc[1], abc[2]),
          StanceFeatures.keyOfPair(27, abc[0], abc[1], abc[2]),
          String.join("|", abc));
    }
  }

  @Test
  void theSarcasmCueCountsWordsAsSplittingOnWhiteSpaceDoes() {
    for (String t :
        new String[] {"well done", "well  done .", "a\tb\nc", "x", "", "a \u00a0 b", "\u0001"}) {
      assertEquals(t.trim().split("\\s+").length, StanceRoles.words(t.trim()), t);
    }
  }
}
