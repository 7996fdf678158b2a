package org.voxpop.enrich.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word tokens of a text with their shape, and the one normalisation used everywhere. */
final class Text {

  static final int CAP = 1;
  static final int ALL_CAPS = 2;
  static final int LOWER = 4;
  static final int SENTENCE_START = 8;
  static final int DIGIT = 16;

  final String text;
  final int[] start;
  final int[] end;
  final String[] norm;
  final int[] flags;
  final int size;

  private Text(String text, int[] start, int[] end, String[] norm, int[] flags, int size) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.norm = norm;
    this.flags = flags;
    this.size = size;
  }

  static Text of(String s) {
    int cap = Math.max(8, s.length() / 4);
    int[] st = new int[cap];
    int[] en = new int[cap];
    int n = 0;
    int i = 0;
    int len = s.length();
    while (i < len) {
      char c = s.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int b = i;
      while (i < len && isWordChar(s.charAt(i))) {
        i++;
      }
      if (n == st.length) {
        st = java.util.Arrays.copyOf(st, n * 2);
        en = java.util.Arrays.copyOf(en, n * 2);
      }
      st[n] = b;
      en[n] = i;
      n++;
    }
    String[] norm = new String[n];
    int[] flags = new int[n];
    for (int t = 0; t < n; t++) {
      norm[t] = normalize(s, st[t], en[t]);
      flags[t] = shape(s, st[t], en[t]) | (sentenceStart(s, t == 0 ? -1 : en[t - 1], st[t]) ? SENTENCE_START : 0);
    }
    return new Text(s, st, en, norm, flags, n);
  }

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static int shape(String s, int b, int e) {
    int upper = 0;
    int lower = 0;
    int digit = 0;
    for (int i = b; i < e; i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      } else if (Character.isDigit(c)) {
        digit++;
      }
    }
    int f = 0;
    if (Character.isUpperCase(s.charAt(b))) {
      f |= CAP;
    }
    if (upper > 0 && lower == 0) {
      f |= ALL_CAPS;
    }
    if (upper == 0 && lower > 0) {
      f |= LOWER;
    }
    if (digit > 0) {
      f |= DIGIT;
    }
    return f;
  }

  /** A token starts a sentence when only sentence punctuation or a list number precedes it. */
  private static boolean sentenceStart(String s, int prevEnd, int b) {
    if (prevEnd < 0) {
      return true;
    }
    for (int i = prevEnd; i < b; i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '…' || c == ':' || c == ';') {
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

  boolean has(int t, int flag) {
    return (flags[t] & flag) != 0;
  }

  String surface(int t) {
    return text.substring(start[t], end[t]);
  }
}
