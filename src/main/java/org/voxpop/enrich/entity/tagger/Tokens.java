package org.voxpop.enrich.entity.tagger;

import java.util.Objects;

/**
 * Tokens of a text with their character offsets, grouped into sentences.
 *
 * @param text the original text
 * @param start offset of each token's first char
 * @param end offset after each token's last char
 * @param sentenceStarts the first token of each sentence, ascending, starting with 0 (empty for a
 *     text without tokens)
 * @param words each token as written, made once: every pass over the text then shares the same
 *     strings, and with them each string's cached hash code (the gazetteer's and the tagger's
 *     per-word caches are hash maps keyed by the token)
 */
public record Tokens(String text, int[] start, int[] end, int[] sentenceStarts, String[] words) {

  public Tokens {
    Objects.requireNonNull(text, "text");
    if (words.length != start.length) {
      throw new IllegalArgumentException(words.length + " words for " + start.length + " tokens");
    }
  }

  /** The tokens of {@code text} at these offsets. */
  public Tokens(String text, int[] start, int[] end, int[] sentenceStarts) {
    this(text, start, end, sentenceStarts, substrings(text, start, end));
  }

  private static String[] substrings(String text, int[] start, int[] end) {
    String[] out = new String[start.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = text.substring(start[i], end[i]);
    }
    return out;
  }

  /** Number of tokens. */
  public int size() {
    return start.length;
  }

  /** The token as written. */
  public String token(int i) {
    return words[i];
  }

  /** One past the last token of sentence {@code s}. */
  public int sentenceEnd(int s) {
    return s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : start.length;
  }
}
