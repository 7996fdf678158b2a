package org.voxpop.enrich.sentiment;

import java.util.Arrays;
import java.util.Locale;

/**
 * The "words and emoticons" of one stretch of text, as VADER sees them, with offsets back into the
 * original text, each word's id in the {@link WordTable} (looked up once, here, for all the
 * scorers) and whether it is written in capitals. Mutable and confined to one scoring call.
 */
final class Tokens {
  final WordTable words;
  String[] raw;
  String[] lower;
  int[] start;
  int[] end;

  /** {@link WordTable#id} of each lower-case token. */
  int[] id;

  /** {@link #isUpper} of each raw token. */
  boolean[] upper;

  int size;

  Tokens(WordTable words) {
    this(words, 32);
  }

  /** Room for {@code capacity} tokens before the arrays grow. */
  Tokens(WordTable words, int capacity) {
    this.words = words;
    int c = Math.max(1, capacity);
    raw = new String[c];
    lower = new String[c];
    start = new int[c];
    end = new int[c];
    id = new int[c];
    upper = new boolean[c];
  }

  void add(String token, int s, int e) {
    add(token, token.toLowerCase(Locale.ROOT), s, e);
  }

  void add(String token, String lowerCase, int s, int e) {
    add(token, lowerCase, s, e, words.id(lowerCase), isUpper(token));
  }

  /** Adds token {@code i} of {@code other}, which shares this word table. */
  void add(Tokens other, int i) {
    add(other.raw[i], other.lower[i], other.start[i], other.end[i], other.id[i], other.upper[i]);
  }

  private void add(String token, String lowerCase, int s, int e, int wordId, boolean caps) {
    if (size == raw.length) {
      int n = size * 2;
      raw = Arrays.copyOf(raw, n);
      lower = Arrays.copyOf(lower, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      id = Arrays.copyOf(id, n);
      upper = Arrays.copyOf(upper, n);
    }
    raw[size] = token;
    lower[size] = lowerCase;
    start[size] = s;
    end[size] = e;
    id[size] = wordId;
    upper[size] = caps;
    size++;
  }

  /** Python's {@code str.isupper}: at least one cased character and no lower-case one. */
  static boolean isUpper(String s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        // ASCII, without the Unicode tables: only a-z are lower case, only A-Z upper case
        if (c >= 'a' && c <= 'z') {
          return false;
        }
        cased |= c >= 'A' && c <= 'Z';
        continue;
      }
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        cased = true;
      }
    }
    return cased;
  }

  static boolean isAsciiPunct(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }

  /** Separators that social-media text glues words with: they never belong to a word. */
  static boolean isHardSeparator(char c) {
    if (c > ' ' && c < 0x80) {
      return false; // printable ASCII: the common case, without Unicode property look-ups
    }
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u2026'
        || c == '\u2014'
        || c == '\u2013'
        || c == '\u201c'
        || c == '\u201d'
        || c == '\u2018'
        || c == '\u00ab'
        || c == '\u00bb';
  }

  /**
   * Splits {@code text[from, to)} into VADER tokens. Differences from the reference (which splits
   * on white space only) are deliberate: emoji are replaced by their lexicon description (longest
   * match, so skin-tone and flag sequences work); "…", dashes and curly quotes separate words; a
   * comma, semicolon, "!", "?" or ".." glued between two words ("truth,but", "story,When",
   * "really?!yes") separates them; a single "." between a lower-case and an upper-case letter
   * ("world.The") does too.
   */
  static Tokens tokenize(String text, int from, int to, EmojiLexicon emoji, WordTable lexicon) {
    // about one token per four characters or more: room for all of them, seldom much more
    Tokens t = new Tokens(lexicon, (to - from) / 4 + 2);
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isHardSeparator(c)) {
        i++;
        continue;
      }
      // one white-space delimited chunk, cut further at glued separators and emoji
      int s = i;
      while (i < to) {
        c = text.charAt(i);
        if (isHardSeparator(c)) {
          break;
        }
        if (c >= 0xA9 && emoji.mayStart(c)) {
          int len = emoji.matchAt(text, i, to);
          if (len > 0) {
            if (i > s) {
              addWord(t, text, s, i, lexicon);
            }
            String desc = emoji.describe(text.substring(i, i + len));
            addDescription(t, desc, i, i + len);
            i += len;
            s = i;
            continue;
          }
        }
        if ((c == ',' || c == ';' || c == '!' || c == '?' || c == '.')
            && i > s
            && Character.isLetter(text.charAt(i - 1))) {
          int j = i;
          while (j < to
              && (text.charAt(j) == ','
                  || text.charAt(j) == ';'
                  || text.charAt(j) == '!'
                  || text.charAt(j) == '?'
                  || text.charAt(j) == '.')) {
            j++;
          }
          if (j < to && Character.isLetter(text.charAt(j))) {
            boolean split;
            if (j - i == 1 && c == '.') {
              split =
                  Character.isLowerCase(text.charAt(i - 1))
                      && Character.isUpperCase(text.charAt(j));
            } else {
              split = true;
            }
            if (split) {
              addWord(t, text, s, j, lexicon);
              i = j;
              s = j;
              continue;
            }
          }
          i = j;
          continue;
        }
        i++;
      }
      if (i > s) {
        addWord(t, text, s, i, lexicon);
      }
    }
    return t;
  }

  private static void addDescription(Tokens t, String desc, int s, int e) {
    int k = 0;
    while (k < desc.length()) {
      int sp = desc.indexOf(' ', k);
      if (sp < 0) {
        sp = desc.length();
      }
      int we = sp;
      while (we > k && isAsciiPunct(desc.charAt(we - 1))) {
        we--; // "thumbs up: medium skin tone"
      }
      if (we > k) {
        t.add(desc.substring(k, we), s, e);
      }
      k = sp + 1;
    }
  }

  /**
   * VADER 3.3 strips leading and trailing ASCII punctuation unless that leaves two characters or
   * fewer (to keep emoticons such as ":)" and ":D"). We keep a token as-is when the lexicon knows
   * it (the emoticons) and strip otherwise, so that "no." and "ok!" are found too; a token that is
   * all punctuation and unknown to the lexicon is dropped rather than counted as a neutral word.
   */
  private static void addWord(Tokens t, String text, int s, int e, WordTable lexicon) {
    if (e - s >= 4 && holdsAmpersand(text, s, e)) {
      String decoded = decodeEntities(text.substring(s, e));
      if (decoded != null) {
        // scraped comments carry HTML entities ("&lt;3" is the heart emoticon "<3")
        addWord(t, decoded, 0, decoded.length(), lexicon, s, e);
        return;
      }
    }
    addWord(t, text, s, e, lexicon, -1, -1);
  }

  /** Whether {@code text[s, e)} holds an "&" (looking no further: the text may be long). */
  private static boolean holdsAmpersand(String text, int s, int e) {
    for (int k = s; k < e; k++) {
      if (text.charAt(k) == '&') {
        return true;
      }
    }
    return false;
  }

  private static String decodeEntities(String tok) {
    if (tok.indexOf(';') < 0) {
      return null;
    }
    String d =
        tok.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
    return d.equals(tok) ? null : d;
  }

  /** Adds a word of {@code text[s, e)}; offsets are reported as {@code [os, oe)} when os >= 0. */
  private static void addWord(
      Tokens t, String text, int s, int e, WordTable lexicon, int os, int oe) {
    int a = s;
    int b = e;
    while (a < b && isAsciiPunct(text.charAt(a))) {
      a++;
    }
    while (b > a && isAsciiPunct(text.charAt(b - 1))) {
      b--;
    }
    if (a == s && b == e) {
      addAsIs(t, text, s, e, lexicon, os < 0 ? s : os, os < 0 ? e : oe);
      return;
    }
    // kept whole when the lexicon knows it with its punctuation (the emoticons)
    int whole = idOf(text, s, e, lexicon);
    if (!Double.isNaN(lexicon.valence(whole))) {
      String tok = text.substring(s, e);
      t.add(
          tok, lowerOf(tok, whole, lexicon), os < 0 ? s : os, os < 0 ? e : oe, whole, isUpper(tok));
      return;
    }
    if (a == b) {
      return;
    }
    addAsIs(t, text, a, b, lexicon, os < 0 ? a : os, os < 0 ? b : oe);
  }

  /**
   * Adds {@code text[s, e)} as one token at {@code [os, oe)}. A word of ASCII, nearly every word,
   * is lowered, hashed and looked up in one pass over its characters, and no lower-case copy is
   * made of it: a word in lower case already is its own lower case, and the table holds the lower
   * case of the words it knows.
   */
  private static void addAsIs(
      Tokens t, String text, int s, int e, WordTable lexicon, int os, int oe) {
    int h = 0;
    boolean capital = false;
    boolean small = false;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        String tok = text.substring(s, e);
        String low = tok.toLowerCase(Locale.ROOT);
        t.add(tok, low, os, oe, lexicon.id(low), isUpper(tok));
        return;
      }
      if (c >= 'A' && c <= 'Z') {
        capital = true;
        c += 'a' - 'A';
      } else if (c >= 'a' && c <= 'z') {
        small = true;
      }
      h = 31 * h + c;
    }
    int id = lexicon.id(text, s, e, h);
    if (!capital && id != WordTable.NONE) {
      // the table's word is the token as written: no copy of it at all
      String w = lexicon.word(id);
      t.add(w, w, os, oe, id, false);
      return;
    }
    String tok = text.substring(s, e);
    String low =
        !capital ? tok : id != WordTable.NONE ? lexicon.word(id) : tok.toLowerCase(Locale.ROOT);
    // Python's str.isupper on ASCII: a capital and no small letter
    t.add(tok, low, os, oe, id, capital && !small);
  }

  /** The table id of the lower case of {@code text[s, e)}. */
  private static int idOf(String text, int s, int e, WordTable lexicon) {
    int h = 0;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        return lexicon.id(text.substring(s, e).toLowerCase(Locale.ROOT));
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return lexicon.id(text, s, e, h);
  }

  private static String lowerOf(String tok, int id, WordTable lexicon) {
    return id != WordTable.NONE ? lexicon.word(id) : tok.toLowerCase(Locale.ROOT);
  }
}
