package org.voxpop.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Stance toward one entity mention, -1..1: what the text says about the entity named there, not how
 * the text sounds overall.
 *
 * <p>Method (see {@code docs/sentiment.md}): the sentence holding the mention is read by a learned
 * target-dependent classifier ({@link StanceFeatures}, {@link StanceModel}; multinomial logistic
 * regression trained on NewsMTSC's sentences about named people by {@code voxpop train stance}),
 * which gives the probability that the sentence is negative, neutral or positive toward the target.
 * The stance's sign is the most probable class (so {@link SentimentLabel#of} of one mention's
 * stance is the classifier's answer) and its size the margin between the positive and the negative
 * probability. Then a few general rules of {@link StanceRoles} that the news-trained model cannot
 * learn from single news sentences: an accusation the writer rejects defends its target ("stop
 * blaming X"), praise said in sarcasm after a list of wrongs counts against the actors named ("...
 * well done."), and in a short sentence, where the news-trained classifier has little to go on, a
 * clear lexical valence near the mention overrules a neutral answer.
 *
 * <p>Immutable and thread safe.
 */
public final class StanceScorer {

  private static final class Holder {
    static final StanceScorer INSTANCE =
        new StanceScorer(
            SentimentScorer.create(), StanceModel.bundled(), StanceModel.bundled().context());
  }

  private final SentimentScorer sentiment;
  private final StanceModel model;
  private final StanceContext context;

  private StanceScorer(SentimentScorer sentiment, StanceModel model, StanceContext context) {
    this.sentiment = sentiment;
    this.model = model;
    this.context = context;
  }

  /** The stance scorer with the bundled model, loaded on first use and shared. */
  public static StanceScorer create() {
    return Holder.INSTANCE;
  }

  /** A scorer with another model (cross-validation trains one per fold). */
  static StanceScorer of(StanceModel model) {
    return new StanceScorer(SentimentScorer.create(), model, model.context());
  }

  /** A reader of training examples: the context as word-vector features ({@link StanceContext}). */
  static StanceScorer forTraining(StanceWordVectors vectors) {
    return new StanceScorer(
        SentimentScorer.create(),
        new StanceModel(new int[0], new float[0]),
        StanceContext.training(vectors));
  }

  /**
   * A character span of an entity mention.
   *
   * @param start offset of the mention's first character
   * @param end offset just past its last character
   */
  public record Span(int start, int end) {}

  /**
   * Stance toward the mention {@code [mentionStart, mentionEnd)} of {@code text}, -1..1; 0 when the
   * span lies in no sentence of {@code scored} (which must be {@code score(text)}).
   */
  public double stance(String text, DocumentSentiment scored, int mentionStart, int mentionEnd) {
    return stances(text, scored, List.of(new Span(mentionStart, mentionEnd))).get(0);
  }

  /**
   * {@link #stance} for each span, in order. A sentence is analysed once however many mentions it
   * holds: news text names several entities per sentence.
   */
  public List<Double> stances(String text, DocumentSentiment scored, List<Span> mentions) {
    List<Double> out = new ArrayList<>(mentions.size());
    if (text == null || mentions.isEmpty()) {
      mentions.forEach(m -> out.add(0.0));
      return out;
    }
    StanceRoles.Text roles = new StanceRoles.Text(text, scored);
    double[] p = new double[StanceModel.CLASSES];
    read(
        text,
        scored,
        mentions,
        (index, sentence, s, first, last, features) -> {
          if (sentence == null) {
            out.add(0.0);
            return;
          }
          model.probabilities(features, p);
          out.add(roles.adjust(score(p), features.lexical, sentence, first));
        });
    return out;
  }

  /** Mean of the stances (per document and entity); 0 for none. */
  public static double mean(List<Double> stances) {
    return stances.stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
  }

  /**
   * The stance of class probabilities (negative, neutral, positive): the sign of the most probable
   * class and the size of the margin P(positive) - P(negative), so that {@link SentimentLabel#of}
   * gives the most probable class back.
   */
  static double score(double[] p) {
    double margin = p[2] - p[0];
    if (p[1] >= p[0] && p[1] >= p[2]) {
      return margin * (SentimentLabel.THRESHOLD * 0.99);
    }
    double size = SentimentLabel.THRESHOLD + (1 - SentimentLabel.THRESHOLD) * Math.abs(margin);
    return p[2] > p[0] ? size : -size;
  }

  /**
   * Told about each mention's sentence, its tokens and features; null sentence when it has none.
   */
  interface MentionVisitor {
    void mention(
        int index,
        StanceSentence sentence,
        int sentenceIndex,
        int first,
        int last,
        StanceVector features);
  }

  /**
   * Finds each mention's sentence in {@code scored}, analyses each such sentence once, and hands
   * the mention's features to {@code visitor}: the one path from text to features, so that training
   * reads its examples exactly as scoring reads a text.
   */
  void read(String text, DocumentSentiment scored, List<Span> mentions, MentionVisitor visitor) {
    List<SentenceSentiment> sentences = scored.sentences();
    // the sentiment scorer's tokens and valences of this text, when it scored it just before
    java.util.Optional<SentimentScorer.Detailed> known = SentimentScorer.analysisOf(text, scored);
    StanceSentence[] analysed = new StanceSentence[sentences.size()];
    StanceVector f = StanceVector.take();
    int[] sentenceOf = new int[mentions.size()];
    int[] firsts = new int[mentions.size()];
    int[] lasts = new int[mentions.size()];
    int hint = 0;
    for (int m = 0; m < mentions.size(); m++) {
      Span span = mentions.get(m);
      int ms = span.start();
      int me = span.end();
      int si = ms < 0 || me > text.length() || ms >= me ? -1 : sentenceOf(sentences, ms, me, hint);
      sentenceOf[m] = si;
      if (si < 0) {
        continue;
      }
      hint = si;
      if (analysed[si] == null) {
        SentenceSentiment ss = sentences.get(si);
        analysed[si] =
            known.isPresent()
                ? StanceSentence.analyse(
                    sentiment.vader(), text, ss.start(), ss.end(), known.get(), si)
                : StanceSentence.analyse(sentiment.vader(), text, ss.start(), ss.end());
      }
      Tokens t = analysed[si].tokens;
      int first = -1;
      int last = -1;
      for (int i = 0; i < t.size; i++) {
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
        while (first < t.size - 1 && t.start[first] < ms) {
          first++;
        }
        last = first - 1;
      }
      firsts[m] = first;
      lasts[m] = last;
    }
    boolean[] others = new boolean[0];
    for (int m = 0; m < mentions.size(); m++) {
      int si = sentenceOf[m];
      if (si < 0) {
        visitor.mention(m, null, -1, 0, -1, f);
        continue;
      }
      StanceSentence s = analysed[si];
      if (others.length < s.size()) {
        others = new boolean[s.size()];
      }
      // the other mentions of the sentence read as one placeholder word, not as their names
      java.util.Arrays.fill(others, 0, s.size(), false);
      for (int o = 0; o < mentions.size(); o++) {
        if (o != m && sentenceOf[o] == si) {
          for (int i = firsts[o]; i <= lasts[o]; i++) {
            others[i] = i < firsts[m] || i > lasts[m];
          }
        }
      }
      StanceFeatures.extract(s, firsts[m], lasts[m], others, f);
      context.add(s, firsts[m], lasts[m], others, f);
      visitor.mention(m, s, si, firsts[m], lasts[m], f);
    }
    f.release();
  }

  private static int sentenceOf(List<SentenceSentiment> sentences, int ms, int me, int hint) {
    // mentions come in text order: look from the last sentence found first
    for (int k = 0; k < sentences.size(); k++) {
      int i = (hint + k) % sentences.size();
      SentenceSentiment s = sentences.get(i);
      if (ms < s.end() && me > s.start()) {
        return i;
      }
    }
    return -1;
  }
}
