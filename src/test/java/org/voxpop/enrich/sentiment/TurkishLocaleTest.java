package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores must not depend on the default locale: under Turkish rules "I".toLowerCase() is a dotless
 * "ı", which would hide "IS", "I", "KILL" and "IDIOT" from the lexicons.
 */
class TurkishLocaleTest {
  private static Locale saved;
  // Reference scores computed under Locale.ROOT before the default is switched.
  private static List<double[]> reference;

  static Stream<String> texts() {
    return Stream.of(
        "This IS was created by Iran & America & Russia to safe guard Assad regiem",
        "I LIKE IT. I really do, I am HAPPY",
        "İstanbul İS beautiful, I think",
        "you are an IDIOT and a LIAR, I KILL time",
        "WELCOME to the real world, SILLY",
        "only an idiot would not see this for what it is");
  }

  private static double[] all(String text) {
    DocumentSentiment d = SentimentScorer.create().score(text);
    AbuseScore a = AbuseScorer.create().score(text);
    int at = text.indexOf('I');
    double stance = at < 0 ? 0 : StanceScorer.create().stance(text, d, at, at + 1);
    return new double[] {
      d.compound(),
      d.positive(),
      d.neutral(),
      d.negative(),
      a.score(),
      stance,
      d.sentences().size(),
      a.matchedTerms().size()
    };
  }

  @BeforeAll
  static void switchToTurkish() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.ROOT);
    reference = texts().map(TurkishLocaleTest::all).toList();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(saved);
  }

  @ParameterizedTest
  @MethodSource("texts")
  void identicalScoresUnderTurkishDefault(String text) {
    int i = texts().toList().indexOf(text);
    double[] turkish = all(text);
    double[] root = reference.get(i);
    for (int k = 0; k < root.length; k++) {
      assertEquals(root[k], turkish[k], 0.0, text + " field " + k);
    }
  }
}
