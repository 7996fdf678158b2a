package org.voxpop.enrich.entity.tagger;

/**
 * The summed weights of each word's word-alone features ({@link FeatureExtractor.Word}), per role,
 * computed once per distinct word: words repeat (a few thousand make most of any text), and looking
 * up their fifteen-odd features in a table of a hundred thousand is what tagging time goes to.
 * Thread safe; holds at most {@link #MAX_WORDS} words, then computes the rest each time.
 */
final class WordCache {

  static final int MAX_WORDS = 100_000;

  private final WordMemo<ScoredWord> words = new WordMemo<>(MAX_WORDS, this::score);
  private final TaggerModel model;
  private final FeatureExtractor fx;

  /** The boundary's scores in the four neighbour roles. */
  private final float[] boundary;

  WordCache(TaggerModel model, FeatureExtractor fx) {
    this.model = model;
    this.fx = fx;
    long[][] b = FeatureExtractor.boundaries();
    this.boundary = new float[4 * Labels.COUNT];
    for (int r = 0; r < 4; r++) {
      model.sum(b[r], boundary, r * Labels.COUNT);
    }
  }

  ScoredWord get(String w) {
    return words.get(w);
  }

  /** A word's scores, computed afresh (for callers that keep their own per-word records). */
  ScoredWord score(String w) {
    FeatureExtractor.Word word = fx.word(w);
    float[] scores = new float[5 * Labels.COUNT];
    model.sum(word.self(), scores, 0);
    model.sum(word.asPrev(), scores, Labels.COUNT);
    model.sum(word.asNext(), scores, 2 * Labels.COUNT);
    model.sum(word.asPrev2(), scores, 3 * Labels.COUNT);
    model.sum(word.asNext2(), scores, 4 * Labels.COUNT);
    return new ScoredWord(word, scores);
  }

  /**
   * The sentence boundary's scores in the four neighbour roles, {@code COUNT} values each, in
   * {@link ScoredWord} order from "as previous" (so role {@code r} of {@link ScoredWord} is at
   * {@code (r - 1) * COUNT}). Shared: do not write to it.
   */
  float[] boundaryScores() {
    return boundary;
  }
}
