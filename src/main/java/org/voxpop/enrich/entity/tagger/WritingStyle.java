package org.voxpop.enrich.entity.tagger;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voxpop.model.Genre;

/**
 * Tells the genre of text whose genre nobody stated. A corpus file is social when at least one
 * sentence in ten has a mark: a handle, hashtag or link, a spelling no editor lets through ("i",
 * "u", "dont"), or a lower-case opening. Edited news has such a mark in about one sentence in fifty
 * (sports tables, quoted lower-case words), social text in one in four or more (CoNLL-2003 train
 * and dev 2.3% and 1.5%, wikigold 0.4%; WNUT-17 train and dev 77% and 24%, BTC train and dev 60%
 * and 59%). One text is social only with a handle, hashtag or link, and otherwise {@link
 * Genre#MIXED}: it is too short for a share of sentences to mean anything.
 */
public final class WritingStyle {

  /** Share of sentences with a mark from which a corpus is read as social. */
  static final double SOCIAL_SHARE = 0.1;

  private static final Set<String> INFORMAL =
      Set.of("i", "u", "ur", "im", "lol", "dont", "cant", "omg", "gonna", "wanna");

  private WritingStyle() {}

  /** The genre of a corpus, news or social, from its sentences' tokens. */
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

  /**
   * A handle, hashtag or link: marks of the platform itself, not of a writer's style. A hashtag has
   * a letter ("#1" is a rank), a link its scheme or "www.".
   */
  private static boolean platformMark(String token) {
    if (token.length() > 1 && token.charAt(0) == '@') {
      return true;
    }
    if (token.length() > 1 && token.charAt(0) == '#') {
      return token.codePoints().skip(1).anyMatch(Character::isLetter);
    }
    String lower = token.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.");
  }

  private static boolean marked(String[] sentence) {
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
    // "I" is standard English; "Dont", "LOL" and "U" are not.
    return !token.equals("I") && INFORMAL.contains(token.toLowerCase(Locale.ROOT));
  }
}
