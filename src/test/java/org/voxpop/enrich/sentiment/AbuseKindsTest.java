package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for each kind of abuse: the kind a reader gives a clear text is labelled, and the
 * other kinds are not; swearing alone is never likely abuse; naming a group is no attack.
 */
class AbuseKindsTest {
  private static final AbuseScorer ABUSE = AbuseScorer.create();

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      you are an idiot                                    | INSULT          | LIKELY
      Trump is a moron                                    | INSULT          | LIKELY
      he is an idiot                                      | INSULT          | LIKELY
      So get out, traitor.                                | INSULT          | LIKELY
      that woman is a disgusting pig                      | INSULT          | LIKELY
      f*** this weather                                   | PROFANITY       | POSSIBLE
      this is fucking bullshit                            | PROFANITY       | LIKELY
      all Muslims are animals                             | IDENTITY_ATTACK | LIKELY
      those Mexicans are animals                          | IDENTITY_ATTACK | LIKELY
      they are vermin                                     | IDENTITY_ATTACK | POSSIBLE
      go back to where you came from                      | IDENTITY_ATTACK | LIKELY
      Give the sand monkey several hard kicks             | IDENTITY_ATTACK | LIKELY
      all immigrants are criminals                        | IDENTITY_ATTACK | POSSIBLE
      Muslims are violent                                 | IDENTITY_ATTACK | POSSIBLE
      the Mexicans are fools                              | IDENTITY_ATTACK | LIKELY
      I will find you and kill you                        | THREAT          | LIKELY
      he should be hanged                                 | THREAT          | LIKELY
      I hope someone shoots him                           | THREAT          | LIKELY
      we need to hang all the illegals                    | THREAT          | LIKELY
      kill yourself                                       | THREAT          | LIKELY
      you will be shot                                    | THREAT          | LIKELY
      I have to kill him                                  | THREAT          | LIKELY
      """)
  void clearCasesGetTheirKind(String text, AbuseKind kind, AbuseLabel atLeast) {
    AbuseScore a = ABUSE.score(text);
    assertTrue(a.kinds().label(kind).compareTo(atLeast) >= 0, text + " " + a);
    for (AbuseKind other : AbuseKind.values()) {
      if (other != kind && !(kind == AbuseKind.THREAT && other == AbuseKind.IDENTITY_ATTACK)) {
        assertEquals(AbuseLabel.NONE, a.kinds().label(other), other + " of " + text + " " + a);
      }
    }
  }

  /** Swearing with no target is profanity, never likely abuse; aimed at "you" it insults too. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      f*** this weather
      fuck this weather
      this is fucking bullshit, shit shit shit
      what the hell, damn it
      Oh Bulls**t. That was a crappy game.
      """)
  void swearingAloneIsNotLikelyAbuse(String text) {
    AbuseScore a = ABUSE.score(text);
    assertNotEquals(AbuseLabel.NONE, a.kinds().label(AbuseKind.PROFANITY), a.toString());
    assertNotEquals(AbuseLabel.LIKELY, a.label(), a.toString());
    assertTrue(a.score() < AbuseLabel.POSSIBLE_THRESHOLD, a.toString());
    assertTrue(AbuseEvaluation.profanityOnly(a.kinds()), a.toString());
  }

  @Test
  void profanityAimedAtYouIsAnInsultToo() {
    AbuseScore a = ABUSE.score("fuck you");
    assertNotEquals(AbuseLabel.NONE, a.kinds().label(AbuseKind.INSULT), a.toString());
    assertNotEquals(AbuseLabel.NONE, a.kinds().label(AbuseKind.PROFANITY), a.toString());
  }

  /** Naming a religion, nationality, ethnicity, gender or sexuality is not an attack. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Muslims celebrated Eid
      the gay couple married
      Mexicans voted in record numbers
      Jewish families gathered for Hanukkah
      Black women led the march
      Refugees are victims of the war
      Syrians are suffering after the war
      Muslims are not violent
      Immigrants bring food from home
      Police shot him in the street
      the bill should be killed in committee
      I would kill for a coffee
      Breast cancer kills thousands of women every year
      """)
  void neutralMentionsAreNoAttack(String text) {
    AbuseScore a = ABUSE.score(text);
    for (AbuseKind kind : AbuseKind.values()) {
      assertEquals(AbuseLabel.NONE, a.kinds().label(kind), kind + " " + a);
    }
    assertEquals(AbuseLabel.NONE, a.label(), a.toString());
  }

  /** Abuse is mostly identity attacks, insults and threats: each alone labels the text. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      you are an idiot
      all Muslims are animals
      I will find you and kill you
      """)
  void aimedAbuseIsLikelyAbuse(String text) {
    assertEquals(AbuseLabel.LIKELY, ABUSE.score(text).label(), text);
  }

  /** A profane insult ("asshole") is profanity and, aimed, an insult. */
  @Test
  void profaneInsultCountsForBoth() {
    AbuseScore a = ABUSE.score("you are an asshole");
    assertEquals(AbuseLabel.LIKELY, a.kinds().label(AbuseKind.INSULT), a.toString());
    assertNotEquals(AbuseLabel.NONE, a.kinds().label(AbuseKind.PROFANITY), a.toString());
  }

  @Test
  void dimensionsAreLowerCaseNames() {
    assertEquals("identity_attack", AbuseKind.IDENTITY_ATTACK.dimension());
    assertEquals("threat", AbuseKind.THREAT.dimension());
  }

  /** Reports of violence, said in the first person or the future, are no threat. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      I'm sick of watching police beat him
      mentally ill people hurt him
      he lets them beat him
      I have seen cops beat him
      He will be executed on Monday
      Police shot him in the leg
      """)
  void reportsOfViolenceAreNoThreat(String text) {
    assertEquals(AbuseLabel.NONE, ABUSE.score(text).kinds().label(AbuseKind.THREAT), text);
  }
}
