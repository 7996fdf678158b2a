package org.voxpop.enrich.entity.tagger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the tokens the tagger was trained on, close to the Penn Treebank conventions of
 * CoNLL-2003 ("Assad's" is "Assad" + "'s", "don't" is "do" + "n't", "U.S." and "Corp." keep their
 * period, punctuation stands alone) and of tweet corpora ("@user", "#tag" and web addresses are one
 * token), and groups the tokens into sentences.
 *
 * <p>Text written as tokens separated by spaces (an evaluation file joined back) comes out as the
 * same tokens. Offsets always point into the original text. Stateless and thread safe.
 */
public final class Tokenizer {

  /** Longest sentence handed to the tagger; longer runs (comments without full stops) are cut. */
  static final int MAX_SENTENCE = 200;

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "jr", "sr", "mt", "ft", "corp", "inc", "co", "ltd", "bros",
          "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm", "prof", "rev",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
          "vs", "etc", "cf", "messrs", "dept", "univ", "assn", "ave", "blvd", "approx", "est",
          "fig");
  private static final String[] CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m"};

  private Tokenizer() {}

  /** The tokens and sentences of a text. */
  public static Tokens tokenize(String text) {
    int cap = Math.max(16, text.length() / 3);
    int[] st = new int[cap];
    int[] en = new int[cap];
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int ce = i;
      while (ce < len && !isSpace(text.charAt(ce))) {
        ce++;
      }
      // One whitespace-separated chunk: split it into tokens.
      int p = i;
      while (p < ce) {
        int q = nextToken(text, p, i, ce);
        if (n == st.length) {
          st = Arrays.copyOf(st, n * 2);
          en = Arrays.copyOf(en, n * 2);
        }
        st[n] = p;
        en[n] = q;
        n++;
        p = q;
      }
      i = ce;
    }
    return new Tokens(text, Arrays.copyOf(st, n), Arrays.copyOf(en, n), sentences(text, st, en, n));
  }

  private static boolean isSpace(char c) {
    if (c < 128) {
      // What the two JDK tests below say for ASCII, without their table lookups.
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  /** The end of the token that starts at {@code p} inside the chunk ending at {@code ce}. */
  private static int nextToken(String s, int p, int cs, int ce) {
    char c = s.charAt(p);
    // "@name" at the start of a chunk or after punctuation; "someone@example.com" is no handle.
    if ((c == '@' || c == '#')
        && (p == cs || !isWordChar(s.charAt(p - 1)))
        && p + 1 < ce
        && (isWordChar(s.charAt(p + 1)) || s.charAt(p + 1) == '_')) {
      int j = p + 1;
      while (j < ce && (isWordChar(s.charAt(j)) || s.charAt(j) == '_')) {
        j++;
      }
      return j;
    }
    if (startsWithUrl(s, p, ce)) {
      int j = ce;
      while (j > p + 1 && ".,;:!?)]}\"'’”".indexOf(s.charAt(j - 1)) >= 0) {
        j--;
      }
      return j;
    }
    if (c == '\'' || c == '’') {
      for (String cl : CLITICS) {
        int e = p + cl.length();
        if (e <= ce
            && s.regionMatches(true, p + 1, cl, 1, cl.length() - 1)
            && (e == ce || !isWordChar(s.charAt(e)))) {
          return e;
        }
      }
    }
    if (!isWordChar(c)) {
      int j = p + 1;
      if (Character.isHighSurrogate(c) && j < ce && Character.isLowSurrogate(s.charAt(j))) {
        return j + 1;
      }
      while (j < ce && s.charAt(j) == c) {
        j++;
      }
      return j;
    }
    int j = p + 1;
    boolean apostrophe = false;
    while (j < ce) {
      char d = s.charAt(j);
      if (isWordChar(d)) {
        j++;
        continue;
      }
      boolean nextWord = j + 1 < ce && isWordChar(s.charAt(j + 1));
      if (nextWord && (d == '-' || d == '\'' || d == '’' || d == '.' || d == '&' || d == '_')) {
        apostrophe |= d == '\'' || d == '’';
        j++;
        continue;
      }
      if (nextWord
          && (d == ',' || d == ':' || d == '/')
          && Character.isDigit(s.charAt(j - 1))
          && Character.isDigit(s.charAt(j + 1))) {
        j++;
        continue;
      }
      break;
    }
    // "n't" and "'s" are tokens of their own, as in the training corpora.
    // Only an apostrophe inside the token can start a clitic.
    int clitic = apostrophe ? cliticStart(s, p, j) : -1;
    if (clitic > p) {
      return clitic;
    }
    if (j < ce
        && s.charAt(j) == '.'
        && (j + 1 == ce || s.charAt(j + 1) != '.')
        && abbreviation(s, p, j)) {
      return j + 1;
    }
    return j;
  }

  private static int cliticStart(String s, int p, int j) {
    int len = j - p;
    if (len > 3
        && (s.charAt(j - 2) == '\'' || s.charAt(j - 2) == '’')
        && (s.charAt(j - 3) == 'n' || s.charAt(j - 3) == 'N')
        && (s.charAt(j - 1) == 't' || s.charAt(j - 1) == 'T')) {
      return j - 3;
    }
    for (String cl : CLITICS) {
      int b = j - cl.length();
      if (b > p
          && (s.charAt(b) == '\'' || s.charAt(b) == '’')
          && s.regionMatches(true, b + 1, cl, 1, cl.length() - 1)) {
        return b;
      }
    }
    return -1;
  }

  private static boolean abbreviation(String s, int p, int j) {
    if (j - p == 1 && Character.isLetter(s.charAt(p))) {
      return true; // an initial: "J."
    }
    for (int k = p; k < j; k++) {
      if (s.charAt(k) == '.') {
        return true; // "U.S" + "."
      }
    }
    return j - p <= 5 && ABBREVIATIONS.contains(s.substring(p, j).toLowerCase(Locale.ROOT));
  }

  private static boolean startsWithUrl(String s, int p, int ce) {
    return s.startsWith("http://", p)
        || s.startsWith("https://", p)
        || (s.startsWith("www.", p) && ce - p > 5);
  }

  /**
   * Whether most words of tokens {@code from..to} are written in capitals (a headline, an angry
   * comment), where a capital says little about names.
   */
  public static boolean shouted(String[] words, int from, int to) {
    return FeatureExtractor.headline(java.util.Arrays.copyOfRange(words, from, to));
  }

  /**
   * Sentence starts: after terminal punctuation before a capital, digit or quote; at paragraphs.
   */
  private static int[] sentences(String s, int[] st, int[] en, int n) {
    int[] starts = new int[Math.max(1, n)];
    int k = 0;
    if (n > 0) {
      starts[k++] = 0;
    }
    int last = 0;
    for (int t = 1; t < n; t++) {
      boolean split = false;
      char p = s.charAt(st[t - 1]);
      boolean terminal =
          en[t - 1] - st[t - 1] >= 1
              && (p == '.' || p == '!' || p == '?' || p == '…')
              && !isWordChar(s.charAt(en[t - 1] - 1));
      char c = s.charAt(st[t]);
      if (terminal
          && (Character.isUpperCase(c)
              || Character.isDigit(c)
              || p == '!'
              || p == '?'
              || c == '"'
              || c == '“'
              || c == '\''
              || c == '('
              || !Character.isLetter(c))) {
        split = true;
      }
      if (!split && paragraph(s, en[t - 1], st[t])) {
        split = true;
      }
      if (!split && t - last >= MAX_SENTENCE) {
        split = true;
      }
      if (split) {
        starts[k++] = t;
        last = t;
      }
    }
    return Arrays.copyOf(starts, k);
  }

  /** A blank line or a line break followed by indentation: newswire's paragraph mark. */
  private static boolean paragraph(String s, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      if (s.charAt(i) == '\n') {
        return true; // something (a blank, an indent) follows the line break before the token
      }
    }
    return false;
  }
}
