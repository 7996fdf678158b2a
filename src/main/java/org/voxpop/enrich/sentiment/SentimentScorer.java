package org.voxpop.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lexicon-and-rules sentiment in the manner of VADER (Hutto and Gilbert, ICWSM 2014): the bundled
 * VADER word and emoji lexicons with the negation window, boosters and dampeners, the "but" shift,
 * ALL-CAPS emphasis (only when the text mixes case), "!" and "?" amplification, "kind of", "least",
 * "never so" and the special-case idioms.
 *
 * <p>Sentences are found by {@link SentenceSplitter}, which survives "…..", "!!!" and missing
 * spaces. The rules run per sentence (a negation or "but" never reaches into the next sentence);
 * whether the text mixes case, for the ALL-CAPS rule, is decided over the whole text. Beyond the
 * reference, a shouted word without valence of its own ("beheading CHILDREN") emphasises its
 * sentence like one "!".
 *
 * <p><b>Document aggregation.</b> The document compound normalises the sum of all token valences of
 * all sentences, with "!" and "?" counted over the whole text: VADER applied to the whole text,
 * except that rules stop at sentence ends. Measured against the alternative, a token-weighted mean
 * of sentence compounds, on the shared ground truth: tweets Pearson 0.875 vs 0.806, movie-review
 * snippets 0.428 vs 0.422 (see {@code docs/quality.md}). Sentiment accumulates across sentences
 * instead of averaging out. So that long texts (articles) do not all saturate at ±1, the
 * normalisation constant grows with the square root of the number of sentences ({@code x / sqrt(x²
 * + 15 √n)}; for one sentence this is VADER's): the sum of n sentences of mixed sign grows like √n.
 * On the shared sets this costs nothing measurable (tweets 0.876 → 0.875, movies 0.427 → 0.428).
 * The document pos/neu/neg shares are computed over all tokens in the same way.
 *
 * <p>Instances are immutable and thread safe; {@link #create()} returns a shared instance whose
 * lexicons are loaded once.
 */
public final class SentimentScorer {

  /**
   * Version of the bundled lexicons (the VADER sentiment and emoji lexicons of 7,520 entries as
   * bundled in November 2026, and voxpop's abuse lexicon); recorded in every index so that a
   * lexicon change can be told from a data change. Change it whenever a lexicon file changes.
   */
  public static final String LEXICON_VERSION = "vader-7520-2026.11+abuse-2026.11-2";

  private static final class Holder {
    static final SentimentScorer INSTANCE =
        new SentimentScorer(new Vader(Lexicons.vaderLexicon(), Lexicons.emojiLexicon()));
  }

  private final Vader vader;

  private SentimentScorer(Vader vader) {
    this.vader = vader;
  }

  /** The scorer with the bundled lexicons, loaded on first use and shared. */
  public static SentimentScorer create() {
    return Holder.INSTANCE;
  }

  Vader vader() {
    return vader;
  }

  /** Scores a text; {@code null} is treated as empty. Never throws for odd input. */
  public DocumentSentiment score(String text) {
    Detailed d = analyse(text == null ? "" : text);
    LAST.set(d);
    return d.sentiment;
  }

  /**
   * The analysis of the text this thread scored last. Indexing scores a text, then hands the same
   * text and result to the stance and abuse scorers; keeping the tokens and valences here spares
   * them a second and third tokenising of the text without changing the public API. One text per
   * thread, replaced by the next.
   */
  private static final ThreadLocal<Detailed> LAST = new ThreadLocal<>();

  /**
   * The analysis behind {@code scored} if this thread made it from this very text object (by
   * identity, so that a result scored elsewhere is never mistaken for it), else empty.
   */
  static java.util.Optional<Detailed> analysisOf(String text, DocumentSentiment scored) {
    Detailed d = LAST.get();
    return d != null && d.text == text && d.sentiment == scored
        ? java.util.Optional.of(d)
        : java.util.Optional.empty();
  }

  /** Sentence analyses kept for the stance scorer, which needs per-token valences. */
  static final class Detailed {
    final String text;
    final DocumentSentiment sentiment;
    final int[] spans;
    final Vader.Analysis[] sentences;
    final Vader.Analysis document;
    final int tokens;

    /** Whether the whole text mixes case (the ALL-CAPS rule's condition). */
    final boolean capDiff;

    /** The word table of the tokens' ids. */
    final WordTable words;

    Detailed(
        String text,
        DocumentSentiment sentiment,
        int[] spans,
        Vader.Analysis[] sentences,
        Vader.Analysis document,
        int tokens,
        boolean capDiff,
        WordTable words) {
      this.text = text;
      this.sentiment = sentiment;
      this.spans = spans;
      this.sentences = sentences;
      this.document = document;
      this.tokens = tokens;
      this.capDiff = capDiff;
      this.words = words;
    }

    /**
     * The tokens of the whole text, as {@code vader.tokenize(text, 0, text.length())} gives them,
     * made from the sentences' tokens when that is certain to give the same: every character
     * outside the sentences separates words, and so do those on each side of every sentence
     * boundary (the tokeniser never looks past a separator). Empty otherwise.
     */
    java.util.Optional<Tokens> wholeText() {
      int ns = spans.length / 2;
      int prev = 0;
      for (int k = 0; k <= ns; k++) {
        int gapEnd = k < ns ? spans[2 * k] : text.length();
        for (int c = prev; c < gapEnd; c++) {
          if (!Tokens.isHardSeparator(text.charAt(c))) {
            return java.util.Optional.empty();
          }
        }
        if (k < ns) {
          int s = spans[2 * k];
          int e = spans[2 * k + 1];
          if (s > 0 && !Tokens.isHardSeparator(text.charAt(s - 1))
              || e < text.length() && !Tokens.isHardSeparator(text.charAt(e))) {
            return java.util.Optional.empty();
          }
          prev = e;
        }
      }
      if (sentences.length == 1) {
        return java.util.Optional.of(sentences[0].tokens); // no one writes to tokens once made
      }
      Tokens all = new Tokens(words, tokens);
      for (Vader.Analysis a : sentences) {
        Tokens t = a.tokens;
        for (int i = 0; i < t.size; i++) {
          all.add(t, i);
        }
      }
      return java.util.Optional.of(all);
    }

    /** The rule features of the learned correction. */
    double[] features() {
      return SentimentCorrection.features(this, document.sum, document.punctuation, tokens);
    }
  }

  /**
   * The rules run per sentence, so that a negation or a "but" never reaches into the next sentence;
   * whether the text mixes case is decided over the whole text, so that one shouted sentence in a
   * calm comment still counts as emphasis. The document sums all token valences and counts "!" and
   * "?" over the whole text, as VADER does for one text.
   */
  Detailed analyse(String t) {
    int[] spans = SentenceSplitter.split(t);
    int ns = spans.length / 2;
    Tokens[] toks = new Tokens[ns];
    int tokens = 0;
    int caps = 0;
    for (int k = 0; k < ns; k++) {
      toks[k] = vader.tokenize(t, spans[2 * k], spans[2 * k + 1]);
      tokens += toks[k].size;
      caps += Vader.capsCount(toks[k]);
    }
    boolean capDiff = tokens - caps > 0 && tokens - caps < tokens;
    Vader.Analysis[] analyses = new Vader.Analysis[ns];
    List<SentenceSentiment> sentences = new ArrayList<>(ns);
    double[] all = new double[tokens];
    int at = 0;
    int shouts = 0;
    for (int k = 0; k < ns; k++) {
      double[] v = vader.valences(toks[k], capDiff);
      System.arraycopy(v, 0, all, at, v.length);
      at += v.length;
      int sh = vader.shouts(toks[k], capDiff);
      shouts += sh;
      Vader.Analysis a =
          Vader.score(toks[k], v, Vader.punctuationEmphasis(t, spans[2 * k], spans[2 * k + 1], sh));
      analyses[k] = a;
      sentences.add(
          new SentenceSentiment(
              spans[2 * k], spans[2 * k + 1], a.compound, a.positive, a.neutral, a.negative));
    }
    Vader.Analysis doc =
        ns == 1
            ? analyses[0]
            : Vader.score(
                null,
                all,
                all.length,
                Vader.punctuationEmphasis(t, 0, t.length(), shouts),
                Vader.ALPHA * Math.sqrt(ns));
    DocumentSentiment ds =
        new DocumentSentiment(
            sentences,
            doc.compound,
            doc.positive,
            doc.neutral,
            doc.negative,
            SentimentLabel.of(doc.compound));
    return new Detailed(t, ds, spans, analyses, doc, tokens, capDiff, vader.words());
  }

  /**
   * Token-weighted mean of sentence compounds: the alternative aggregation, kept for evaluation.
   */
  double meanOfSentences(String text) {
    Objects.requireNonNull(text);
    int[] spans = SentenceSplitter.split(text);
    double sum = 0;
    double weight = 0;
    for (int k = 0; k < spans.length; k += 2) {
      Vader.Analysis a = vader.analyse(text, spans[k], spans[k + 1]);
      int w = Math.max(1, a.tokens.size);
      sum += a.compound * w;
      weight += w;
    }
    return weight == 0 ? 0 : sum / weight;
  }
}
