package org.voxpop.enrich.sentiment;

/** STUB: replaced by the sentiment branch. */
public final class StanceScorer {
  public static StanceScorer create() { return new StanceScorer(); }
  public double stance(String text, DocumentSentiment scored, int start, int end) {
    for (SentenceSentiment s : scored.sentences()) if (s.start() <= start && end <= s.end()) return s.compound();
    return scored.compound();
  }
}
