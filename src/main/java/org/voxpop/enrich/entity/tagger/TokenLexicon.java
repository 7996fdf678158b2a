package org.voxpop.enrich.entity.tagger;

/**
 * What a dictionary knows of a sentence's tokens, as feature codes: for instance that tokens 3 and
 * 4 begin and end a country's name ({@code "B-country"}, {@code "L-country"}). The tagger learns
 * how far to trust each code; it never sees the dictionary itself, so the entity package's
 * gazetteer plugs in here without this package depending on it.
 */
@FunctionalInterface
public interface TokenLexicon {

  /** A lexicon that knows nothing. */
  TokenLexicon NONE = words -> new String[words.length][0];

  /**
   * The codes of each token of one sentence.
   *
   * @param words the tokens as written
   * @return one array per token (empty where nothing is known), never null
   */
  String[][] codes(String[] words);
}
