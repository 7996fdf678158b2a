package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scores stay finite and in range for odd input. */
class RobustnessTest {
  static Stream<String> oddTexts() {
    return Stream.of(
        "",
        " ",
        "\n\n\t",
        "😀",
        "😀😀😀🤬🤬",
        "!!!???",
        "…..",
        "....",
        "\u0000",
        "\uD83D",
        "a",
        "I",
        "NO NO NO NO NO",
        ":) :( :D",
        "not not not not",
        "but but but",
        "kind of",
        "the least",
        "never so",
        "x".repeat(100_000),
        "So sad.. ".repeat(11_200),
        "Allah Allah Allah ".repeat(6_000),
        "good bad ".repeat(12_500),
        "y'all cowards sons of jackals! ".repeat(3_300),
        "\r\n\r\n1.\r\n2.",
        "x.".repeat(50_000),
        "a*".repeat(50_000),
        "😀".repeat(50_000),
        "NO. ".repeat(25_000),
        "…".repeat(100_000),
        "you ".repeat(25_000));
  }

  @ParameterizedTest
  @MethodSource("oddTexts")
  @org.junit.jupiter.api.Timeout(5)
  void finiteAndInRange(String text) {
    DocumentSentiment d = SentimentScorer.create().score(text);
    assertIn(d.compound(), -1, 1);
    assertIn(d.positive(), 0, 1);
    assertIn(d.neutral(), 0, 1);
    assertIn(d.negative(), 0, 1);
    for (SentenceSentiment s : d.sentences()) {
      assertIn(s.compound(), -1, 1);
      assertIn(s.positive() + s.neutral() + s.negative(), 0, 1.0001);
      assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= text.length());
    }
    AbuseScore a = AbuseScorer.create().score(text);
    assertIn(a.score(), 0, 1);
    assertEquals(AbuseLabel.of(a.score()), a.label());
    double st = StanceScorer.create().stance(text, d, 0, Math.min(1, text.length()));
    assertIn(st, -1, 1);
  }

  @ParameterizedTest
  @MethodSource("oddTexts")
  void labelsFollowThresholds(String text) {
    DocumentSentiment d = SentimentScorer.create().score(text);
    assertEquals(SentimentLabel.of(d.compound()), d.label());
  }

  private static void assertIn(double v, double lo, double hi) {
    assertTrue(Double.isFinite(v) && v >= lo && v <= hi, v + " not in " + lo + ".." + hi);
  }
}
