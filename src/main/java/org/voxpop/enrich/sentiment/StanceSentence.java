package org.voxpop.enrich.sentiment;

import java.util.Map;
import java.util.Set;

/**
 * One sentence as the stance classifier reads it, analysed once however many mentions it holds: the
 * VADER tokens and their rule valences (negated, boosted, "but"-shifted), a normalised form of each
 * word, the clause each token is in and whether it stands inside quotation marks. Confined to one
 * scoring call.
 */
final class StanceSentence {
  /** Words that open a new clause. */
  static final Set<String> CLAUSE_WORDS =
      Lexicons.set(
          "but",
          "although",
          "though",
          "because",
          "while",
          "whereas",
          "however",
          "yet",
          "which",
          "who",
          "whom",
          "unlike",
          "except");

  final Tokens tokens;

  /** VADER's rule valences, and the lexicon valence of misspelt words ({@link StanceSpelling}). */
  final double[] valences;

  /**
   * Lower case, possessive and stretched letters undone ("Trump's" and "sooooo" as "trump", "soo").
   */
  final String[] words;

  /**
   * {@link #words} with each capitalised word after the first that has no valence read as {@link
   * #NAME}: the classifier learns what is said around names, not which names are around (a prior
   * about a politician in US news has no business in a reader's comment).
   */
  final String[] masked;

  /**
   * The hash of {@link StanceFeatures#stem} of each {@link #masked} word, once for all the
   * mentions.
   */
  final int[] stemHashes;

  /** {@link StanceFeatures#bigramHead} of each {@link #masked} word. */
  final int[] bigramHeads;

  /** {@link StanceFeatures#flags} of each of {@link #words}. */
  final int[] flags;

  final int[] clause;
  final boolean[] quoted;

  /**
   * The lower-case word whose vector stands for each token in {@link StanceContext}: the token, or
   * the lexicon word a misspelt evaluative word stands for ("lier": "liar"), as for its valence.
   */
  final String[] contextWords;

  /**
   * Each token's row of a context table ({@link StanceContext.Projected}), looked up once; {@code
   * byId} holds the rows of the words of {@link #tokens}' word table by id.
   */
  private float[][] contextRows;

  private Map<String, float[]> contextTable;

  float[][] contextRows(Map<String, float[]> table, float[][] byId) {
    if (contextRows == null || contextTable != table) {
      float[][] rows = new float[size()][];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = StanceContext.row(this, i, table, byId);
      }
      contextRows = rows;
      contextTable = table;
    }
    return contextRows;
  }

  /** The word that stands for a capitalised word, see {@link #masked}. */
  static final String NAME = "<name>";

  /** Whether the sentence holds a quotation mark at all. */
  final boolean hasQuote;

  /** VADER compound of the whole sentence. */
  final double compound;

  private StanceSentence(
      Tokens tokens,
      double[] valences,
      String[] words,
      int[] clause,
      boolean[] quoted,
      boolean hasQuote,
      double compound,
      String[] contextWords) {
    this.tokens = tokens;
    this.contextWords = contextWords;
    this.valences = valences;
    this.words = words;
    this.masked = words.clone();
    this.stemHashes = new int[words.length];
    this.bigramHeads = new int[words.length];
    this.flags = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      flags[i] = flags(tokens, i, words[i]);
      if (i > 0 && valences[i] == 0 && Character.isUpperCase(tokens.raw[i].charAt(0))) {
        masked[i] = NAME;
      }
      stemHashes[i] = StanceFeatures.stemHash(masked[i]);
      bigramHeads[i] = StanceFeatures.bigramHead(masked[i]);
    }
    this.clause = clause;
    this.quoted = quoted;
    this.hasQuote = hasQuote;
    this.compound = compound;
  }

  /**
   * {@link StanceFeatures#flags} of word {@code i}, from the word table when the normalised word is
   * the token itself (nearly always), without hashing it again.
   */
  private static int flags(Tokens t, int i, String word) {
    if (word != t.lower[i]) {
      return StanceFeatures.flags(word);
    }
    int id = t.id[i];
    return id == WordTable.NONE ? StanceFeatures.unlistedFlags(word) : t.words.stanceFlags(id);
  }

  int size() {
    return tokens.size;
  }

  /** Analyses the sentence {@code text[from, to)}. */
  static StanceSentence analyse(Vader vader, String text, int from, int to) {
    Tokens t = vader.tokenize(text, from, to);
    boolean capDiff = Vader.allCapDifferential(t);
    double[] v = vader.valences(t, capDiff);
    double punct = Vader.punctuationEmphasis(text, from, to, vader.shouts(t, capDiff));
    return analyse(text, from, to, t, v, Vader.score(t, v, punct).compound);
  }

  /**
   * {@link #analyse(Vader, String, int, int)} of sentence {@code k} of a text the sentiment scorer
   * has analysed: its tokens are the same, and so are its valences and compound when the sentence
   * mixes case exactly when the whole text does (the ALL-CAPS rule, which the sentiment scorer
   * decides over the whole text and the stance over the sentence).
   */
  static StanceSentence analyse(
      Vader vader, String text, int from, int to, SentimentScorer.Detailed known, int k) {
    Vader.Analysis a = known.sentences[k];
    Tokens t = a.tokens;
    boolean capDiff = Vader.allCapDifferential(t);
    if (capDiff == known.capDiff) {
      return analyse(text, from, to, t, a.valences.clone(), a.compound);
    }
    double[] v = vader.valences(t, capDiff);
    double punct = Vader.punctuationEmphasis(text, from, to, vader.shouts(t, capDiff));
    return analyse(text, from, to, t, v, Vader.score(t, v, punct).compound);
  }

  private static StanceSentence analyse(
      String text, int from, int to, Tokens t, double[] v, double compound) {
    int n = t.size;
    String[] words = new String[n];
    int[] clause = new int[n];
    boolean[] quoted = new boolean[n];
    int c = 0;
    boolean inQuote = false;
    boolean any = false;
    int pos = from;
    for (int i = 0; i < n; i++) {
      words[i] = normalise(t.lower[i]);
      // tokens never hold quotation marks or clause punctuation: they stand between tokens
      boolean brk = false;
      for (int k = pos; k < t.start[i]; k++) {
        char ch = text.charAt(k);
        if (isQuote(ch)) {
          inQuote = opens(ch, inQuote);
          any = true;
        } else if (i > 0 && breaks(text, k)) {
          brk = true;
        }
      }
      if (i > 0 && (brk || t.words.is(t.id[i], WordTable.CLAUSE))) {
        c++;
      }
      clause[i] = c;
      quoted[i] = inQuote;
      pos = Math.max(pos, t.end[i]);
    }
    for (int k = pos; k < to && !any; k++) {
      any = isQuote(text.charAt(k));
    }
    StanceSpelling spelling = StanceSpelling.bundled();
    String[] contextWords = t.lower;
    for (int i = 0; i < n; i++) {
      if (v[i] == 0 && !Character.isUpperCase(t.raw[i].charAt(0))) {
        double m =
            words[i] == t.lower[i]
                ? spelling.valence(words[i], t.id[i])
                : spelling.valence(words[i]);
        if (m != 0) {
          if (contextWords == t.lower) {
            contextWords = t.lower.clone();
          }
          String corrected = spelling.correction(words[i], WordTable.NONE);
          contextWords[i] = corrected != null ? corrected : contextWords[i];
          boolean negated = false;
          for (int k = Math.max(0, i - 3); k < i; k++) {
            negated |= Vader.negated(words[k]);
          }
          v[i] = negated ? m * Vader.N_SCALAR : m;
        }
      }
    }
    return new StanceSentence(t, v, words, clause, quoted, any, compound, contextWords);
  }

  /** Curly and guillemet marks say which way they go; a straight one toggles. */
  private static boolean opens(char ch, boolean inQuote) {
    return ch == '\u201c' || ch == '\u00ab' || (ch == '"' && !inQuote);
  }

  private static boolean isQuote(char ch) {
    return ch == '"' || ch == '\u201c' || ch == '\u201d' || ch == '\u00ab' || ch == '\u00bb';
  }

  private static boolean breaks(String text, int k) {
    char ch = text.charAt(k);
    return ch == ','
        || ch == ';'
        || ch == ':'
        || ch == '('
        || ch == ')'
        || ch == '\u2014'
        || ch == '\u2013'
        || ch == '\u2026'
        || (ch == '-' && k > 0 && text.charAt(k - 1) == ' ');
  }

  /** Lower-case word without a possessive ending, runs of three or more letters cut to two. */
  static String normalise(String lower) {
    String w = lower;
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    }
    int n = w.length();
    boolean run = false;
    for (int i = 2; i < n && !run; i++) {
      run = w.charAt(i) == w.charAt(i - 1) && w.charAt(i) == w.charAt(i - 2);
    }
    if (!run) {
      return w;
    }
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char ch = w.charAt(i);
      if (i >= 2 && ch == w.charAt(i - 1) && ch == w.charAt(i - 2)) {
        continue;
      }
      b.append(ch);
    }
    return b.toString();
  }
}
