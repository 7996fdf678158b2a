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
   * The genre of one text: social when it has a handle, hashtag or link, mixed otherwise. One text
   * is too short for the share of marked sentences to mean anything: a careful commenter may write
   * "gonna" once, and a quoted fragment may open in lower case.
   */
  public static Genre of(Tokens tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (platformMark(tokens.token(i))) {
        return Genre.SOCIAL;
      }
    }
    return Genre.MIXED;
  }

  /** A handle, hashtag or link: marks of the platform itself, not of a writer's style. */
  private static boolean platformMark(String token) {
    if (token.length() > 1 && (token.charAt(0) == '@' || token.charAt(0) == '#')) {
      return true;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    return lower.startsWith("http") || lower.startsWith("www.");
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
    if (platformMark(token)) {
      return true;
    }
    if (first && Character.isLowerCase(token.charAt(0))) {
      return true;
    }
    return INFORMAL.contains(token);
  }
}
