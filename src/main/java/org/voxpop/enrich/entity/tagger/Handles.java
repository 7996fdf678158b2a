package org.voxpop.enrich.entity.tagger;

/**
 * Twitter-style account handles: "@name", or a lone "@" and the token after it (how some corpora
 * tokenise them). The tagger never labels them: an account is not a name in the text, and the
 * entity recogniser resolves handles on its own.
 */
final class Handles {

  private Handles() {}

  /** Whether token {@code i} is (part of) a handle. */
  static boolean isHandle(String[] words, int i) {
    String w = words[i];
    if (w.length() > 1 && w.charAt(0) == '@') {
      return true;
    }
    if (w.equals("@")) {
      return i + 1 < words.length;
    }
    return i > 0 && words[i - 1].equals("@");
  }
}
