package org.voxpop.enrich.entity.tagger;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voxpop.model.Genre;

/**
 * Tells social text from edited text by its marks, for text whose genre nobody stated (a corpus
 * file, a text given alone): a handle, hashtag or link, a spelling no editor lets through ("i",
 * "u", "dont"), and, in a corpus, sentences opened in lower case. Edited news has such a mark in
 * about one sentence in fifty (sports tables, quoted lower-case words), social text in one in four
 * or more (CoNLL-2003 train and dev 2.3% and 1.5%, wikigold 0.4%; WNUT-17 train and dev 77% and
 * 24%, BTC train and dev 60% and 59%).
 */
public final class WritingStyle {

  /** Share of sentences with a mark from which a text is read as social. */
  static final double SOCIAL_SHARE = 0.1;

  private static final Set<String> INFORMAL =
      Set.of("i", "u", "ur", "im", "lol", "dont", "cant", "omg", "gonna", "wanna");

  private WritingStyle() {}

  /** The genre of a text or corpus, from its sentences' tokens. */
  public static Genre of(List<String[]> sentences) {
    if (sentences.isEmpty()) {
      return Genre.NEWS;
    }
    int marked = 0;
    for (String[] s : sentences) {
      if (marked(s)) {
        marked++;
      }
    }
    return marked >= SOCIAL_SHARE * sentences.size() ? Genre.SOCIAL : Genre.NEWS;
  }

  /**
   * The genre of one text: social when it has a handle, hashtag, link or informal spelling, mixed
   * otherwise (one text is too short to tell careful comments from news, and a sentence opened in
   * lower case may be a quoted fragment).
   */
  public static Genre of(Tokens tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (marks(tokens.token(i), false)) {
        return Genre.SOCIAL;
      }
    }
    return Genre.MIXED;
  }

  static boolean marked(String[] sentence) {
    for (int i = 0; i < sentence.length; i++) {
      if (marks(sentence[i], i == 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean marks(String token, boolean first) {
    if (token.isEmpty()) {
      return false;
    }
    char c = token.charAt(0);
    if ((c == '@' || c == '#') && token.length() > 1) {
      return true;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http") || lower.startsWith("www.")) {
      return true;
    }
    if (first && Character.isLowerCase(c)) {
      return true;
    }
    return INFORMAL.contains(token);
  }
}
