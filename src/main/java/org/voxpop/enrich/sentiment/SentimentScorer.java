package org.voxpop.enrich.sentiment;

import java.util.List;
import java.util.Locale;

/** STUB: replaced by the sentiment branch. */
public final class SentimentScorer {
  public static SentimentScorer create() { return new SentimentScorer(); }
  public DocumentSentiment score(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    double c = (t.contains("good") || t.contains("love") ? 0.5 : 0) - (t.contains("stupid") || t.contains("messed") || t.contains("kill") ? 0.6 : 0);
    return new DocumentSentiment(List.of(new SentenceSentiment(0, text.length(), c, 0, 1, 0)), c, 0, 1, 0, SentimentLabel.of(c));
  }
}
