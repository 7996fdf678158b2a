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
 */
public record Tokens(String text, int[] start, int[] end, int[] sentenceStarts) {

  public Tokens {
    Objects.requireNonNull(text, "text");
  }

  /** Number of tokens. */
  public int size() {
    return start.length;
  }

  /** The token as written. */
  public String token(int i) {
    return text.substring(start[i], end[i]);
  }

  /** One past the last token of sentence {@code s}. */
  public int sentenceEnd(int s) {
    return s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : start.length;
  }
}
