package org.voxpop.enrich.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one normalisation names are matched by, and the word pieces of a name. */
final class Text {

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Whether {@code s} has a word piece at all (whether {@link #tokens} of it is not empty). */
  static boolean hasWordChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isWordChar(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Lower case (root locale), diacritics removed: the key every name is matched by. */
  static String normalize(String s, int b, int e) {
    boolean ascii = true;
    boolean lower = true;
    for (int i = b; i < e; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        ascii = false;
        break;
      }
      if (c >= 'A' && c <= 'Z') {
        lower = false;
      }
    }
    if (ascii) {
      if (lower) {
        return s.substring(b, e);
      }
      char[] out = new char[e - b];
      for (int i = b; i < e; i++) {
        char c = s.charAt(i);
        out[i - b] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
      }
      return new String(out);
    }
    if (latin(s, b, e)) {
      StringBuilder sb = new StringBuilder(e - b);
      for (int i = b; i < e; i++) {
        sb.append(FOLD[s.charAt(i)]);
      }
      return sb.toString();
    }
    String d = Normalizer.normalize(s.substring(b, e), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    // Dotless and dotted i fold to plain i whatever the locale, so Turkish text still matches.
    return sb.toString().toLowerCase(Locale.ROOT).replace('ı', 'i');
  }

  /** Folded forms of Latin letters (up to Latin Extended-B), computed once: NFKD is slow. */
  private static final String[] FOLD = new String[0x250];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
      StringBuilder sb = new StringBuilder(2);
      for (int i = 0; i < d.length(); i++) {
        if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
          sb.append(d.charAt(i));
        }
      }
      FOLD[c] = sb.toString().toLowerCase(Locale.ROOT).replace('ı', 'i');
    }
  }

  private static boolean latin(String s, int b, int e) {
    for (int i = b; i < e; i++) {
      if (s.charAt(i) >= FOLD.length) {
        return false;
      }
    }
    return true;
  }

  /** The normalised tokens of a name, as the gazetteer stores it. */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>(4);
    int len = name.length();
    int i = 0;
    while (i < len) {
      if (!isWordChar(name.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      while (i < len && isWordChar(name.charAt(i))) {
        i++;
      }
      out.add(normalize(name, b, i));
    }
    return out;
  }

  /** The tokens of a gazetteer name; a leading "the" is no part of the name ("the BBC"). */
  static List<String> nameTokens(String name) {
    List<String> t = tokens(name);
    if (t.size() > 1 && t.get(0).equals("the")) {
      return t.subList(1, t.size());
    }
    return t;
  }

  /**
   * The spelling-free pieces of an Arabic place name, so that the spellings of one name meet: the
   * gazetteer's places carry GeoNames' BGN/PCGN romanisation ("Khān Shaykhūn", "Jisr ash Shughūr",
   * "Al Mayādīn", "Ḩadīthah"), newswire its own ("Khan Sheikhoun", "Jisr al-Shughur",
   * "al-Mayadeen", "Haditha"). Marks of ayn and hamza are dropped ("Rif‘at", "Rifaat"), every form
   * of the article is "al" ("ash", "ez", "el"), and {@link #romanise} folds each piece's vowels.
   */
  static List<String> romanisedPieces(String name) {
    StringBuilder sb = null;
    for (int i = 0; i < name.length(); i++) {
      if (isArabicMark(name.charAt(i))) {
        if (sb == null) {
          sb = new StringBuilder(name.length()).append(name, 0, i);
        }
      } else if (sb != null) {
        sb.append(name.charAt(i));
      }
    }
    List<String> t = tokens(sb == null ? name : sb.toString());
    List<String> out = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      String p = t.get(i);
      // An article is one only before the rest of the name: "Tall" alone is no "al".
      out.add(i < t.size() - 1 && ARTICLES.contains(p) ? "al" : romanise(p));
    }
    return out;
  }

  /**
   * The romanised pieces of one token of a text: as {@link #romanisedPieces}, where an article
   * written apart ("Jisr esh Shughur", "Deir ez Zor") is the "al" of the name it opens.
   */
  static List<String> romanisedTokenPieces(String token) {
    List<String> raw = tokens(token);
    return raw.size() == 1 && ARTICLES.contains(raw.get(0))
        ? List.of("al")
        : romanisedPieces(token);
  }

  /** Forms of the Arabic article, assimilated or not, as romanisations write them. */
  private static final java.util.Set<String> ARTICLES =
      java.util.Set.of(
          "al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er",
          "es", "esh", "et", "ez");

  /** Ayn and hamza as romanisations write them, and the apostrophes that stand for them. */
  private static boolean isArabicMark(char c) {
    return c == '\'' || c == '‘' || c == '’' || c == 'ʿ' || c == 'ʾ' || c == 'ʻ' || c == 'ʼ'
        || c == '`' || c == '´';
  }

  /**
   * One normalised piece with its vowels folded the way English spellings of Arabic names vary:
   * "ei", "ey" and "ai" are "ay" (Sheikh, Shaykh; Qaryatain, Qaryatayn), "ou", "oo" and "o" are "u"
   * (Sheikhoun, Shaykhun), "ee" and "e" are "i" (Mayadeen, Mayadin; Saraqeb, Saraqib), "au" is
   * "aw", a final "ah" is "a" (Hadithah, Haditha), and doubled letters are one (Tall, Tal).
   */
  static String romanise(String piece) {
    StringBuilder sb = new StringBuilder(piece.length());
    int n = piece.length();
    for (int i = 0; i < n; i++) {
      char c = piece.charAt(i);
      char next = i + 1 < n ? piece.charAt(i + 1) : 0;
      if ((c == 'e' && (next == 'i' || next == 'y')) || (c == 'a' && next == 'i')) {
        sb.append("ay");
        i++;
      } else if (c == 'a' && next == 'u') {
        sb.append("aw");
        i++;
      } else if (c == 'o' && (next == 'u' || next == 'o')) {
        sb.append('u');
        i++;
      } else if (c == 'e' && next == 'e') {
        sb.append('i');
        i++;
      } else if (c == 'o') {
        sb.append('u');
      } else if (c == 'e') {
        sb.append('i');
      } else {
        sb.append(c);
      }
    }
    int len = sb.length();
    if (len > 3 && sb.charAt(len - 1) == 'h' && sb.charAt(len - 2) == 'a') {
      sb.setLength(len - 1);
    }
    return collapse(sb.toString());
  }

  /** Doubled letters collapsed: "Allepo" and "Aleppo" both become "alepo". */
  static String collapse(String norm) {
    StringBuilder sb = new StringBuilder(norm.length());
    char last = 0;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (c != last) {
        sb.append(c);
      }
      last = c;
    }
    return sb.toString();
  }

  static String key(String name) {
    return String.join(" ", nameTokens(name));
  }

  /** Letters and digits of a name, case kept: "U.S." and "US" compare equal. */
  static String letters(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
