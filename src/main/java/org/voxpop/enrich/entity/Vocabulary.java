package org.voxpop.enrich.entity;

import org.voxpop.enrich.entity.tagger.EntityTagger;
import org.voxpop.enrich.entity.tagger.ScoredWord;
import org.voxpop.enrich.entity.tagger.WordMemo;

/**
 * One record per distinct word of the texts recognised: what the gazetteer knows of it (its {@link
 * Gazetteer.TokenView}) and what the tagger makes of it on its own ({@link ScoredWord}), looked up
 * once per token for both. Words repeat (a few thousand make most of any text), so the record is
 * made once; a hash look-up per token and per consumer was a tenth of recognition's time. Thread
 * safe; holds at most {@link #MAX_WORDS} words, then makes the rest each time.
 */
final class Vocabulary {

  static final int MAX_WORDS = 100_000;

  /** A word's record; {@code view} and {@code scored} are shared, read only. */
  record Word(Gazetteer.TokenView view, ScoredWord scored) {}

  private final WordMemo<Word> words;

  /**
   * @param tagger the tagger whose scores are kept (only its scores may be given back to it)
   */
  Vocabulary(Gazetteer gazetteer, EntityTagger tagger) {
    this.words = new WordMemo<>(MAX_WORDS, t -> new Word(gazetteer.viewOf(t), tagger.score(t)));
  }

  /** The records of a text's tokens, in order. */
  Word[] words(String[] tokens) {
    Word[] out = new Word[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = word(tokens[i]);
    }
    return out;
  }

  Word word(String token) {
    return words.get(token);
  }
}
