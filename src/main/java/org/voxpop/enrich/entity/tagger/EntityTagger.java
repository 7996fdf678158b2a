package org.voxpop.enrich.entity.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The trained named-entity tagger: finds the names in tokenised text and types them as person,
 * location, organisation or other (MISC), one document at a time.
 *
 * <p>Immutable and thread safe: load the model once and share it. The dictionary it consults
 * ({@link TokenLexicon}) is separate from the weights, so that a newsroom's own gazetteer can be
 * used with the bundled model ({@link #withLexicon}).
 */
public final class EntityTagger {

  /**
   * How to train.
   *
   * @param epochs passes over the training data
   * @param seed seed of the document order
   * @param minFeatureCount features seen fewer times in the training data are dropped
   * @param lexiconDropout share of training sentences seen without their dictionary features, so
   *     that the weights of the context features are trained too and a name list never decides
   *     alone (feature bagging, Sutton, Sindelar and McCallum 2006)
   * @param orders how many runs, each over its own seeded document order ({@code seed}, {@code seed
   *     + 1}, ...), are trained side by side and averaged into one model
   * @param newsLowerCaseShare share of the news corpora's training documents that the taggers per
   *     genre also see a second time written all in lower case, from 0 to 1 (see {@code
   *     TaggerTrainer.withLowerCaseCopies})
   * @param socialShoutedShare share of the social corpora's training documents that the taggers per
   *     genre also see a second time with one word of each sentence in capitals, from 0 to 1 (see
   *     {@code TaggerTrainer.withShoutedCopies})
   */
  public record Options(
      int epochs,
      long seed,
      int minFeatureCount,
      double lexiconDropout,
      int orders,
      double newsLowerCaseShare,
      double socialShoutedShare) {
    public Options {
      if (!(newsLowerCaseShare >= 0 && newsLowerCaseShare <= 1)) {
        throw new IllegalArgumentException(
            "newsLowerCaseShare must be in [0, 1]: " + newsLowerCaseShare);
      }
      if (!(socialShoutedShare >= 0 && socialShoutedShare <= 1)) {
        throw new IllegalArgumentException(
            "socialShoutedShare must be in [0, 1]: " + socialShoutedShare);
      }
    }
  }

  /**
   * The temperatures {@link #calibrated} tries. A genre's tagger adds two weights per feature (see
   * {@link GenreTaggers}), so its scores run larger than one tagger's did: up to 30 was enough
   * then.
   */
  private static final double[] TEMPERATURES = {
    1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 35, 40, 50, 60, 80
  };

  private final TaggerModel model;
  private final TokenLexicon lexicon;
  private final WordClasses classes;
  private final FeatureExtractor fx;
  private final WordCache cache;

  EntityTagger(TaggerModel model, TokenLexicon lexicon, WordClasses classes) {
    this.model = Objects.requireNonNull(model, "model");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.classes = Objects.requireNonNull(classes, "classes");
    this.fx = new FeatureExtractor(lexicon, classes);
    this.cache = new WordCache(model, fx);
  }

  /** Another dictionary over the same weights and words: the word cache is shared. */
  private EntityTagger(EntityTagger base, TokenLexicon lexicon) {
    this.model = base.model;
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.classes = base.classes;
    this.fx = new FeatureExtractor(lexicon, classes);
    this.cache = base.cache;
  }

  /** Reads weights written by {@link #write}. */
  public static EntityTagger read(InputStream in, TokenLexicon lexicon, WordClasses classes)
      throws IOException {
    return new EntityTagger(TaggerModel.read(in), lexicon, classes);
  }

  /** The same weights over another dictionary. */
  public EntityTagger withLexicon(TokenLexicon other) {
    return new EntityTagger(this, other);
  }

  /** Writes the weights; the same model always gives the same bytes. */
  public void write(OutputStream out) throws IOException {
    model.write(out);
  }

  /**
   * The same weights with the temperature that makes the tagger's label probabilities fit these
   * labelled documents best (least negative log-likelihood of the gold labels): the tagger's
   * confidences then mean what they say. Development data only, never training data, whose labels
   * the weights already fit.
   */
  public EntityTagger calibrated(List<NerCorpus.Corpus> dev) {
    if (dev.isEmpty()) {
      throw new IllegalArgumentException("no development corpus to calibrate on");
    }
    double best = Double.NaN;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (double t : TEMPERATURES) {
      TaggerModel m = model.withTemperature(t);
      WordCache mc = new WordCache(m, fx);
      double loss = 0;
      for (NerCorpus.Corpus c : dev) {
        for (NerCorpus.Document d : c.documents()) {
          List<String[]> ss = new ArrayList<>();
          for (NerCorpus.Sentence s : d.sentences()) {
            ss.add(s.tokens().toArray(new String[0]));
          }
          List<TaggerModel.Sentence> tagged = m.tagDocument(ss, fx, mc);
          for (int s = 0; s < ss.size(); s++) {
            NerCorpus.Sentence sentence = d.sentences().get(s);
            int[] gold =
                TaggerTrainer.goldMask(
                    ss.get(s), sentence.spans(), c.miscComplete(), sentence.outside());
            double[] p = m.marginals(tagged.get(s));
            for (int i = 0; i < gold.length; i++) {
              double q = 0;
              for (int y = 0; y < Labels.COUNT; y++) {
                if ((gold[i] & (1 << y)) != 0) {
                  q += p[i * Labels.COUNT + y];
                }
              }
              loss -= Math.log(Math.max(1e-12, q));
            }
          }
        }
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        best = t;
      }
    }
    return new EntityTagger(model.withTemperature(best), lexicon, classes);
  }

  /**
   * The same weights with a given temperature: that of a tagger calibrated on data this one was
   * trained on, which can no longer calibrate it (see {@link #calibrated}).
   */
  public EntityTagger withTemperature(double temperature) {
    return new EntityTagger(model.withTemperature(temperature), lexicon, classes);
  }

  /** The temperature of the label probabilities (see {@link #calibrated}). */
  public double temperature() {
    return model.temperature;
  }

  TaggerModel model() {
    return model;
  }

  FeatureExtractor features() {
    return fx;
  }

  /** Number of features with weights. */
  public int featureCount() {
    return model.index.size();
  }

  /** The names in a text's tokens, sentence by sentence, in order. */
  public TaggedText tag(Tokens tokens) {
    return new TaggedText(tokens, model.tagDocument(sentences(tokens), fx, cache));
  }

  /**
   * As {@link #tag(Tokens)}, with the dictionary's codes of each sentence already at hand (the
   * caller needed the dictionary's matches itself), in place of this tagger's own lexicon.
   *
   * @param codes for each sentence, the codes of each of its tokens
   */
  public TaggedText tag(Tokens tokens, List<String[][]> codes) {
    List<String[]> sentences = sentences(tokens);
    if (codes.size() != sentences.size()) {
      throw new IllegalArgumentException(
          codes.size() + " code lists for " + sentences.size() + " sentences");
    }
    java.util.Iterator<String[][]> next = codes.iterator();
    FeatureExtractor given = new FeatureExtractor(words -> next.next(), classes);
    return new TaggedText(tokens, model.tagDocument(sentences, given, cache));
  }

  /**
   * As {@link #tag(Tokens, List)}, with each token's {@link #score} also at hand (the caller keeps
   * its own per-word records, so this tagger's word cache is not consulted).
   *
   * @param words the score of each token of the text, in order
   */
  public TaggedText tag(Tokens tokens, List<String[][]> codes, ScoredWord[] words) {
    List<String[]> sentences = sentences(tokens);
    if (codes.size() != sentences.size() || words.length != tokens.size()) {
      throw new IllegalArgumentException(
          codes.size()
              + " code lists for "
              + sentences.size()
              + " sentences, "
              + words.length
              + " scores for "
              + tokens.size()
              + " tokens");
    }
    List<ScoredWord[]> scored = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      int from = tokens.sentenceStarts()[s];
      scored.add(java.util.Arrays.copyOfRange(words, from, tokens.sentenceEnd(s)));
    }
    java.util.Iterator<String[][]> next = codes.iterator();
    FeatureExtractor given = new FeatureExtractor(w -> next.next(), classes);
    return new TaggedText(
        tokens, model.tagDocument(sentences, scored, given, cache.boundaryScores()));
  }

  /**
   * What this tagger makes of one word on its own, computed afresh each call: for a caller that
   * keeps one record per distinct word and wants the tagger's part of it there.
   */
  public ScoredWord score(String word) {
    return cache.score(word);
  }

  /**
   * A tagged text: its names, and on demand how close the tagger came to a name anywhere. Not
   * thread safe (it computes lazily); one per text.
   */
  public final class TaggedText {
    private final Tokens tokens;
    private final List<TaggerModel.Sentence> sentences;
    private List<TaggedSpan> spans;
    private ForwardBackward[] probabilities;

    private TaggedText(Tokens tokens, List<TaggerModel.Sentence> sentences) {
      this.tokens = tokens;
      this.sentences = sentences;
    }

    /** The names found, in text order, token indexes into the whole text. */
    public List<TaggedSpan> spans() {
      if (spans == null) {
        List<TaggedSpan> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
          int off = tokens.sentenceStarts()[s];
          int sentence = s;
          for (TaggedSpan sp :
              EntityTagger.spans(sentences.get(s), () -> probabilities(sentence))) {
            out.add(new TaggedSpan(sp.start() + off, sp.end() + off, sp.type(), sp.confidence()));
          }
        }
        spans = out;
      }
      return spans;
    }

    /**
     * The model's probability that token {@code i} is part of some name (one minus the marginal
     * probability of "no name"): how close the tagger came, where it tagged nothing.
     */
    public double nameProbability(int i) {
      int s = sentenceOf(i);
      int t = i - tokens.sentenceStarts()[s];
      return 1 - probabilities(s).probability(t, Labels.O);
    }

    /**
     * Whether most words of sentence {@code s} are written in capitals (a headline, an angry
     * comment), where a capital says little about names.
     */
    public boolean shouted(int s) {
      return sentences.get(s).headline();
    }

    /** The label probabilities of sentence {@code s}, shared by whoever asks. */
    private ForwardBackward probabilities(int s) {
      if (probabilities == null) {
        probabilities = new ForwardBackward[sentences.size()];
      }
      if (probabilities[s] == null) {
        probabilities[s] = model.probabilities(sentences.get(s));
      }
      return probabilities[s];
    }

    private int sentenceOf(int i) {
      int s = java.util.Arrays.binarySearch(tokens.sentenceStarts(), i);
      return s >= 0 ? s : -s - 2;
    }
  }

  private static List<String[]> sentences(Tokens tokens) {
    List<String[]> sentences = new ArrayList<>(tokens.sentenceStarts().length);
    for (int s = 0; s < tokens.sentenceStarts().length; s++) {
      int from = tokens.sentenceStarts()[s];
      int to = tokens.sentenceEnd(s);
      String[] words = new String[to - from];
      for (int i = from; i < to; i++) {
        words[i - from] = tokens.token(i);
      }
      sentences.add(words);
    }
    return sentences;
  }

  /**
   * The names in each sentence of one document, token indexes counted within the sentence.
   *
   * @param sentences the tokens of each sentence, in document order
   */
  public List<List<TaggedSpan>> tagSentences(List<String[]> sentences) {
    List<List<TaggedSpan>> out = new ArrayList<>(sentences.size());
    for (TaggerModel.Sentence s : model.tagDocument(sentences, fx, cache)) {
      out.add(spans(s, () -> model.probabilities(s)));
    }
    return out;
  }

  /**
   * A sentence's names, each with the probability of its least certain label.
   *
   * @param probabilities the sentence's label probabilities, asked for only when it has a name
   */
  private static List<TaggedSpan> spans(
      TaggerModel.Sentence s, java.util.function.Supplier<ForwardBackward> probabilities) {
    int[] l = s.labels();
    List<TaggedSpan> out = new ArrayList<>();
    ForwardBackward p = null;
    for (int t = 0; t < l.length; t++) {
      if (l[t] == Labels.O) {
        continue;
      }
      if (p == null) {
        p = probabilities.get();
      }
      int e = t;
      while (Labels.part(l[e]) != Labels.U && Labels.part(l[e]) != Labels.L) {
        e++;
      }
      double conf = 1;
      for (int k = t; k <= e; k++) {
        conf = Math.min(conf, p.probability(k, l[k]));
      }
      out.add(new TaggedSpan(t, e + 1, NerCorpus.TYPES.get(Labels.type(l[t])), conf));
      t = e;
    }
    return out;
  }
}
