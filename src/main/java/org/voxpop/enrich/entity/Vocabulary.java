package org.voxpop.enrich.entity;

import java.util.concurrent.ConcurrentHashMap;
import org.voxpop.enrich.entity.tagger.EntityTagger;
import org.voxpop.enrich.entity.tagger.ScoredWord;

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

  private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
  private final Gazetteer gazetteer;
  private final EntityTagger tagger;

  /**
   * @param tagger the tagger whose scores are kept (only its scores may be given back to it)
   */
  Vocabulary(Gazetteer gazetteer, EntityTagger tagger) {
    this.gazetteer = gazetteer;
    this.tagger = tagger;
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
    Word w = words.get(token);
    if (w == null) {
      w = new Word(gazetteer.viewOf(token), tagger.score(token));
      if (words.size() < MAX_WORDS) {
        words.putIfAbsent(token, w);
      }
    }
    return w;
  }
}
