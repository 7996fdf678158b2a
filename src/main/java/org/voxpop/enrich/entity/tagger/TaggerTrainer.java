package org.voxpop.enrich.entity.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.voxpop.model.Genre;

/**
 * Trains the tagger: a structured averaged perceptron (Collins 2002) over BILOU labels with Viterbi
 * decoding, one document at a time so that the history features see what the model itself tagged
 * earlier in the document.
 *
 * <p>Corpora that leave some names unannotated ({@link NerCorpus.Corpus#miscComplete()} false) are
 * trained with partial labels: where the file says "no name", the update target is the best
 * sequence that agrees with the file, in which such a token may still be a MISC name.
 *
 * <p>Deterministic: the weights are integers while training, the document order comes from a seeded
 * {@link Random}, so the same inputs and seed give the same model, bit for bit.
 */
final class TaggerTrainer {

  /** Told about each finished epoch, with the averaged model so far. */
  interface Progress {
    void epoch(int epoch, TaggerModel model);
  }

  /**
   * One training sentence.
   *
   * @param rows feature rows of each token, the dictionary's last
   * @param lexicalFrom where each token's dictionary rows begin
   */
  private record Sentence(String[] words, int[][] rows, int[] lexicalFrom, int[] gold) {}

  private TaggerTrainer() {}

  /**
   * Trains a model on labelled corpora.
   *
   * @param genreCopies whether every feature is also learnt as its copy for the corpus's genre
   *     ({@link GenreCopies})
   * @return the model as trained, features that never moved included: {@link TaggerModel#compact}
   *     it, or {@link TaggerModel#fold} it per genre (a copy's shared feature may weigh nothing
   *     itself)
   */
  static TaggerModel train(
      List<NerCorpus.Corpus> corpora,
      FeatureExtractor fx,
      EntityTagger.Options o,
      boolean genreCopies,
      Progress progress) {
    // Pass 1: the static features of every token, and how often each occurs.
    List<List<String[]>> docWords = new ArrayList<>();
    List<List<FeatureExtractor.SentenceFeatures>> docKeys = new ArrayList<>();
    List<List<int[]>> docGold = new ArrayList<>();
    FeatureIndex counting = new FeatureIndex(1 << 20);
    int[] counts = new int[1 << 20];
    for (int c = 0; c < corpora.size(); c++) {
      NerCorpus.Corpus corpus = corpora.get(c);
      int genre = 0;
      List<NerCorpus.Document> documents = corpus.documents();
      if (genreCopies) {
        // Told from the whole corpus's writing, once for both kinds of copy.
        Genre g = corpus.genre();
        genre = GenreCopies.code(g);
        documents = withShoutedCopies(withLowerCaseCopies(documents, g, o, c), g, o, c);
      }
      for (NerCorpus.Document d : documents) {
        List<String[]> ws = new ArrayList<>();
        List<FeatureExtractor.SentenceFeatures> ks = new ArrayList<>();
        List<int[]> gs = new ArrayList<>();
        for (NerCorpus.Sentence s : d.sentences()) {
          String[] words = s.tokens().toArray(new String[0]);
          FeatureExtractor.SentenceFeatures sf = fx.extract(words);
          if (genreCopies) {
            sf = GenreCopies.augmented(sf, genre);
          }
          for (long[] tk : sf.keys()) {
            for (long k : tk) {
              int r = counting.add(k);
              if (r >= counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
              }
              counts[r]++;
            }
          }
          ws.add(words);
          ks.add(sf);
          gs.add(goldMask(words, s.spans(), corpus.miscComplete(), s.outside()));
        }
        docWords.add(ws);
        docKeys.add(ks);
        docGold.add(gs);
      }
    }
    // Pass 2: rows for the features kept, in first-seen order.
    long[] byRow = counting.keysByRow();
    FeatureIndex index = new FeatureIndex(byRow.length);
    for (int r = 0; r < byRow.length; r++) {
      if (counts[r] >= o.minFeatureCount()) {
        index.add(byRow[r]);
      }
    }
    for (int t = 0; t < 1 + Labels.TYPES; t++) {
      index.add(FeatureExtractor.historyKey(t));
    }
    index.freeze();
    List<List<Sentence>> docs = new ArrayList<>(docWords.size());
    for (int d = 0; d < docWords.size(); d++) {
      List<Sentence> ss = new ArrayList<>();
      for (int s = 0; s < docWords.get(d).size(); s++) {
        FeatureExtractor.SentenceFeatures sf = docKeys.get(d).get(s);
        long[][] keys = sf.keys();
        int[][] rows = new int[keys.length][];
        int[] lexicalFrom = new int[keys.length];
        for (int t = 0; t < keys.length; t++) {
          int[] r = new int[keys[t].length];
          int m = 0;
          for (int j = 0; j < keys[t].length; j++) {
            if (j == sf.lexicalFrom()[t]) {
              lexicalFrom[t] = m;
            }
            int row = index.get(keys[t][j]);
            if (row >= 0) {
              r[m++] = row;
            }
          }
          if (sf.lexicalFrom()[t] >= keys[t].length) {
            lexicalFrom[t] = m;
          }
          rows[t] = Arrays.copyOf(r, m);
        }
        ss.add(new Sentence(docWords.get(d).get(s), rows, lexicalFrom, docGold.get(d).get(s)));
      }
      docs.add(ss);
      docKeys.get(d).clear();
    }
    return trainOrders(index, docs, o, progress);
  }

  /**
   * A corpus's documents and, if it is news, for a seeded share of them ({@link
   * EntityTagger.Options#newsLowerCaseShare}), each one's copy written all in lower case right
   * after it: the copy keeps the names, so the tagger learns them from their context and word
   * classes, not from their capitals alone, as tweets often write them (uncased copies of the
   * training data, Mayhew, Tsygankova and Roth 2019). Only news is copied: social text already has
   * its lower-case names. The copy counts for its corpus's genre. Only the taggers per genre are
   * trained so, not the mixed one that reads most comments (see {@link GenreTaggers#train}).
   *
   * @param docs a corpus's documents
   * @param genre that corpus's genre ({@link NerCorpus.Corpus#genre})
   * @param corpus the corpus's place in the training list: each corpus draws from its own seeded
   *     generator, so that its choice does not hang on the corpora before it
   */
  static List<NerCorpus.Document> withLowerCaseCopies(
      List<NerCorpus.Document> docs, Genre genre, EntityTagger.Options o, int corpus) {
    if (o.newsLowerCaseShare() == 0 || genre != Genre.NEWS) {
      return docs;
    }
    return followedByCopies(
        docs,
        o.newsLowerCaseShare(),
        new Random(o.seed() * 31 + corpus),
        (d, pick) -> d.lowerCased());
  }

  /**
   * A corpus's documents and, if it is social text, for a seeded share of them ({@link
   * EntityTagger.Options#socialShoutedShare}), each one's copy with one word of each sentence
   * written in capitals right after it ({@link NerCorpus.Document#shouted}). Tweets shout words for
   * emphasis ("what IS going on", "tell US the truth"); without such copies the capitals of a
   * common word that a name list also holds ("IS", "US", "WHO") read as the name. The copy keeps
   * the names and counts for its corpus's genre; only the taggers per genre see it.
   *
   * @param corpus the corpus's place in the training list (its own seeded generator)
   */
  static List<NerCorpus.Document> withShoutedCopies(
      List<NerCorpus.Document> docs, Genre genre, EntityTagger.Options o, int corpus) {
    if (o.socialShoutedShare() == 0 || genre != Genre.SOCIAL) {
      return docs;
    }
    return followedByCopies(
        docs,
        o.socialShoutedShare(),
        new Random(o.seed() * 37 + corpus),
        NerCorpus.Document::shouted);
  }

  /**
   * The documents, each followed by its copy for a seeded share of them: {@code pick} draws whether
   * a document is copied, then may draw the copy's own choices.
   */
  private static List<NerCorpus.Document> followedByCopies(
      List<NerCorpus.Document> docs,
      double share,
      Random pick,
      java.util.function.BiFunction<NerCorpus.Document, Random, NerCorpus.Document> copy) {
    List<NerCorpus.Document> out = new ArrayList<>(docs.size() * 2);
    for (NerCorpus.Document d : docs) {
      out.add(d);
      if (pick.nextDouble() < share) {
        out.add(copy.apply(d, pick));
      }
    }
    return out;
  }

  /**
   * Trains {@code o.orders()} runs epoch by epoch, each over its own document order, and reports
   * their mean after each epoch. A perceptron's result hangs on the order it sees the data in: one
   * line more in the gazetteer moved the tweet sets' F1 by two points. The mean of several orders
   * (parameter mixing, McDonald, Hall and Mann 2010) costs nothing when tagging, since it is one
   * table of weights again.
   */
  private static TaggerModel trainOrders(
      FeatureIndex index, List<List<Sentence>> docs, EntityTagger.Options o, Progress progress) {
    Run[] runs = new Run[Math.max(1, o.orders())];
    for (int k = 0; k < runs.length; k++) {
      runs[k] = new Run(index, docs, o.seed() + k, o.lexiconDropout());
    }
    TaggerModel last = null;
    for (int epoch = 1; epoch <= o.epochs(); epoch++) {
      for (Run r : runs) {
        r.epoch();
      }
      last = mean(index, runs);
      progress.epoch(epoch, last);
    }
    return last;
  }

  /** The mean of the runs' averaged weights, summed in run order so that it is the same bits. */
  private static TaggerModel mean(FeatureIndex index, Run[] runs) {
    double[] w = new double[runs[0].w.length];
    double[] t = new double[runs[0].tw.length];
    for (Run r : runs) {
      r.addAveraged(w, t);
    }
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] / runs.length);
    }
    for (int i = 0; i < t.length; i++) {
      t[i] /= runs.length;
    }
    return new TaggerModel(index, avg, t, 1);
  }

  /** The labels each token may take in the update target. */
  static int[] goldMask(String[] words, List<NerCorpus.Span> spans, boolean miscComplete) {
    return goldMask(words, spans, miscComplete, List.of());
  }

  /**
   * As {@link #goldMask(String[], List, boolean)}, with tokens known for sure to be outside every
   * name ({@link NerCorpus.Sentence#outside}: a word shouted in a copy) allowed only O, even in a
   * corpus that does not annotate every kind of name.
   */
  static int[] goldMask(
      String[] words, List<NerCorpus.Span> spans, boolean miscComplete, List<Integer> outside) {
    int[] labels = Labels.encode(words.length, spans);
    int otherwise = 1 << Labels.O;
    if (!miscComplete) {
      int misc = Labels.typeIndex("MISC");
      for (int p = 0; p < 4; p++) {
        otherwise |= 1 << Labels.label(misc, p);
      }
    }
    int[] mask = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      mask[i] = labels[i] == Labels.O ? otherwise : 1 << labels[i];
    }
    // A span that takes in a handle is left out: handles are never labelled.
    for (NerCorpus.Span s : spans) {
      boolean handle = false;
      for (int i = s.start(); i < s.end(); i++) {
        handle |= Handles.isHandle(words, i);
      }
      if (handle) {
        for (int i = s.start(); i < s.end(); i++) {
          mask[i] = otherwise;
        }
      }
    }
    for (int i = 0; i < words.length; i++) {
      if (Handles.isHandle(words, i)) {
        mask[i] = 1 << Labels.O;
      }
    }
    for (int i : outside) {
      mask[i] = 1 << Labels.O;
    }
    return mask;
  }

  /** One training run: integer weights and their running sums for averaging. */
  private static final class Run {
    private final FeatureIndex index;
    private final List<List<Sentence>> docs;
    private final int c = Labels.COUNT;
    private final int[] w;
    private final long[] acc;
    private final int[] tw = new int[(Labels.COUNT + 1) * Labels.COUNT];
    private final long[] tacc = new long[tw.length];
    private long step = 1;
    private final Random random;
    private final double dropout;

    Run(FeatureIndex index, List<List<Sentence>> docs, long seed, double dropout) {
      this.index = index;
      this.docs = docs;
      this.w = new int[index.size() * c];
      this.acc = new long[w.length];
      this.random = new Random(seed);
      this.dropout = dropout;
    }

    /** One pass over the documents in a fresh shuffle of this run's order. */
    void epoch() {
      Integer[] order = new Integer[docs.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      List<Integer> shuffled = new ArrayList<>(Arrays.asList(order));
      java.util.Collections.shuffle(shuffled, random);
      for (int d : shuffled) {
        trainDocument(docs.get(d));
      }
    }

    private void trainDocument(List<Sentence> doc) {
      DocumentHistory history = new DocumentHistory();
      double[] dtrans = new double[tw.length];
      for (int i = 0; i < tw.length; i++) {
        dtrans[i] = tw[i];
      }
      for (Sentence s : doc) {
        int n = s.words.length;
        boolean drop = dropout > 0 && random.nextDouble() < dropout;
        String[] remembered = DocumentHistory.keys(s.words);
        long[][] hk = history.features(remembered);
        int[][] hrows = new int[n][];
        for (int t = 0; t < n; t++) {
          hrows[t] = new int[hk[t].length];
          for (int j = 0; j < hk[t].length; j++) {
            hrows[t][j] = index.get(hk[t][j]);
          }
        }
        double[] em = new double[n * c];
        for (int t = 0; t < n; t++) {
          add(s.rows[t], drop ? s.lexicalFrom[t] : s.rows[t].length, em, t * c);
          add(hrows[t], hrows[t].length, em, t * c);
        }
        int[] pred = Viterbi.decode(em, n, dtrans, TaggerModel.handleMask(s.words));
        int[] gold = Viterbi.decode(em, n, dtrans, s.gold);
        if (!Arrays.equals(pred, gold)) {
          for (int t = 0; t < n; t++) {
            if (pred[t] != gold[t]) {
              update(s.rows[t], drop ? s.lexicalFrom[t] : s.rows[t].length, gold[t], pred[t]);
              update(hrows[t], hrows[t].length, gold[t], pred[t]);
            }
            int gp = t == 0 ? c : gold[t - 1];
            int pp = t == 0 ? c : pred[t - 1];
            if (gp != pp || gold[t] != pred[t]) {
              bump(gp * c + gold[t], 1);
              bump(pp * c + pred[t], -1);
              dtrans[gp * c + gold[t]] += 1;
              dtrans[pp * c + pred[t]] -= 1;
            }
          }
        }
        history.record(remembered, pred);
        step++;
      }
    }

    private void add(int[] rows, int limit, double[] em, int base) {
      for (int j = 0; j < limit; j++) {
        int r = rows[j];
        int off = r * c;
        for (int y = 0; y < c; y++) {
          em[base + y] += w[off + y];
        }
      }
    }

    private void update(int[] rows, int limit, int gold, int pred) {
      for (int j = 0; j < limit; j++) {
        int r = rows[j];
        int off = r * c;
        w[off + gold]++;
        acc[off + gold] += step;
        w[off + pred]--;
        acc[off + pred] -= step;
      }
    }

    private void bump(int i, int d) {
      tw[i] += d;
      tacc[i] += d * step;
    }

    /** Adds this run's averaged weights and transitions to {@code ws} and {@code ts}. */
    void addAveraged(double[] ws, double[] ts) {
      for (int i = 0; i < w.length; i++) {
        ws[i] += w[i] - (double) acc[i] / step;
      }
      for (int i = 0; i < tw.length; i++) {
        ts[i] += tw[i] - (double) tacc[i] / step;
      }
    }
  }
}
