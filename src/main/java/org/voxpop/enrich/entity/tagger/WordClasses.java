package org.voxpop.enrich.entity.tagger;

/**
 * What unlabelled text says about a word: its word-cluster path (words used alike share long
 * prefixes) and how it is usually written (mostly in lower case, like "is", or capitalised, like
 * "Reagan"). Both are learned by a command of ours from text we have, never from labels.
 */
public interface WordClasses {

  /** {@link #caseRatio} of a word the text never had. */
  int UNKNOWN = Integer.MIN_VALUE;

  /** Knows no word. */
  WordClasses NONE = new WordClasses() {
    @Override
    public String path(String word) {
      return "";
    }

    @Override
    public int caseRatio(String word) {
      return UNKNOWN;
    }
  };

  /** The cluster path ("0110…") of the word, or "" when it has none. */
  String path(String word);

  /**
   * How often the word is written in lower case rather than capitalised, as a small bucket
   * number (negative: mostly capitalised), or {@link #UNKNOWN}.
   */
  int caseRatio(String word);
}
