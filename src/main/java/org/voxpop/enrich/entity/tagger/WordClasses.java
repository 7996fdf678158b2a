package org.voxpop.enrich.entity.tagger;

/**
 * What unlabelled text says about a word: its word-cluster path (words used alike share long
 * prefixes), its embedding path (words whose word vectors lie close share long prefixes) and how it
 * is usually written (mostly in lower case, like "is", or capitalised, like "Reagan"). The cluster
 * paths and the case counts are learned by commands of ours from text we have, the embedding paths
 * by a command of ours from GloVe's word vectors (docs/entities.md); never from labels.
 */
public interface WordClasses {

  /**
   * What is known of one word.
   *
   * @param path the cluster path ("0110…"), or "" when the word has none
   * @param caseRatio how often the word is written in lower case rather than capitalised, as a
   *     small bucket number (negative: mostly capitalised), or {@link #UNKNOWN}
   * @param embeddingPath the word's path in the tree of the word vectors ("0110…"), or ""
   */
  record WordClass(String path, int caseRatio, String embeddingPath) {}

  /** {@link WordClass#caseRatio} of a word the text never had. */
  int UNKNOWN = Integer.MIN_VALUE;

  /** Nothing known. */
  WordClass NOTHING = new WordClass("", UNKNOWN, "");

  /** Knows no word. */
  WordClasses NONE = key -> NOTHING;

  /**
   * What is known of a word.
   *
   * @param key the word in lower case (root locale) with its digits as 0
   */
  WordClass lookup(String key);
}
