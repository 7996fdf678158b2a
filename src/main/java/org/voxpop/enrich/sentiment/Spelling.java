package org.voxpop.enrich.sentiment;

/**
 * Undoes the spellings that abusive words take to get past filters and to shout: letters stretched
 * ("scuuuum"), dotted like an acronym ("F.A.G"), digits and symbols for letters ("sc4m", "$cum",
 * "1diot"). Used only for look-ups in the abuse lexicon, after the word as written found nothing;
 * the scorer then accepts only an exact entry of three letters or more (and for a dotted word only
 * a slur), so that initials and ratings ("BBB", "P.O.S.") stay words.
 */
final class Spelling {
  private Spelling() {}

  /**
   * The word with dots between single letters removed, digits and symbols inside letters read as
   * letters, and runs of three or more equal letters cut to one; the word itself when none of these
   * applies. Lower case in, lower case out.
   */
  static String plain(String w) {
    int n = w.length();
    if (n < 3 || !respelled(w)) {
      return w; // the common case, without building a string: runs for every unknown word
    }
    StringBuilder b = new StringBuilder(n);
    boolean letters = false;
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      if (c == '.'
          && i > 0
          && i + 1 < n
          && Character.isLetter(w.charAt(i - 1))
          && Character.isLetter(w.charAt(i + 1))) {
        continue; // "f.a.g": a dotted acronym of a word
      }
      char l = leet(c, w, i);
      letters |= Character.isLetter(l);
      b.append(l);
    }
    if (!letters) {
      return w;
    }
    // runs of three or more: "scuuuum" -> "scum"; two stay ("moon", "kill")
    StringBuilder r = new StringBuilder(b.length());
    for (int i = 0; i < b.length(); ) {
      int j = i;
      while (j < b.length() && b.charAt(j) == b.charAt(i)) {
        j++;
      }
      r.append(b.charAt(i));
      if (j - i == 2) {
        r.append(b.charAt(i));
      }
      i = j;
    }
    return r.toString();
  }

  /**
   * Whether {@link #plain} changes the word: a dot between letters, a digit or symbol it reads as a
   * letter, or three equal characters in a row. Exactly these, so that a word it leaves alone
   * ("don't", "4000-5000", "so-called") costs no string; when none of the first two applies, the
   * runs of {@link #plain} are the word's own.
   */
  private static boolean respelled(String w) {
    int n = w.length();
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      if (i >= 2 && c == w.charAt(i - 1) && c == w.charAt(i - 2)) {
        return true;
      }
      if (Character.isLetter(c)) {
        continue;
      }
      if (c == '.'
          && i > 0
          && i + 1 < n
          && Character.isLetter(w.charAt(i - 1))
          && Character.isLetter(w.charAt(i + 1))) {
        return true;
      }
      if (leet(c, w, i) != c) {
        return true;
      }
    }
    return false;
  }

  /** Every run of equal letters cut to one: "creaturre" -> "creature" after {@link #plain}. */
  static String collapsed(String w) {
    StringBuilder r = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
        r.append(w.charAt(i));
      }
    }
    return r.toString();
  }

  /** A digit or symbol between letters (or at a word's start before letters) read as a letter. */
  private static char leet(char c, String w, int i) {
    boolean letterNear =
        (i > 0 && Character.isLetter(w.charAt(i - 1)))
            || (i + 1 < w.length() && Character.isLetter(w.charAt(i + 1)));
    if (!letterNear) {
      return c;
    }
    return switch (c) {
      case '0' -> 'o';
      case '1', '!' -> 'i';
      case '3' -> 'e';
      case '4', '@' -> 'a';
      case '5', '$' -> 's';
      case '7' -> 't';
      default -> c;
    };
  }
}
