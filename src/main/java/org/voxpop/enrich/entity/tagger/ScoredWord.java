package org.voxpop.enrich.entity.tagger;

/**
 * What the tagger makes of one word on its own: the word-alone features ({@link
 * FeatureExtractor.Word}) and their summed weights in each of the word's five roles. Got from
 * {@link EntityTagger#score}; a caller that keeps its own per-word record (the entity package keeps
 * the gazetteer's facts of a word beside it) caches it there, so that a word is looked up once for
 * both. Only for the tagger that made it. Immutable.
 */
public final class ScoredWord {

  private final FeatureExtractor.Word word;
  private final float[] scores;

  /**
   * @param word its features (for the ones that look at more than one word)
   * @param scores the summed label scores of its five roles, {@code COUNT} values each, in {@link
   *     FeatureExtractor.Word} order: self, as previous, as next, as second previous, as second
   *     next
   */
  ScoredWord(FeatureExtractor.Word word, float[] scores) {
    this.word = word;
    this.scores = scores;
  }

  FeatureExtractor.Word word() {
    return word;
  }

  /** Shared: do not write to it. */
  float[] scores() {
    return scores;
  }
}
