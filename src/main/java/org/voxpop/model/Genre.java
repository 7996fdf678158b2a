package org.voxpop.model;

/**
 * The kind of writing a text is. The entity tagger reads each with weights of its own (trained
 * together, see {@code docs/entities.md}): a capital letter, a lone surname or a lower-case word
 * mean different things in an edited article and in a tweet.
 */
public enum Genre {
  /** Edited text: news articles, their titles, reports, encyclopaedia text. */
  NEWS,
  /** What people write online with its marks: tweets, posts with handles, hashtags and links. */
  SOCIAL,
  /**
   * Writing between the two, or not known: reader comments written with care, a sentence given
   * alone. Read by a tagger trained on both genres without telling them apart.
   */
  MIXED
}
