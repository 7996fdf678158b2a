package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Abuse rules as fixture tables of seed and Fox News comment phrases. */
class AbuseScorerTest {
  private static final AbuseScorer ABUSE = AbuseScorer.create();

  private static double score(String text) {
    return ABUSE.score(text).score();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      typical scum blaming the USA and Israel for everything                       | LIKELY
      y'all cowards sons of jackals                                                | LIKELY
      only an idiot would not see this for what it is                              | POSSIBLE
      We're not talking about Trump, we're talking about you f*ggots.              | LIKELY
      Give the sand monkey several hard kicks                                      | LIKELY
      50 million plus illegal aliens are a large portion of the demoRATic voter base | POSSIBLE
      So get out, traitor.                                                         | LIKELY
      IS made Raqqa in northern Syria its headquarters in early 2014.              | NONE
      Last month Raqqa fell, but this programme has learnt of a deal to save lives | NONE
      And he was given a one year, suspended sentence. Hardly a deterrent.         | NONE
      The question now is, where are they now?                                     | NONE
      to kill all those people of Syria who were anti Assad                        | NONE
      The invasion of Iraq and the cancer research budget                          | NONE
      the animals at the zoo were fed                                              | NONE
      Muslims are animals                                                          | LIKELY
      Breast cancer kills thousands of women every year                            | NONE
      Prostate cancer kills thousands of men                                       | NONE
      Muslims are a cancer                                                         | POSSIBLE
      Democrats are a cancer on this country                                       | POSSIBLE
      They need to pass a law. They are animals and should be castrated.           | LIKELY
      unless they are at Animal Kingdom.....this is clearly the fault of the hotel | NONE
      Fleet Auxiliary General. F.A.G.                                              | LIKELY
      what a scuuuum                                                               | POSSIBLE
      you are a 1diot                                                              | POSSIBLE
      Vote DemoKKKrat 2016: Because it's time for your hard earned money           | POSSIBLE
      Hey Brianne - get in the kitchen and make me a samich.                       | POSSIBLE
      You murderer!                                                                | POSSIBLE
      Moody's affirmed the BBB rating of the bonds                                 | NONE
      Liverpool F.C. won on Saturday                                               | NONE
      The bank upgraded its P.O.S. terminals                                       | NONE
      K.Y. Lee was named chairman                                                  | NONE
      They found rats in the restaurant kitchen, inspectors said.                  | NONE
      Farmers said those pigs were culled after the outbreak.                      | NONE
      Police said these dogs had been abandoned.                                   | NONE
      Researchers said such creatures live in the deep sea.                        | NONE
      The bulls are castrated before they are sold                                 | NONE
      The Open returns to Royal Troon next year                                    | NONE
      """)
  void labels(String text, AbuseLabel atLeast) {
    AbuseScore a = ABUSE.score(text);
    if (atLeast == AbuseLabel.NONE) {
      assertEquals(AbuseLabel.NONE, a.label(), a.toString());
    } else {
      assertTrue(a.label().compareTo(atLeast) >= 0, text + " " + a);
    }
  }

  /** Negation before a term dampens it. */
  @ParameterizedTest(name = "{1} < {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      he is an idiot               | he is not an idiot
      these people are animals     | these people are not animals
      you are vermin               | you are not vermin
      """)
  void negationDampens(String plain, String negated) {
    assertTrue(score(negated) < score(plain), negated);
  }

  /** Second-person and group targeting raise the weight of an insult. */
  @ParameterizedTest(name = "{1} > {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      what a pathetic idiot              | you are a pathetic idiot
      that is stupid                     | your people are stupid
      they are savages                   | muslims are savages
      the fools                          | the Mexicans are fools
      the savages                        | the Muslim-majority savages
      """)
  void targetingRaises(String untargeted, String targeted) {
    assertTrue(score(targeted) > score(untargeted), targeted);
  }

  /** Caps and intensifiers raise; "typical scum" is above plain "scum". */
  @ParameterizedTest(name = "{1} > {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      he is an idiot     | he is an IDIOT
      scum               | typical scum
      an idiot           | a total idiot
      """)
  void emphasisRaises(String plain, String emphatic) {
    assertTrue(score(emphatic) > score(plain), emphatic);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      sons of jackals                 | sons of jackals
      typical scum                    | scum
      go back to where you came from  | go back to
      """)
  void phrasesAreMatched(String text, String term) {
    assertTrue(ABUSE.score(text).matchedTerms().contains(term), ABUSE.score(text).toString());
  }

  /** A sad or negative text with no abusive term stays below POSSIBLE. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The US has messed up the whole world.. Lives lost can't come back ever.. So sad
      Kurds were tired of suffering heavy casualties trying to reclaim the dam
      This is terrible, horrible, awful news and I am furious!!!
      Crime and violence rose in the city after the riots, and the killers are still free
      """)
  void negativityAloneIsNotAbuse(String text) {
    assertEquals(AbuseLabel.NONE, ABUSE.score(text).label(), ABUSE.score(text).toString());
  }

  /**
   * The topics of hostile generalisations about a group raise the ranking of a text that names the
   * group, without labelling it: ranking, not a verdict.
   */
  @ParameterizedTest(name = "{1} > {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      immigrants bring food from home             | immigrants bring crime and drugs
      Muslims pray on Friday                      | Muslims want sharia on Friday
      """)
  void stereotypeTopicsRaiseTheRanking(String plain, String stereotyped) {
    assertTrue(score(stereotyped) > score(plain), stereotyped);
    assertEquals(AbuseLabel.NONE, ABUSE.score(stereotyped).label(), stereotyped);
  }
}
