package org.voxpop.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Token-level behaviour of voxpop's analyzers, checked with Lucene's own test harness. */
public class NewsAnalyzerTest extends BaseTokenStreamTestCase {

  public void testExactFoldsCaseAndAccentsButKeepsWordsWhole() throws IOException {
    try (NewsAnalyzer exact = NewsAnalyzer.exact()) {
      assertAnalyzesTo(
          exact,
          "US-backed fighters left Zürich's café",
          new String[] {"us", "backed", "fighters", "left", "zurich's", "cafe"},
          new int[] {0, 3, 10, 19, 24, 33},
          new int[] {2, 9, 18, 23, 32, 37});
    }
  }

  public void testStemmedDropsStopWordsPossessivesAndStems() throws IOException {
    try (NewsAnalyzer stemmed = NewsAnalyzer.stemmed()) {
      assertAnalyzesTo(
          stemmed,
          "Always blaming the United States for Assad's regime",
          new String[] {"alwai", "blame", "unit", "state", "assad", "regim"});
    }
  }

  public void testRandomTextNeverBreaksTheAnalyzers() throws IOException {
    try (NewsAnalyzer exact = NewsAnalyzer.exact();
        NewsAnalyzer stemmed = NewsAnalyzer.stemmed()) {
      checkRandomData(random(), exact, 200);
      checkRandomData(random(), stemmed, 200);
    }
  }

  public void testMentionTokensCarryIdsAtTheMentionOffsets() throws IOException {
    String text = "The US has messed up the whole world";
    MentionTokenStream stream =
        new MentionTokenStream(List.of(new MentionTokenStream.Span("Q30", 4, 6)), text.length());
    assertTokenStreamContents(
        stream, new String[] {"Q30"}, new int[] {4}, new int[] {6}, text.length());
  }
}
