package org.voxpop.enrich.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stance toward one entity mention: the sentiment of the sentence that holds the mention,
 * concentrated on the clause around it.
 *
 * <p>Method: the sentence holding the mention is re-analysed with the VADER rules, which gives a
 * valence per token after negation, boosters, caps and the "but" shift (so "not good for X" is
 * already negative). The mention's own tokens are left out. Each other token's valence is
 * weighted by {@code 1 / (1 + d / 3)} for a distance of {@code d} tokens from the mention, and by
 * {@value #OTHER_CLAUSE} more when it lies in another clause (clauses end at , ; : ( ) and dashes,
 * and before "but", "although", "because", "while", "whereas", "however", "yet", "though",
 * "which", "who"). The weighted sum, with the sentence's "!"/"?" emphasis, is normalised like
 * VADER's compound to -1..1.
 *
 * <p>What it can see: the polarity of words close to the mention in the same sentence ("The US
 * has messed up the whole world" is negative toward the US). What it cannot see: who the
 * sentiment is aimed at. In seed comment 1 ("typical scum blaming the USA and Israel for
 * everything, how dumb can you be") the anger is aimed at other commenters, yet "blaming" sits in
 * the clause with "Israel", so the stance toward Israel comes out negative: a false negative
 * stance this method cannot avoid without a parser. Likewise sarcasm ("well done.") reads as
 * positive, and sentiment in a neighbouring sentence is not attributed to the mention.
 *
 * <p>Immutable and thread safe.
 */
public final class StanceScorer {
  /** Extra weight factor for tokens outside the mention's clause. */
  public static final double OTHER_CLAUSE = 0.25;

  private static final Set<String> CLAUSE_WORDS = Lexicons.set("but", "although", "though", "because",
      "while", "whereas", "however", "yet", "which", "who", "whom", "unlike", "except");

  private static final StanceScorer INSTANCE = new StanceScorer(SentimentScorer.create());

  private final SentimentScorer sentiment;

  private StanceScorer(SentimentScorer sentiment) {
    this.sentiment = sentiment;
  }

  /** The stance scorer over the bundled lexicons. */
  public static StanceScorer create() {
    return INSTANCE;
  }

  /**
   * A character span of an entity mention.
   *
   * @param start offset of the mention's first character
   * @param end offset just past its last character
   */
  public record Span(int start, int end) {}

  /**
   * Stance toward the mention {@code [mentionStart, mentionEnd)} of {@code text}, -1..1; 0 when
   * the span lies in no sentence of {@code scored} (which must be {@code score(text)}).
   */
  public double stance(String text, DocumentSentiment scored, int mentionStart, int mentionEnd) {
    if (text == null || mentionStart < 0 || mentionEnd > text.length() || mentionStart >= mentionEnd) {
      return 0.0;
    }
    SentenceSentiment s = sentenceOf(scored, mentionStart, mentionEnd);
    return s == null ? 0.0 : stanceIn(analyse(text, s), mentionStart, mentionEnd);
  }

  /**
   * {@link #stance} for each span, in order. A sentence is analysed once however many mentions
   * it holds: news text names several entities per sentence.
   */
  public List<Double> stances(String text, DocumentSentiment scored, List<Span> mentions) {
    List<Double> out = new ArrayList<>(mentions.size());
    Map<Integer, Sentence> analysed = new HashMap<>();
    for (Span m : mentions) {
      SentenceSentiment s = text == null || m.start() < 0 || m.end() > text.length() || m.start() >= m.end()
          ? null : sentenceOf(scored, m.start(), m.end());
      out.add(s == null ? 0.0 : stanceIn(analysed.computeIfAbsent(s.start(), k -> analyse(text, s)), m.start(), m.end()));
    }
    return out;
  }

  private static SentenceSentiment sentenceOf(DocumentSentiment scored, int mentionStart, int mentionEnd) {
    for (SentenceSentiment s : scored.sentences()) {
      if (mentionStart < s.end() && mentionEnd > s.start()) {
        return s;
      }
    }
    return null;
  }

  /** One sentence's tokens, valences, clause of every token and punctuation emphasis. */
  private record Sentence(Tokens tokens, double[] valences, int[] clause, double punctuation) {}

  /** Mean of the stances (per document and entity); 0 for none. */
  public static double mean(List<Double> stances) {
    return stances.stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
  }

  private Sentence analyse(String text, SentenceSentiment s) {
    Vader vader = sentiment.vader();
    Tokens t = vader.tokenize(text, s.start(), s.end());
    boolean capDiff = Vader.allCapDifferential(t);
    double[] v = vader.valences(t, capDiff);
    int n = t.size;
    // clause index of every token
    int[] clause = new int[n];
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && (breaksBetween(text, t.end[i - 1], t.start[i]) || CLAUSE_WORDS.contains(t.lower[i]))) {
        c++;
      }
      clause[i] = c;
    }
    double punct = Vader.punctuationEmphasis(text, s.start(), s.end(), vader.shouts(t, capDiff));
    return new Sentence(t, v, clause, punct);
  }

  private static double stanceIn(Sentence sentence, int ms, int me) {
    Tokens t = sentence.tokens();
    int n = t.size;
    if (n == 0) {
      return 0.0;
    }
    double[] v = sentence.valences();
    int[] clause = sentence.clause();
    int first = -1;
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (t.start[i] < me && t.end[i] > ms) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      // the span falls between tokens (e.g. punctuation): anchor at the next token
      first = 0;
      while (first < n - 1 && t.start[first] < ms) {
        first++;
      }
      last = first - 1;
    }
    int mentionClause = clause[Math.max(0, Math.min(first, n - 1))];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (i >= first && i <= last || v[i] == 0) {
        continue;
      }
      int d = i < first ? first - i : i - last;
      double w = 1.0 / (1.0 + d / 3.0);
      if (clause[i] != mentionClause) {
        w *= OTHER_CLAUSE;
      }
      sum += w * v[i];
    }
    double punct = sentence.punctuation();
    if (sum > 0) {
      sum += punct;
    } else if (sum < 0) {
      sum -= punct;
    }
    return Vader.normalize(sum);
  }

  private static boolean breaksBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char ch = text.charAt(k);
      if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '\u2014'
          || ch == '\u2013' || ch == '\u2026' || (ch == '-' && k > from && k + 1 < to
          && text.charAt(k - 1) == ' ')) {
        return true;
      }
    }
    return false;
  }
}
