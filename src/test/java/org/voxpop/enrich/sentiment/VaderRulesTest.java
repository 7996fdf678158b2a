package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each VADER rule, as a table of real phrases (seed and Fox News comments) and a contrast. */
class VaderRulesTest {
  private static final SentimentScorer SCORER = SentimentScorer.create();

  private static double compound(String text) {
    return SCORER.score(text).compound();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The US has messed up the whole world..                              | NEGATIVE
      So sad                                                              | NEGATIVE
      only an idiot would not see this for what it is                     | NEGATIVE
      gotta love all these comments                                       | POSITIVE
      Welcome to the real world                                           | POSITIVE
      NO NO NO NO. Not in my country                                      | NEGATIVE
      IS made Raqqa in northern Syria its headquarters in early 2014.     | NEUTRAL
      The question now is, where are they now?                            | NEUTRAL
      Liberals are always pandering for votes from criminals.             | NEGATIVE
      That sounds like a win win then right? Trump 2016 & 2020!!!         | POSITIVE
      😠😠😠                                                               | NEGATIVE
      I love it ❤️                                                         | POSITIVE
      Trump 2016 &amp; 2020 &lt;3                                            | POSITIVE
      """)
  void lexiconAndLabel(String text, SentimentLabel expected) {
    assertEquals(expected, SCORER.score(text).label(), text);
  }

  /** Negation in the three words before flips (and dampens) a word's valence. */
  @ParameterizedTest(name = "{1} < 0 < {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Their allies too are responsible for all the destruction      | Their allies too are not responsible for all the destruction
      Same kind of deal happened, it was good                       | Same kind of deal happened, it was not good
      Yes you can fact check it, it is true and fair                | Yes you can fact check it, it is never fair
      We're not going touch you, it is a good law                   | We're not going touch you, it isn't a good law
      That's true. The First Amendment applies to all citizens.     | That's not true. The First Amendment applies to all citizens.
      When equality just is good enough for you anymore.            | When equality just isn't good enough for you anymore.
      """)
  void negationFlips(String plain, String negated) {
    assertTrue(compound(negated) < compound(plain), negated);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      this is a good law                | this is not a good law
      he is happy                       | he is not happy
      the deal was great                | the deal was never great
      """)
  void negationChangesSign(String plain, String negated) {
    assertTrue(compound(plain) > 0, plain);
    assertTrue(compound(negated) < 0, negated);
  }

  /** Boosters raise, dampeners lower the intensity; "kind of" is a dampener. */
  @ParameterizedTest(name = "{0} < {1} < {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      the plan was somewhat stupid  | the plan was stupid  | the plan was extremely stupid
      it was kind of bad            | it was bad           | it was really bad
      a slightly sad story          | a sad story          | a very sad story
      It's somewhat sad.            | It's sad.            | It's so sad.
      How slightly sad.             | How sad.             | How very sad.
      """)
  void boostersAndDampeners(String dampened, String plain, String boosted) {
    double d = Math.abs(compound(dampened));
    double p = Math.abs(compound(plain));
    double b = Math.abs(compound(boosted));
    assertTrue(d < p && p < b, d + " < " + p + " < " + b);
  }

  /** ALL-CAPS emphasis (seed comment 2), only when the text mixes case. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      do not refrain from beheading CHILDREN and killing them    | do not refrain from beheading children and killing them
      EU is doomed and it is a TERRIBLE policy                   | EU is doomed and it is a terrible policy
      thanks to the European union's WELCOME policy              | thanks to the European union's welcome policy
      STUPID Politicians seeking relevancy to the stupid sheeple! | stupid Politicians seeking relevancy to the stupid sheeple!
      """)
  void capsEmphasis(String shouted, String plain) {
    assertTrue(Math.abs(compound(shouted)) > Math.abs(compound(plain)), shouted);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      IT IS A TERRIBLE POLICY | it is a terrible policy
      SO SAD                  | so sad
      """)
  void noCapsEmphasisWhenAllCaps(String shouted, String plain) {
    assertEquals(compound(plain), compound(shouted), 1e-12);
  }

  /** "but" halves what comes before and raises what follows by half. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      the food was great but the service was terrible            | NEGATIVE
      the service was terrible but the food was great            | POSITIVE
      for some it was good for some bad, but this is the dark side of capitalism | NEGATIVE
      nice, but it doesn't help these women who were physically assaulted.      | NEGATIVE
      """)
  void butShiftsWeightToLaterClause(String text, SentimentLabel expected) {
    assertEquals(expected, SCORER.score(text).label(), text);
  }

  /** "!" (up to four) and "??" amplify; a single "?" does not. */
  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      making yourselves look stupider by each comment you leave!!! | making yourselves look stupider by each comment you leave
      Pathetic!                                                   | Pathetic
      Are you serious ??                                           | Are you serious
      I get so sick of the lie called equal rights!!!              | I get so sick of the lie called equal rights
      """)
  void punctuationAmplifies(String emphatic, String plain) {
    assertTrue(Math.abs(compound(emphatic)) > Math.abs(compound(plain)), emphatic);
  }

  /** Special cases and idioms replace the valence of the lexicon word inside them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Yeah right.                       | NEGATIVE
      Yeah.                             | POSITIVE
      that movie was the bomb           | POSITIVE
      this new phone is the shit        | POSITIVE
      it was the kiss of death          | NEGATIVE
      """)
  void idioms(String text, SentimentLabel expected) {
    assertEquals(expected, SCORER.score(text).label(), text);
  }

  /** "least" negates unless "at least"; "never so" intensifies rather than negates. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      he is the least happy man     | NEGATIVE
      at least he is happy          | POSITIVE
      At least trump has a wife that is easy on the eyes | POSITIVE
      I have never been so happy    | POSITIVE
      I have never been happy       | NEGATIVE
      """)
  void leastAndNeverSo(String text, SentimentLabel expected) {
    assertEquals(expected, SCORER.score(text).label(), text);
  }

  /** Words glued by a comma are still seen: "truth,but" carries the "but" shift. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      you aren't even close to the truth,but keep leaving comments | you aren't even close to the truth, but keep leaving comments
      this not the end of this story,When IS was near              | this not the end of this story, When IS was near
      it was great.The rest was awful                              | it was great. The rest was awful
      """)
  void missingSpacesAreTolerated(String glued, String spaced) {
    assertEquals(compound(spaced), compound(glued), 1e-9, glued);
  }
}
