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
 *
 * <p>News and social text get weights of their own, learnt together by domain adaptation (see
 * {@link AdaptedModel}); a text tagged without saying which it is ({@link TextDomain#AUTO}) is
 * classified by its style ({@link DomainClassifier}).
 */
public final class EntityTagger {

  /**
   * How to train.
   *
   * @param epochs passes over the training data
   * @param seed seed of the document order
   * @param minFeatureCount features seen fewer times in the training data are dropped
   * @param lexiconDropout share of training sentences seen without dictionary features
   */
  public record Options(int epochs, long seed, int minFeatureCount, double lexiconDropout) {}

  /** Told about each finished epoch with the averaged model so far (for model selection). */
  @FunctionalInterface
  public interface Progress {
    void epoch(int epoch, EntityTagger model);
  }

  private final AdaptedModel model;
  private final TokenLexicon lexicon;
  private final WordClasses classes;
  private final FeatureExtractor fx;

  /** Each known domain's summed weights and word cache, in {@link TextDomain#block} order. */
  private final TaggerModel[] models;

  private final WordCache[] caches;

  private EntityTagger(AdaptedModel model, TokenLexicon lexicon, WordClasses classes) {
    this.model = Objects.requireNonNull(model, "model");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.classes = Objects.requireNonNull(classes, "classes");
    this.fx = new FeatureExtractor(lexicon, classes);
    this.models = new TaggerModel[TextDomain.KNOWN.length];
    this.caches = new WordCache[TextDomain.KNOWN.length];
    for (TextDomain d : TextDomain.KNOWN) {
      models[d.block() - 1] = model.forDomain(d);
      caches[d.block() - 1] = new WordCache(models[d.block() - 1], fx);
    }
  }

  /** Another dictionary over the same weights and words: the word caches are shared. */
  private EntityTagger(EntityTagger base, TokenLexicon lexicon) {
    this.model = base.model;
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.classes = base.classes;
    this.fx = new FeatureExtractor(lexicon, classes);
    this.models = base.models;
    this.caches = base.caches;
  }

  /** Trains a tagger on labelled news corpora (see {@link TaggerTrainer}). */
  public static EntityTagger train(
      List<NerCorpus.Corpus> corpora,
      TokenLexicon lexicon,
      WordClasses classes,
      Options options,
      Progress progress) {
    return train(
        corpora,
        java.util.Collections.nCopies(corpora.size(), TextDomain.NEWS),
        lexicon,
        classes,
        options,
        progress);
  }

  /**
   * Trains a tagger on labelled corpora of both domains (see {@link TaggerTrainer}).
   *
   * @param domains the domain of each corpus, NEWS or SOCIAL
   */
  public static EntityTagger train(
      List<NerCorpus.Corpus> corpora,
      List<TextDomain> domains,
      TokenLexicon lexicon,
      WordClasses classes,
      Options options,
      Progress progress) {
    FeatureExtractor fx = new FeatureExtractor(lexicon, classes);
    AdaptedModel m =
        TaggerTrainer.train(
            corpora,
            domains,
            fx,
            new TaggerTrainer.Options(
                options.epochs(),
                options.seed(),
                options.minFeatureCount(),
                options.lexiconDropout()),
            (e, model) -> progress.epoch(e, new EntityTagger(model, lexicon, classes)));
    return new EntityTagger(m, lexicon, classes);
  }

  /** Reads weights written by {@link #write}. */
  public static EntityTagger read(InputStream in, TokenLexicon lexicon, WordClasses classes)
      throws IOException {
    return new EntityTagger(AdaptedModel.read(in), lexicon, classes);
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
   * The same weights with, for each domain, the temperature that makes the tagger's label
   * probabilities fit that domain's labelled documents best (least negative log-likelihood of the
   * gold labels): the tagger's confidences then mean what they say. Development data only, never
   * training data, whose labels the weights already fit. A domain without documents keeps its
   * temperature.
   *
   * @param domains the domain of each corpus, NEWS or SOCIAL
   */
  public EntityTagger calibrated(List<NerCorpus.Corpus> dev, List<TextDomain> domains) {
    double[] temperatures = model.temperatures.clone();
    for (TextDomain domain : TextDomain.KNOWN) {
      List<NerCorpus.Corpus> own = new ArrayList<>();
      for (int i = 0; i < dev.size(); i++) {
        if (domains.get(i) == domain) {
          own.add(dev.get(i));
        }
      }
      if (!own.isEmpty()) {
        temperatures[domain.block() - 1] = bestTemperature(model(domain), own);
      }
    }
    return new EntityTagger(model.withTemperatures(temperatures), lexicon, classes);
  }

  private double bestTemperature(TaggerModel base, List<NerCorpus.Corpus> dev) {
    double best = Double.NaN;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (double t : new double[] {1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30}) {
      TaggerModel m = base.withTemperature(t);
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
            int[] gold =
                TaggerTrainer.goldMask(ss.get(s), d.sentences().get(s).spans(), c.miscComplete());
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
    return best;
  }

  /** The temperature of a known domain's label probabilities (see {@link #calibrated}). */
  public double temperature(TextDomain domain) {
    return model(domain).temperature;
  }

  /** The summed weights of a known domain. */
  TaggerModel model(TextDomain domain) {
    return models[domain.block() - 1];
  }

  FeatureExtractor features() {
    return fx;
  }

  /** The domain this tagger takes a document of these sentences for (see {@link #tag}). */
  public TextDomain domainOf(List<String[]> sentences) {
    return model.classifier.classify(sentences);
  }

  private TextDomain resolve(TextDomain domain, List<String[]> sentences) {
    return domain == TextDomain.AUTO ? domainOf(sentences) : domain;
  }

  /** Number of features with weights. */
  public int featureCount() {
    return model.index.size();
  }

  /** The names in a text's tokens, sentence by sentence, in order. */
  public TaggedText tag(Tokens tokens) {
    return tag(tokens, TextDomain.AUTO);
  }

  /** As {@link #tag(Tokens)}, as text of this domain. */
  public TaggedText tag(Tokens tokens, TextDomain domain) {
    List<String[]> sentences = sentences(tokens);
    TextDomain d = resolve(domain, sentences);
    return new TaggedText(tokens, d, model(d), model(d).tagDocument(sentences, fx, cache(d)));
  }

  private WordCache cache(TextDomain d) {
    return caches[d.block() - 1];
  }

  /**
   * As {@link #tag(Tokens)}, with the dictionary's codes of each sentence already at hand (the
   * caller needed the dictionary's matches itself), in place of this tagger's own lexicon.
   *
   * @param codes for each sentence, the codes of each of its tokens
   */
  public TaggedText tag(Tokens tokens, List<String[][]> codes) {
    return tag(tokens, codes, TextDomain.AUTO);
  }

  /** As {@link #tag(Tokens, List)}, as text of this domain. */
  public TaggedText tag(Tokens tokens, List<String[][]> codes, TextDomain domain) {
    List<String[]> sentences = sentences(tokens);
    TextDomain d = resolve(domain, sentences);
    if (codes.size() != sentences.size()) {
      throw new IllegalArgumentException(
          codes.size() + " code lists for " + sentences.size() + " sentences");
    }
    java.util.Iterator<String[][]> next = codes.iterator();
    FeatureExtractor given = new FeatureExtractor(words -> next.next(), classes);
    return new TaggedText(tokens, d, model(d), model(d).tagDocument(sentences, given, cache(d)));
  }

  /**
   * A tagged text: its names, and on demand how close the tagger came to a name anywhere. Not
   * thread safe (it computes lazily); one per text.
   */
  public final class TaggedText {
    private final Tokens tokens;
    private final TextDomain domain;
    private final TaggerModel model;
    private final List<TaggerModel.Sentence> sentences;
    private List<TaggedSpan> spans;
    private double[][] marginals;

    private TaggedText(
        Tokens tokens, TextDomain domain, TaggerModel model, List<TaggerModel.Sentence> sentences) {
      this.tokens = tokens;
      this.domain = domain;
      this.model = model;
      this.sentences = sentences;
    }

    /** The domain the text was read as, NEWS or SOCIAL. */
    public TextDomain domain() {
      return domain;
    }

    /** The names found, in text order, token indexes into the whole text. */
    public List<TaggedSpan> spans() {
      if (spans == null) {
        List<TaggedSpan> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
          int off = tokens.sentenceStarts()[s];
          int sentence = s;
          for (TaggedSpan sp : EntityTagger.spans(sentences.get(s), () -> marginals(sentence))) {
            out.add(new TaggedSpan(sp.start() + off, sp.end() + off, sp.type(), sp.confidence()));
          }
        }
        spans = out;
      }
      return spans;
    }

    /**
     * The model's probability that token {@code i} is part of some name (one minus the marginal
     * probability of "no name"): how close the tagger came, where it tagged nothing. Computed for
     * the token's sentence on first asking.
     */
    public double nameProbability(int i) {
      int s = sentenceOf(i);
      int t = i - tokens.sentenceStarts()[s];
      return 1 - marginals(s)[t * Labels.COUNT + Labels.O];
    }

    /** The label probabilities of sentence {@code s}, computed once whoever asks first. */
    private double[] marginals(int s) {
      if (marginals == null) {
        marginals = new double[sentences.size()][];
      }
      if (marginals[s] == null) {
        marginals[s] = model.marginals(sentences.get(s));
      }
      return marginals[s];
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
    return tagSentences(sentences, TextDomain.AUTO);
  }

  /** As {@link #tagSentences(List)}, as text of this domain. */
  public List<List<TaggedSpan>> tagSentences(List<String[]> sentences, TextDomain domain) {
    TextDomain d = resolve(domain, sentences);
    TaggerModel m = model(d);
    List<List<TaggedSpan>> out = new ArrayList<>(sentences.size());
    for (TaggerModel.Sentence s : m.tagDocument(sentences, fx, cache(d))) {
      out.add(spans(s, () -> m.marginals(s)));
    }
    return out;
  }

  /**
   * A sentence's names, each with the probability of its least certain label.
   *
   * @param marginals the sentence's label probabilities, asked for only when it has a name
   */
  private static List<TaggedSpan> spans(
      TaggerModel.Sentence s, java.util.function.Supplier<double[]> marginals) {
    int[] l = s.labels();
    List<TaggedSpan> out = new ArrayList<>();
    double[] p = null;
    for (int t = 0; t < l.length; t++) {
      if (l[t] == Labels.O) {
        continue;
      }
      if (p == null) {
        p = marginals.get();
      }
      int e = t;
      while (Labels.part(l[e]) != Labels.U && Labels.part(l[e]) != Labels.L) {
        e++;
      }
      double conf = 1;
      for (int k = t; k <= e; k++) {
        conf = Math.min(conf, p[k * Labels.COUNT + l[k]]);
      }
      out.add(new TaggedSpan(t, e + 1, NerCorpus.TYPES.get(Labels.type(l[t])), conf));
      t = e;
    }
    return out;
  }
}
