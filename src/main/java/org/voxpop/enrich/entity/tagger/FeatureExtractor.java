package org.voxpop.enrich.entity.tagger;

import java.util.Arrays;
import java.util.Locale;

/**
 * The features of each token of a sentence, as 64-bit keys: the token and its neighbours, their
 * shapes and affixes, word classes learned from unlabelled text, dictionary codes, and whether
 * capitals carry information in this sentence. Keys are hashes of a template number and its
 * values, so that no string is built per feature at tagging time.
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

  private static final int[] CLUSTER_PREFIXES = {4, 6, 10, 20};
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

  /** As {@link #extract(String[])}, with the dictionary's codes already looked up. */
  SentenceFeatures extract(String[] words, String[][] codes) {
    int n = words.length;
    String[] lower = new String[n];
    long[] low = new long[n];
    long[] shp = new long[n];
    String[] shapes = new String[n];
    String[] paths = new String[n];
    int[] ratios = new int[n];
    for (int i = 0; i < n; i++) {
      lower[i] = digitsToZero(words[i].toLowerCase(Locale.ROOT));
      low[i] = hash(0, lower[i]);
      shapes[i] = shape(words[i]);
      shp[i] = hash(0, shapes[i]);
      String b = bare(words[i]);
      WordClasses.WordClass wc = classes.lookup(b == words[i] ? lower[i] : WordStatistics.key(b));
      paths[i] = wc.path();
      ratios[i] = wc.caseRatio();
    }
    boolean headline = headline(words);
    long[][] out = new long[n][];
    int[] lexicalFrom = new int[n];
    long[] buf = new long[96];
    for (int i = 0; i < n; i++) {
      int k = 0;
      String w = words[i];
      buf[k++] = hash(BIAS, "");
      buf[k++] = hash(WORD, w);
      buf[k++] = mix(LOWER, low[i]);
      if (w.length() > 1 && w.charAt(0) == '#') {
        // "#Ford" is the word "Ford" made a hashtag: it shares the word's weights.
        String b = bare(w);
        buf[k++] = mix(LOWER, hash(0, digitsToZero(b.toLowerCase(Locale.ROOT))));
        buf[k++] = mix(HASHTAG, hash(0, shape(b)));
      }
      long p1 = i > 0 ? low[i - 1] : BOS;
      long n1 = i + 1 < n ? low[i + 1] : EOS;
      long p2 = i > 1 ? low[i - 2] : BOS;
      long n2 = i + 2 < n ? low[i + 2] : EOS;
      buf[k++] = mix(PREV, p1);
      buf[k++] = mix(NEXT, n1);
      buf[k++] = mix(PREV2, p2);
      buf[k++] = mix(NEXT2, n2);
      buf[k++] = mix(PREV_BIGRAM, combine(p1, low[i]));
      buf[k++] = mix(NEXT_BIGRAM, combine(low[i], n1));
      long s0 = shp[i];
      long sp = i > 0 ? shp[i - 1] : BOS;
      long sn = i + 1 < n ? shp[i + 1] : EOS;
      buf[k++] = mix(SHAPE, s0);
      buf[k++] = mix(PREV_SHAPE, sp);
      buf[k++] = mix(NEXT_SHAPE, sn);
      buf[k++] = mix(SHAPE_TRIGRAM, combine(combine(sp, s0), sn));
      buf[k++] = mix(PREV_WORD_SHAPE, combine(p1, s0));
      int len = w.length();
      for (int a = 1; a <= 4 && a < len; a++) {
        buf[k++] = mix(PREFIX, hash(a, w, 0, a));
        buf[k++] = mix(SUFFIX, hash(a, lower[i], lower[i].length() - a, lower[i].length()));
      }
      if (!paths[i].isEmpty()) {
        for (int p : CLUSTER_PREFIXES) {
          buf[k++] = mix(CLUSTER, hash(p, paths[i], 0, Math.min(p, paths[i].length())));
        }
      }
      if (i > 0 && !paths[i - 1].isEmpty()) {
        buf[k++] = mix(PREV_CLUSTER, hash(4, paths[i - 1], 0, Math.min(4, paths[i - 1].length())));
        buf[k++] = mix(PREV_CLUSTER, hash(10, paths[i - 1], 0, Math.min(10, paths[i - 1].length())));
      }
      if (i + 1 < n && !paths[i + 1].isEmpty()) {
        buf[k++] = mix(NEXT_CLUSTER, hash(4, paths[i + 1], 0, Math.min(4, paths[i + 1].length())));
        buf[k++] = mix(NEXT_CLUSTER, hash(10, paths[i + 1], 0, Math.min(10, paths[i + 1].length())));
      }
      int caseRatio = ratios[i];
      if (caseRatio != WordClasses.UNKNOWN) {
        buf[k++] = mix(CASE_RATIO, combine(caseRatio, s0));
      }
      if (i == 0) {
        buf[k++] = mix(SENTENCE_START, s0);
      }
      if (headline) {
        buf[k++] = mix(HEADLINE, s0);
      }
      // Dictionary features last, so that training can leave them out of some sentences.
      lexicalFrom[i] = k;
      for (String c : codes[i]) {
        if (k + 3 >= buf.length) {
          break;
        }
        long hc = hash(0, c);
        buf[k++] = mix(LEX, hc);
        buf[k++] = mix(LEX_WORD_SHAPE, combine(hc, s0));
      }
      if (i > 0) {
        for (String c : codes[i - 1]) {
          if (k + 1 >= buf.length) {
            break;
          }
          buf[k++] = mix(PREV_LEX, hash(0, c));
        }
      }
      if (i + 1 < n) {
        for (String c : codes[i + 1]) {
          if (k + 1 >= buf.length) {
            break;
          }
          buf[k++] = mix(NEXT_LEX, hash(0, c));
        }
      }
      out[i] = Arrays.copyOf(buf, k);
    }
    return new SentenceFeatures(out, lexicalFrom);
  }

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
      boolean anyLetter = false;
      boolean anyLower = false;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLetter(c)) {
          anyLetter = true;
          anyLower |= Character.isLowerCase(c);
        }
      }
      if (anyLetter && w.length() > 1) {
        letters++;
        if (!anyLower) {
          upper++;
        }
      }
    }
    return letters >= 3 && upper * 10 >= letters * 6;
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
