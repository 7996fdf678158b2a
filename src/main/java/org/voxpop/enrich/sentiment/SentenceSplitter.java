package org.voxpop.enrich.sentiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits reader-comment text into sentences, as {@code [start, end)} offset pairs into the original
 * text. Built for the text comments are made of: runs such as "…..", "...", "!!!" and "?!" always
 * end a sentence (even before a lower-case word); a single "." ends one before white space and a
 * capital, digit or quote, or glued to a capital ("world.The"), but not after a known abbreviation
 * or a single letter ("U.S. troops", "Mr. Smith"); a line break always ends one. A piece with no
 * letter or digit (a stray "!!") is merged into the sentence before it.
 */
final class SentenceSplitter {
  private SentenceSplitter() {}

  private static final Set<String> ABBREVIATIONS =
      Lexicons.set(
          "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "gen",
          "gov", "sen", "rep", "col", "lt", "sgt", "capt", "no", "inc", "ltd", "co", "corp", "jan",
          "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
          "u.k", "u.n", "a.m", "p.m", "approx", "dept", "est", "fig");

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019';
  }

  /** Returns the sentences as a flat array {@code [s0, e0, s1, e1, ...]}, trimmed of spaces. */
  static int[] split(String text) {
    int[] out = new int[16];
    int n = 0;
    int len = text.length();
    int sentStart = 0;
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      int cut = -1;
      int next = -1;
      if (c == '\n' || c == '\r') {
        cut = i;
        next = i + 1;
      } else if (isTerminal(c)) {
        int j = i;
        boolean strong = false;
        while (j < len && isTerminal(text.charAt(j))) {
          if (text.charAt(j) != '.' || j > i) {
            strong = true;
          }
          j++;
        }
        while (j < len && isCloser(text.charAt(j))) {
          j++;
        }
        if (strong || endsSentenceAtDot(text, sentStart, i, j)) {
          cut = j;
          next = j;
        } else {
          i = j;
          continue;
        }
      }
      if (cut >= 0) {
        n = add(text, sentStart, cut, out, n);
        out = n + 2 > out.length ? Arrays.copyOf(out, out.length * 2) : out;
        sentStart = next;
        i = next;
      } else {
        i++;
      }
    }
    n = add(text, sentStart, len, out, n);
    return Arrays.copyOf(out, n);
  }

  private static boolean endsSentenceAtDot(String text, int sentStart, int dot, int after) {
    int len = text.length();
    if (after >= len) {
      return true;
    }
    char next = text.charAt(after);
    // the word before the dot
    // the word before the dot; abbreviations are short, so look back at most 12 characters
    // (an unbounded look-back would make "x.x.x.x..." quadratic)
    int w = dot;
    while (w > sentStart && dot - w < 12 && !Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
    while (!word.isEmpty() && !Character.isLetterOrDigit(word.charAt(0))) {
      word = word.substring(1);
    }
    if (Character.isWhitespace(next)) {
      int k = after;
      while (k < len && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') {
        k++;
      }
      if (k >= len || text.charAt(k) == '\n') {
        return true;
      }
      char c = text.charAt(k);
      if (word.length() == 1 && Character.isLetter(word.charAt(0))
          || ABBREVIATIONS.contains(word)) {
        return false;
      }
      if (Character.isDigit(word.isEmpty() ? 'x' : word.charAt(word.length() - 1))
          && word.chars().allMatch(Character::isDigit)
          && word.length() <= 3
          && text.substring(sentStart, w).isBlank()) {
        return false; // a list number such as "1. "
      }
      return !Character.isLowerCase(c);
    }
    return dot > 0
        && Character.isLowerCase(text.charAt(dot - 1))
        && Character.isUpperCase(next)
        && !ABBREVIATIONS.contains(word);
  }

  private static int add(String text, int s, int e, int[] out, int n) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s == e) {
      return n;
    }
    boolean content = false;
    for (int k = s; k < e && !content; k++) {
      content =
          Character.isLetterOrDigit(text.charAt(k))
              || Character.isSurrogate(text.charAt(k))
              || text.charAt(k) >= 0x2190 && !isTerminal(text.charAt(k));
    }
    if (!content && n > 0) {
      out[n - 1] = e; // a stray "!!" belongs to the sentence before it
      return n;
    }
    out[n] = s;
    out[n + 1] = e;
    return n + 2;
  }
}
