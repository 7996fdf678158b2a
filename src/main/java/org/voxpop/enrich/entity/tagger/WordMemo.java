package org.voxpop.enrich.entity.tagger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a computation makes of each distinct word, kept once made. Words repeat (a few thousand make
 * most of any text), so tagging and linking keep their per-word answers here. Thread safe; holds at
 * most {@code capacity} words, then computes the rest each time, so memory stays bounded on text of
 * any vocabulary.
 *
 * @param <V> the answer for a word; shared between threads, so read only
 */
public final class WordMemo<V> {

  private final ConcurrentHashMap<String, V> answers = new ConcurrentHashMap<>();
  private final int capacity;
  private final Function<String, V> make;

  /**
   * @param capacity the most words kept
   * @param make the answer for a word, a pure function of it
   */
  public WordMemo(int capacity, Function<String, V> make) {
    this.capacity = capacity;
    this.make = make;
  }

  /** The answer for {@code word}: kept, or made (and kept while there is room). */
  public V get(String word) {
    V v = answers.get(word);
    if (v == null) {
      v = make.apply(word);
      if (answers.size() < capacity) {
        answers.putIfAbsent(word, v);
      }
    }
    return v;
  }
}
