package org.voxpop.enrich.entity.tagger;

import java.util.Arrays;
import java.util.Locale;

/**
 * The features of each token of a sentence, as 64-bit keys: the token and its neighbours, their
 * shapes and affixes, word classes learned from unlabelled text, dictionary codes, and whether
 * capitals carry information in this sentence. Keys are hashes of a template number and its values,
 * so that no string is built per feature at tagging time.
 *
 * <p>Immutable and thread safe.
 */
final class FeatureExtractor {

  // Template numbers; changing one changes every key of the model, so retrain after.
  private static final int BIAS = 1;
  private static final int WORD = 2;
  private static final int LOWER = 3;
  private static final int PREV = 4;
  private static final int NEXT = 5;
  private static final int PREV2 = 6;
  private static final int NEXT2 = 7;
  private static final int PREV_BIGRAM = 8;
  private static final int NEXT_BIGRAM = 9;
  private static final int SHAPE = 10;
  private static final int PREV_SHAPE = 11;
  private static final int NEXT_SHAPE = 12;
  private static final int SHAPE_TRIGRAM = 13;
  private static final int PREFIX = 14;
  private static final int SUFFIX = 15;
  private static final int CLUSTER = 16;
  private static final int PREV_CLUSTER = 17;
  private static final int NEXT_CLUSTER = 18;
  private static final int LEX = 19;
  private static final int PREV_LEX = 20;
  private static final int NEXT_LEX = 21;
  private static final int SENTENCE_START = 22;
  private static final int HEADLINE = 23;
  private static final int HISTORY = 24;
  private static final int CASE_RATIO = 25;
  private static final int PREV_WORD_SHAPE = 26;
  private static final int LEX_WORD_SHAPE = 27;
  private static final int HASHTAG = 28;
  private static final int EMBEDDING = 29;

  private static final int[] CLUSTER_PREFIXES = {4, 6, 10, 20};

  /**
   * Prefixes of a word's embedding path read as features: a coarse class (64 of them) and the
   * finest (the GloVe tree's 4,087 leaves). Chosen on the development sets (docs/entities.md).
   */
  private static final int[] EMBEDDING_PREFIXES = {6, 12};

  private static final long BOS = hash(0, "<s>");
  private static final long EOS = hash(0, "</s>");

  private final TokenLexicon lexicon;
  private final WordClasses classes;

  FeatureExtractor(TokenLexicon lexicon, WordClasses classes) {
    this.lexicon = lexicon;
    this.classes = classes;
  }

  /**
   * The features of a sentence's tokens.
   *
   * @param keys the static features of each token (everything but the document history)
   * @param lexicalFrom where each token's dictionary features begin in its keys (they come last)
   */
  record SentenceFeatures(long[][] keys, int[] lexicalFrom) {}

  /** The static features of each token of a sentence (everything but the document history). */
  SentenceFeatures extract(String[] words) {
    return extract(words, lexicon.codes(words));
  }

  /** The dictionary's codes for a sentence (see {@link TokenLexicon}). */
  String[][] codes(String[] words) {
    return lexicon.codes(words);
  }

  /** As {@link #extract(String[])}, with the dictionary's codes already looked up. */
  SentenceFeatures extract(String[] words, String[][] codes) {
    int n = words.length;
    Word[] ws = new Word[n];
    for (int i = 0; i < n; i++) {
      ws[i] = word(words[i]);
    }
    boolean headline = headline(words);
    long[][] out = new long[n][];
    int[] lexicalFrom = new int[n];
    long[] buf = new long[128];
    long[][] hashes = codeHashes(codes);
    for (int i = 0; i < n; i++) {
      int k = 0;
      k = append(buf, k, ws[i].self());
      k = append(buf, k, i > 0 ? ws[i - 1].asPrev() : BOS_AS_PREV);
      k = append(buf, k, i + 1 < n ? ws[i + 1].asNext() : EOS_AS_NEXT);
      k = append(buf, k, i > 1 ? ws[i - 2].asPrev2() : BOS_AS_PREV2);
      k = append(buf, k, i + 2 < n ? ws[i + 2].asNext2() : EOS_AS_NEXT2);
      lexicalFrom[i] = k + nonLexicalContext(i, headline);
      k = context(ws, i, hashes, headline, buf, k);
      out[i] = Arrays.copyOf(buf, k);
    }
    return new SentenceFeatures(out, lexicalFrom);
  }

  private static int append(long[] buf, int k, long[] keys) {
    System.arraycopy(keys, 0, buf, k, keys.length);
    return k + keys.length;
  }

  /**
   * The features of one word that depend on nothing else, in each role it plays: the token itself,
   * and the word before, after, two before and two after another token. A tagger may compute them
   * once per distinct word (see {@link WordCache}).
   *
   * @param low hash of the word in lower case, digits as 0
   * @param shape hash of the word's shape
   * @param caps how the word counts toward {@link #headline}: {@link #NOT_A_WORD}, {@link
   *     #HAS_LOWER} or {@link #ALL_UPPER}
   * @param history what {@link DocumentHistory} remembers the word by ({@link
   *     DocumentHistory#key}), null when it does not
   */
  record Word(
      String history,
      long low,
      long shape,
      int caps,
      long[] self,
      long[] asPrev,
      long[] asNext,
      long[] asPrev2,
      long[] asNext2) {}

  /** A token of fewer than two chars or without letters: not counted by {@link #headline}. */
  static final int NOT_A_WORD = 0;

  /** A word with a small letter. */
  static final int HAS_LOWER = 1;

  /** A word whose letters are all capitals. */
  static final int ALL_UPPER = 2;

  private static final long[] BOS_AS_PREV = {mix(PREV, BOS), mix(PREV_SHAPE, BOS)};
  private static final long[] EOS_AS_NEXT = {mix(NEXT, EOS), mix(NEXT_SHAPE, EOS)};
  private static final long[] BOS_AS_PREV2 = {mix(PREV2, BOS)};
  private static final long[] EOS_AS_NEXT2 = {mix(NEXT2, EOS)};

  /** The keys of sentence boundaries in the four neighbour roles, in {@link Word} order. */
  static long[][] boundaries() {
    return new long[][] {BOS_AS_PREV, EOS_AS_NEXT, BOS_AS_PREV2, EOS_AS_NEXT2};
  }

  /** How many of {@link #context}'s features come before the dictionary's. */
  static int nonLexicalContext(int i, boolean headline) {
    return 4 + (i == 0 ? 1 : 0) + (headline ? 1 : 0);
  }

  /** The word-alone features of a word (see {@link Word}). */
  Word word(String w) {
    String lower = digitsToZero(w.toLowerCase(Locale.ROOT));
    long low = hash(0, lower);
    long shp = hash(0, shape(w));
    String b = bare(w);
    WordClasses.WordClass wc = classes.lookup(b == w ? lower : WordStatistics.key(b));
    String path = wc.path();
    long[] buf = new long[24];
    int k = 0;
    buf[k++] = hash(BIAS, "");
    buf[k++] = hash(WORD, w);
    buf[k++] = mix(LOWER, low);
    if (w.length() > 1 && w.charAt(0) == '#') {
      // "#Ford" is the word "Ford" made a hashtag: it shares the word's weights.
      buf[k++] = mix(LOWER, hash(0, digitsToZero(b.toLowerCase(Locale.ROOT))));
      buf[k++] = mix(HASHTAG, hash(0, shape(b)));
    }
    buf[k++] = mix(SHAPE, shp);
    int len = w.length();
    for (int a = 1; a <= 4 && a < len; a++) {
      buf[k++] = mix(PREFIX, hash(a, w, 0, a));
      buf[k++] = mix(SUFFIX, hash(a, lower, lower.length() - a, lower.length()));
    }
    if (!path.isEmpty()) {
      for (int p : CLUSTER_PREFIXES) {
        buf[k++] = mix(CLUSTER, hash(p, path, 0, Math.min(p, path.length())));
      }
    }
    String embedding = wc.embeddingPath();
    if (!embedding.isEmpty()) {
      for (int p : EMBEDDING_PREFIXES) {
        buf[k++] = mix(EMBEDDING, hash(p, embedding, 0, Math.min(p, embedding.length())));
      }
    }
    if (wc.caseRatio() != WordClasses.UNKNOWN) {
      buf[k++] = mix(CASE_RATIO, combine(wc.caseRatio(), shp));
    }
    long[] self = Arrays.copyOf(buf, k);
    long c4 = path.isEmpty() ? 0 : hash(4, path, 0, Math.min(4, path.length()));
    long c10 = path.isEmpty() ? 0 : hash(10, path, 0, Math.min(10, path.length()));
    long[] asPrev =
        path.isEmpty()
            ? new long[] {mix(PREV, low), mix(PREV_SHAPE, shp)}
            : new long[] {
              mix(PREV, low), mix(PREV_SHAPE, shp), mix(PREV_CLUSTER, c4), mix(PREV_CLUSTER, c10)
            };
    long[] asNext =
        path.isEmpty()
            ? new long[] {mix(NEXT, low), mix(NEXT_SHAPE, shp)}
            : new long[] {
              mix(NEXT, low), mix(NEXT_SHAPE, shp), mix(NEXT_CLUSTER, c4), mix(NEXT_CLUSTER, c10)
            };
    return new Word(
        DocumentHistory.key(w),
        low,
        shp,
        caps(w),
        self,
        asPrev,
        asNext,
        new long[] {mix(PREV2, low)},
        new long[] {mix(NEXT2, low)});
  }

  /**
   * Features of token {@code i} that look at more than one word: word pairs, the shapes around it,
   * its place in the sentence, and last (after {@link #nonLexicalContext} of them) the dictionary's
   * codes.
   *
   * @param codes the hashes of each token's dictionary codes ({@link #codeHashes})
   */
  int context(Word[] ws, int i, long[][] codes, boolean headline, long[] buf, int k) {
    int n = ws.length;
    long low = ws[i].low();
    long s0 = ws[i].shape();
    long p1 = i > 0 ? ws[i - 1].low() : BOS;
    long n1 = i + 1 < n ? ws[i + 1].low() : EOS;
    long sp = i > 0 ? ws[i - 1].shape() : BOS;
    long sn = i + 1 < n ? ws[i + 1].shape() : EOS;
    buf[k++] = mix(PREV_BIGRAM, combine(p1, low));
    buf[k++] = mix(NEXT_BIGRAM, combine(low, n1));
    buf[k++] = mix(SHAPE_TRIGRAM, combine(combine(sp, s0), sn));
    buf[k++] = mix(PREV_WORD_SHAPE, combine(p1, s0));
    if (i == 0) {
      buf[k++] = mix(SENTENCE_START, s0);
    }
    if (headline) {
      buf[k++] = mix(HEADLINE, s0);
    }
    // Dictionary features last, so that training can leave them out of some sentences.
    for (long hc : codes[i]) {
      if (k + 3 >= buf.length) {
        break;
      }
      buf[k++] = mix(LEX, hc);
      buf[k++] = mix(LEX_WORD_SHAPE, combine(hc, s0));
    }
    if (i > 0) {
      for (long hc : codes[i - 1]) {
        if (k + 1 >= buf.length) {
          break;
        }
        buf[k++] = mix(PREV_LEX, hc);
      }
    }
    if (i + 1 < n) {
      for (long hc : codes[i + 1]) {
        if (k + 1 >= buf.length) {
          break;
        }
        buf[k++] = mix(NEXT_LEX, hc);
      }
    }
    return k;
  }

  /**
   * The hash of each of a sentence's dictionary codes, made once: {@link #context} reads each code
   * three times, as the token's own and as its neighbours'.
   */
  static long[][] codeHashes(String[][] codes) {
    long[][] out = new long[codes.length][];
    for (int i = 0; i < codes.length; i++) {
      if (i > 0 && codes[i] == codes[i - 1]) {
        out[i] = out[i - 1]; // one array shared by neighbours (two common words): its hashes too
        continue;
      }
      out[i] = codes[i].length == 0 ? NO_CODES : new long[codes[i].length];
      for (int j = 0; j < codes[i].length; j++) {
        out[i][j] = hash(0, codes[i][j]);
      }
    }
    return out;
  }

  private static final long[] NO_CODES = {};

  /** The key of a document-history feature: this word was tagged {@code type} earlier on. */
  static long historyKey(int type) {
    return mix(HISTORY, type + 1);
  }

  /** Letters replaced by X/x, digits by d, runs of one class collapsed ("Reagan" is "Xx"). */
  static String shape(String w) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    int letters = 0;
    boolean allUpper = true;
    for (int i = 0; i < w.length() && sb.length() < 12; i++) {
      char c = w.charAt(i);
      char m;
      if (Character.isUpperCase(c)) {
        m = 'X';
        letters++;
      } else if (Character.isLowerCase(c) || Character.isLetter(c)) {
        m = 'x';
        letters++;
        allUpper = false;
      } else if (Character.isDigit(c)) {
        m = 'd';
      } else {
        m = c;
      }
      if (m != last) {
        sb.append(m);
      }
      last = m;
    }
    if (allUpper && letters > 0 && letters <= 3 && sb.length() == 1) {
      sb.append(letters); // "US" and "USSR" behave differently
    }
    return sb.toString();
  }

  /** Most tokens shouted: a headline or an angry comment, where capitals say little. */
  static boolean headline(String[] words) {
    int letters = 0;
    int upper = 0;
    for (String w : words) {
      int c = caps(w);
      letters += c == NOT_A_WORD ? 0 : 1;
      upper += c == ALL_UPPER ? 1 : 0;
    }
    return shouted(letters, upper);
  }

  /** As {@link #headline(String[])}, from the words' cached {@link Word#caps}. */
  static boolean headline(Word[] words) {
    int letters = 0;
    int upper = 0;
    for (Word w : words) {
      letters += w.caps() == NOT_A_WORD ? 0 : 1;
      upper += w.caps() == ALL_UPPER ? 1 : 0;
    }
    return shouted(letters, upper);
  }

  private static boolean shouted(int letters, int upper) {
    return letters >= 3 && upper * 10 >= letters * 6;
  }

  private static int caps(String w) {
    boolean anyLetter = false;
    boolean anyLower = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        anyLetter = true;
        anyLower |= Character.isLowerCase(c);
      }
    }
    if (!anyLetter || w.length() <= 1) {
      return NOT_A_WORD;
    }
    return anyLower ? HAS_LOWER : ALL_UPPER;
  }

  /** A hashtag's word: "#Ford" is "Ford". */
  private static String bare(String w) {
    return w.length() > 1 && w.charAt(0) == '#' ? w.substring(1) : w;
  }

  static String digitsToZero(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        char[] c = s.toCharArray();
        for (int j = i; j < c.length; j++) {
          if (Character.isDigit(c[j])) {
            c[j] = '0';
          }
        }
        return new String(c);
      }
    }
    return s;
  }

  static long hash(int template, String s) {
    return hash(template, s, 0, s.length());
  }

  /** The hash of {@code s.substring(from, to)}, without making it. */
  static long hash(int template, String s, int from, int to) {
    long h = 0xcbf29ce484222325L ^ (template * 0x9E3779B97F4A7C15L);
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return fmix(h);
  }

  static long mix(int template, long value) {
    return fmix(value * 0x9E3779B97F4A7C15L + template * 0xC2B2AE3D27D4EB4FL + 1);
  }

  static long combine(long a, long b) {
    return fmix(a * 0x9E3779B97F4A7C15L ^ (b + 0x632BE59BD9B4E019L));
  }

  private static long fmix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
