package org.voxpop.enrich.sentiment;

import java.util.Map;
import java.util.Set;

// Over 500 lines: one algorithm ported whole, to be read side by side with vaderSentiment 3.3.2;
// about half the lines are its word lists (negations, boosters, idioms), one word a line as the
// formatter writes them.
/**
 * The VADER rules (Hutto and Gilbert, ICWSM 2014; behaviour of vaderSentiment 3.3.2), re-written in
 * Java. Immutable after construction and therefore thread safe; every call works on its own {@link
 * Tokens}.
 */
final class Vader {
  // Empirically derived constants of the published model.
  static final double B_INCR = 0.293;
  static final double B_DECR = -0.293;
  static final double C_INCR = 0.733;
  static final double N_SCALAR = -0.74;
  static final double ALPHA = 15.0;

  static final Set<String> NEGATE =
      Lexicons.set(
          "aint",
          "arent",
          "cannot",
          "cant",
          "couldnt",
          "darent",
          "didnt",
          "doesnt",
          "ain't",
          "aren't",
          "can't",
          "couldn't",
          "daren't",
          "didn't",
          "doesn't",
          "dont",
          "hadnt",
          "hasnt",
          "havent",
          "isnt",
          "mightnt",
          "mustnt",
          "neither",
          "don't",
          "hadn't",
          "hasn't",
          "haven't",
          "isn't",
          "mightn't",
          "mustn't",
          "neednt",
          "needn't",
          "never",
          "none",
          "nope",
          "nor",
          "not",
          "nothing",
          "nowhere",
          "oughtnt",
          "shant",
          "shouldnt",
          "uhuh",
          "wasnt",
          "werent",
          "oughtn't",
          "shan't",
          "shouldn't",
          "uh-uh",
          "wasn't",
          "weren't",
          "without",
          "wont",
          "wouldnt",
          "won't",
          "wouldn't",
          "rarely",
          "seldom",
          "despite");

  static final Map<String, Double> BOOSTERS = boosters();

  /** Multi-word expressions whose valence replaces that of the lexicon word inside them. */
  static final Map<String, Double> SPECIAL_CASES =
      Lexicons.frozen(
          Map.ofEntries(
              Map.entry("the shit", 3.0),
              Map.entry("the bomb", 3.0),
              Map.entry("bad ass", 1.5),
              Map.entry("badass", 1.5),
              Map.entry("bus stop", 0.0),
              Map.entry("yeah right", -2.0),
              Map.entry("kiss of death", -1.5),
              Map.entry("to die for", 3.0),
              Map.entry("beating heart", 3.1),
              Map.entry("broken heart", -2.9),
              Map.entry("cut the mustard", 2.0),
              Map.entry("hand to mouth", -2.0)));

  private static Map<String, Double> boosters() {
    java.util.HashMap<String, Double> m = new java.util.HashMap<>();
    for (String w :
        new String[] {
          "absolutely",
          "amazingly",
          "awfully",
          "completely",
          "considerable",
          "considerably",
          "decidedly",
          "deeply",
          "effing",
          "enormous",
          "enormously",
          "entirely",
          "especially",
          "exceptional",
          "exceptionally",
          "extreme",
          "extremely",
          "fabulously",
          "flipping",
          "flippin",
          "frackin",
          "fracking",
          "fricking",
          "frickin",
          "frigging",
          "friggin",
          "fully",
          "fuckin",
          "fucking",
          "fuggin",
          "fugging",
          "greatly",
          "hella",
          "highly",
          "hugely",
          "incredible",
          "incredibly",
          "intensely",
          "major",
          "majorly",
          "more",
          "most",
          "particularly",
          "purely",
          "quite",
          "really",
          "remarkably",
          "so",
          "substantially",
          "thoroughly",
          "total",
          "totally",
          "tremendous",
          "tremendously",
          "uber",
          "unbelievably",
          "unusually",
          "utter",
          "utterly",
          "very"
        }) {
      m.put(w, B_INCR);
    }
    for (String w :
        new String[] {
          "almost",
          "barely",
          "hardly",
          "just enough",
          "kind of",
          "kinda",
          "kindof",
          "kind-of",
          "less",
          "little",
          "marginal",
          "marginally",
          "occasional",
          "occasionally",
          "partly",
          "scarce",
          "scarcely",
          "slight",
          "slightly",
          "somewhat",
          "sort of",
          "sorta",
          "sortof",
          "sort-of"
        }) {
      m.put(w, B_DECR);
    }
    return Lexicons.frozen(m);
  }

  private final Map<String, Double> lexicon;
  private final EmojiLexicon emoji;
  private final WordTable words;

  /** The word id of "but" (a clause word, so always in the table): compared by id per token. */
  private final int but;

  Vader(Map<String, Double> lexicon, Map<String, String> emoji) {
    this.lexicon = lexicon;
    this.emoji = new EmojiLexicon(emoji);
    this.words = new WordTable(lexicon);
    this.but = words.id("but");
    if (but == WordTable.NONE) {
      throw new IllegalStateException("the word table lacks \"but\"");
    }
  }

  Map<String, Double> lexicon() {
    return lexicon;
  }

  /** The table of every word the scorers ask about, built with this lexicon. */
  WordTable words() {
    return words;
  }

  /** The outcome of the rules on one stretch of text. */
  static final class Analysis {
    final Tokens tokens;

    /** Per-token valence after all rules; 0 for words the lexicon does not know. */
    final double[] valences;

    final double punctuation;
    final double sum;
    final double compound;
    final double positive;
    final double neutral;
    final double negative;

    Analysis(
        Tokens tokens,
        double[] valences,
        double punctuation,
        double sum,
        double compound,
        double positive,
        double neutral,
        double negative) {
      this.tokens = tokens;
      this.valences = valences;
      this.punctuation = punctuation;
      this.sum = sum;
      this.compound = compound;
      this.positive = positive;
      this.neutral = neutral;
      this.negative = negative;
    }
  }

  Tokens tokenize(String text, int from, int to) {
    return Tokens.tokenize(text, from, to, emoji, words);
  }

  Analysis analyse(String text, int from, int to) {
    Tokens t = tokenize(text, from, to);
    boolean capDiff = allCapDifferential(t);
    double[] v = valences(t, capDiff);
    return score(t, v, punctuationEmphasis(text, from, to, shouts(t, capDiff)));
  }

  double[] valences(Tokens t) {
    return valences(t, allCapDifferential(t));
  }

  /** Per-token valences; {@code capDiff} says whether the enclosing text mixes case. */
  double[] valences(Tokens t, boolean capDiff) {
    int n = t.size;
    double[] sentiments = new double[n];
    // the word ids were looked up when tokenising; NaN marks words the lexicon does not know
    double[] lex = new double[n];
    for (int i = 0; i < n; i++) {
      lex[i] = words.valence(t.id[i]);
    }
    for (int i = 0; i < n; i++) {
      String lw = t.lower[i];
      // a word the lexicon does not know has no valence: no need to ask whether it boosts
      if (Double.isNaN(lex[i]) || words.booster(t.id[i]) != 0) {
        continue;
      }
      if (i < n - 1 && lw.equals("kind") && t.lower[i + 1].equals("of")) {
        continue;
      }
      sentiments[i] = Double.isNaN(lex[i]) ? 0.0 : valence(t, i, capDiff, lex);
    }
    butCheck(t, sentiments, but);
    return sentiments;
  }

  static boolean allCapDifferential(Tokens t) {
    int caps = capsCount(t);
    int diff = t.size - caps;
    return diff > 0 && diff < t.size;
  }

  static int capsCount(Tokens t) {
    int caps = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.upper[i]) {
        caps++;
      }
    }
    return caps;
  }

  private double valence(Tokens t, int i, boolean capDiff, double[] lexv) {
    int[] ids = t.id;
    String[] lw = t.lower;
    int n = t.size;
    double lex = lexv[i];
    double valence = lex;
    // "no" next to a lexicon word negates that word instead of carrying its own valence
    boolean repeatedNo = lw[i].equals("no") && i > 0 && lw[i - 1].equals("no");
    if (lw[i].equals("no") && i != n - 1 && !Double.isNaN(lexv[i + 1]) && !lw[i + 1].equals("no")) {
      valence = 0.0;
    }
    // "NO NO NO" is emphasis, not a double negation (a deliberate departure from 3.3.2)
    if (!repeatedNo
        && ((i > 0 && lw[i - 1].equals("no"))
            || (i > 1 && lw[i - 2].equals("no"))
            || (i > 2
                && lw[i - 3].equals("no")
                && (lw[i - 1].equals("or") || lw[i - 1].equals("nor"))))) {
      valence = lex * N_SCALAR;
    }
    if (capDiff && t.upper[i]) {
      valence += valence > 0 ? C_INCR : -C_INCR;
    }
    for (int startI = 0; startI < 3; startI++) {
      if (i > startI && Double.isNaN(lexv[i - (startI + 1)])) {
        int b = i - (startI + 1);
        double s = scalarIncDec(words.booster(ids[b]), t.upper[b], valence, capDiff);
        if (startI == 1 && s != 0) {
          s *= 0.95;
        } else if (startI == 2 && s != 0) {
          s *= 0.9;
        }
        valence += s;
        valence = negationCheck(valence, t, startI, i);
      }
    }
    // The reference checks idioms only for words with three non-lexicon words before them, so
    // "yeah right" at the start of a sentence was never seen; here every lexicon word is checked.
    valence = specialIdiomsCheck(valence, t, n, i);
    valence = dampenerBigramCheck(valence, lw, i);
    return leastCheck(valence, lw, i);
  }

  static boolean negated(String lowerWord) {
    return NEGATE.contains(lowerWord) || lowerWord.contains("n't");
  }

  /** {@link #negated} of token {@code i}, by its word id. */
  private boolean negated(Tokens t, int i) {
    return words.is(t.id[i], WordTable.NEGATE) || t.lower[i].contains("n't");
  }

  /** The booster's push on a valence; {@code b} is its {@link #BOOSTERS} value, 0 for none. */
  private static double scalarIncDec(double b, boolean upper, double valence, boolean capDiff) {
    if (b == 0) {
      return 0.0;
    }
    double scalar = valence < 0 ? -b : b;
    if (capDiff && upper) {
      scalar += valence > 0 ? C_INCR : -C_INCR;
    }
    return scalar;
  }

  static final int SHOUT_MIN_LETTERS = 5;

  private static boolean isLetters(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isLetter(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private double negationCheck(double valence, Tokens t, int startI, int i) {
    String[] lw = t.lower;
    if (startI == 0) {
      if (negated(t, i - 1)) {
        valence *= N_SCALAR;
      }
    } else if (startI == 1) {
      if (lw[i - 2].equals("never") && (lw[i - 1].equals("so") || lw[i - 1].equals("this"))) {
        valence *= 1.25;
      } else if (lw[i - 2].equals("without") && lw[i - 1].equals("doubt")) {
        // "without doubt" affirms
      } else if (negated(t, i - 2)) {
        valence *= N_SCALAR;
      }
    } else {
      if ((lw[i - 3].equals("never") && (lw[i - 2].equals("so") || lw[i - 2].equals("this")))
          || lw[i - 1].equals("so")
          || lw[i - 1].equals("this")) {
        valence *= 1.25;
      } else if (lw[i - 3].equals("without")
          && (lw[i - 2].equals("doubt") || lw[i - 1].equals("doubt"))) {
        // "without a doubt" affirms
      } else if (negated(t, i - 3)) {
        valence *= N_SCALAR;
      }
    }
    return valence;
  }

  /**
   * The words {@code [from, to)} joined by spaces, or null when out of range or when one of them is
   * not a word of any idiom (then no idiom can be the n-gram: no string is built).
   */
  private String gram(Tokens t, int n, int from, int to) {
    if (from < 0 || to > n) {
      return null;
    }
    for (int k = from; k < to; k++) {
      if (!words.is(t.id[k], WordTable.IDIOM)) {
        return null;
      }
    }
    String[] lw = t.lower;
    StringBuilder b = new StringBuilder(lw[from]);
    for (int k = from + 1; k < to; k++) {
      b.append(' ').append(lw[k]);
    }
    return b.toString();
  }

  /** Every word of a special-case idiom: no idiom can match unless one of these is near. */
  static final Set<String> IDIOM_WORDS = idiomWords();

  private static Set<String> idiomWords() {
    java.util.HashSet<String> words = new java.util.HashSet<>();
    for (String k : SPECIAL_CASES.keySet()) {
      words.addAll(java.util.Arrays.asList(k.split(" ")));
    }
    return Lexicons.frozenSet(words);
  }

  private double specialIdiomsCheck(double valence, Tokens t, int n, int i) {
    // every n-gram checked below contains word i or word i-2
    if (!words.is(t.id[i], WordTable.IDIOM) && (i < 2 || !words.is(t.id[i - 2], WordTable.IDIOM))) {
      return valence;
    }
    // same order of precedence as the reference: n-grams ending at the word, then those before
    // it, then those starting at it (the later ones win)
    String[] before = {
      gram(t, n, i - 1, i + 1),
      gram(t, n, i - 2, i + 1),
      gram(t, n, i - 2, i),
      gram(t, n, i - 3, i),
      gram(t, n, i - 3, i - 1)
    };
    for (String seq : before) {
      Double v = seq == null ? null : SPECIAL_CASES.get(seq);
      if (v != null) {
        valence = v;
        break;
      }
    }
    String zeroOne = gram(t, n, i, i + 2);
    if (zeroOne != null && SPECIAL_CASES.containsKey(zeroOne)) {
      valence = SPECIAL_CASES.get(zeroOne);
    }
    String zeroOneTwo = gram(t, n, i, i + 3);
    if (zeroOneTwo != null && SPECIAL_CASES.containsKey(zeroOneTwo)) {
      valence = SPECIAL_CASES.get(zeroOneTwo);
    }
    return valence;
  }

  /**
   * Two-word dampeners ("kind of", "sort of", "just enough") right before the word, or one word
   * earlier. The reference adds the dampener's -0.293 whatever the sign, which makes "kind of bad"
   * worse than "bad"; here it moves the valence toward zero, like the one-word dampeners.
   */
  private static double dampenerBigramCheck(double valence, String[] lw, int i) {
    for (int d = 0; d < 2; d++) {
      if (i - 2 - d >= 0 && (lw[i - 1 - d].equals("of") || lw[i - 1 - d].equals("enough"))) {
        Double b = BOOSTERS.get(lw[i - 2 - d] + " " + lw[i - 1 - d]);
        if (b != null) {
          double s = valence < 0 ? -b : b;
          return valence + (d == 0 ? s : s * 0.95);
        }
      }
    }
    return valence;
  }

  private static double leastCheck(double valence, String[] lw, int i) {
    if (i > 1 && lw[i - 1].equals("least")) {
      if (!lw[i - 2].equals("at") && !lw[i - 2].equals("very")) {
        valence *= N_SCALAR;
      }
    } else if (i > 0 && lw[i - 1].equals("least")) {
      valence *= N_SCALAR;
    }
    return valence;
  }

  /**
   * The contrastive "but": words before the first "but" count half, words after it one and a half
   * times (the reference's list-index quirk with repeated values is not reproduced).
   */
  private static void butCheck(Tokens t, double[] sentiments, int but) {
    int bi = -1;
    for (int i = 0; i < t.size; i++) {
      if (t.id[i] == but) {
        bi = i;
        break;
      }
    }
    if (bi < 0) {
      return;
    }
    for (int i = 0; i < sentiments.length; i++) {
      if (i < bi) {
        sentiments[i] *= 0.5;
      } else if (i > bi) {
        sentiments[i] *= 1.5;
      }
    }
  }

  /**
   * A shouted word that carries no valence of its own ("from beheading CHILDREN") emphasises its
   * sentence like an exclamation mark does. Counted only when the text mixes case; short all-caps
   * words are mostly acronyms (US, ISIS, NATO), so five letters are required.
   */
  int shouts(Tokens t, boolean capDiff) {
    if (!capDiff) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i < t.size; i++) {
      String raw = t.raw[i];
      // all capitals first: it fails on the second letter of nearly every word
      if (raw.length() >= SHOUT_MIN_LETTERS
          && t.upper[i]
          && isLetters(raw)
          && Double.isNaN(words.valence(t.id[i]))
          && words.booster(t.id[i]) == 0) {
        n++;
      }
    }
    return n;
  }

  /** Exclamation marks (up to 4) and question marks (2 or more) amplify the sentiment. */
  static double punctuationEmphasis(String text, int from, int to) {
    return punctuationEmphasis(text, from, to, 0);
  }

  /** As {@link #punctuationEmphasis(String, int, int)}, shouted words counting as "!". */
  static double punctuationEmphasis(String text, int from, int to, int shouts) {
    int ep = 0;
    int qm = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '!') {
        ep++;
      } else if (c == '?') {
        qm++;
      }
    }
    double amp = Math.min(ep + shouts, 4) * 0.292;
    if (qm > 1) {
      amp += qm <= 3 ? qm * 0.18 : 0.96;
    }
    return amp;
  }

  static double normalize(double score) {
    return normalize(score, ALPHA);
  }

  static double normalize(double score, double alpha) {
    double norm = score / Math.sqrt(score * score + alpha);
    return Math.max(-1.0, Math.min(1.0, norm));
  }

  static Analysis score(Tokens t, double[] sentiments, double punct) {
    return score(t, sentiments, sentiments.length, punct);
  }

  /** Scores the first {@code n} valences of {@code sentiments}. */
  static Analysis score(Tokens t, double[] sentiments, int n, double punct) {
    return score(t, sentiments, n, punct, ALPHA);
  }

  static Analysis score(Tokens t, double[] sentiments, int n, double punct, double alpha) {
    if (n == 0) {
      return new Analysis(t, sentiments, punct, 0, 0, 0, 0, 0);
    }
    double sum = 0;
    double pos = 0;
    double neg = 0;
    int neu = 0;
    for (int k = 0; k < n; k++) {
      double s = sentiments[k];
      sum += s;
      if (s > 0) {
        pos += s + 1; // compensates for neutral words that are counted as 1
      } else if (s < 0) {
        neg += s - 1;
      } else {
        neu++;
      }
    }
    double raw = sum;
    if (sum > 0) {
      sum += punct;
    } else if (sum < 0) {
      sum -= punct;
    }
    double compound = normalize(sum, alpha);
    if (pos > Math.abs(neg)) {
      pos += punct;
    } else if (pos < Math.abs(neg)) {
      neg -= punct;
    }
    double total = pos + Math.abs(neg) + neu;
    return new Analysis(
        t,
        sentiments,
        punct,
        raw,
        compound,
        Math.abs(pos / total),
        Math.abs(neu / total),
        Math.abs(neg / total));
  }
}
