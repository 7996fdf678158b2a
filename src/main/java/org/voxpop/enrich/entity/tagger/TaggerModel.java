package org.voxpop.enrich.entity.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.voxpop.model.Genre;

/**
 * The trained weights of the tagger: one weight per feature and label, plus label transitions, and
 * the decoding of a document sentence by sentence. Immutable and thread safe.
 */
final class TaggerModel {

  static final int MAGIC = 0x564e4552; // "VNER"
  private static final int FORMAT = 2;

  final FeatureIndex index;

  /** {@code weights[row * COUNT + label]}. */
  final float[] weights;

  /** {@code trans[from * COUNT + to]}, row {@code COUNT} from the sentence start. */
  final double[] trans;

  /**
   * Divides the scores before they are read as log-probabilities (see {@link Viterbi#marginals}).
   */
  final double temperature;

  /** {@code exp(trans / temperature)}, zero where a transition is not allowed. */
  private final ForwardBackward.Potentials potentials;

  /** See {@link Viterbi#sureOutsideMargins}. */
  private final double[] sureOutside;

  TaggerModel(FeatureIndex index, float[] weights, double[] trans, double temperature) {
    this.index = index;
    this.weights = weights;
    this.trans = trans;
    this.temperature = temperature;
    this.potentials = new ForwardBackward.Potentials(Viterbi.potentials(trans, temperature));
    this.sureOutside = Viterbi.sureOutsideMargins(trans);
  }

  TaggerModel withTemperature(double t) {
    return new TaggerModel(index, weights, trans, t);
  }

  /**
   * The same model without the features whose weights are all zero: most features of the training
   * data never took part in a mistake, so never moved. They change no score, and leaving them out
   * makes the table a third of the size, which is what tagging speed hangs on.
   */
  TaggerModel compact() {
    int c = Labels.COUNT;
    long[] keys = index.keysByRow();
    int kept = 0;
    for (int r = 0; r < keys.length; r++) {
      if (nonZero(r)) {
        kept++;
      }
    }
    long[] k2 = new long[kept];
    float[] w2 = new float[kept * c];
    int j = 0;
    for (int r = 0; r < keys.length; r++) {
      if (nonZero(r)) {
        k2[j] = keys[r];
        System.arraycopy(weights, r * c, w2, j * c, c);
        j++;
      }
    }
    return new TaggerModel(FeatureIndex.of(k2), w2, trans, temperature);
  }

  /**
   * The tagger of one genre from a model trained with genre copies of its features ({@link
   * GenreCopies}): each feature's shared weight plus that of its copy for the genre, the copies
   * themselves left out, then {@link #compact}ed.
   */
  TaggerModel fold(Genre genre) {
    int code = GenreCopies.code(genre);
    int c = Labels.COUNT;
    long[] keys = index.keysByRow();
    boolean[] copy = new boolean[keys.length];
    for (long k : keys) {
      for (Genre g : GenreCopies.TRAINED) {
        int r = index.get(GenreCopies.copy(k, GenreCopies.code(g)));
        if (r >= 0) {
          copy[r] = true;
        }
      }
    }
    float[] w = weights.clone();
    for (int r = 0; r < keys.length; r++) {
      if (copy[r]) {
        java.util.Arrays.fill(w, r * c, r * c + c, 0f);
        continue;
      }
      int g = index.get(GenreCopies.copy(keys[r], code));
      if (g >= 0) {
        for (int y = 0; y < c; y++) {
          w[r * c + y] += weights[g * c + y];
        }
      }
    }
    return new TaggerModel(index, w, trans, temperature).compact();
  }

  private boolean nonZero(int row) {
    for (int y = 0; y < Labels.COUNT; y++) {
      if (weights[row * Labels.COUNT + y] != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * One tagged sentence: its words, the score of every label at every token, the labels chosen and
   * the labels allowed, kept so that label probabilities can be had without tagging again.
   */
  record Sentence(String[] words, double[] em, int[] labels, int[] allowed, boolean headline) {}

  /**
   * Each sentence of one document, tagged in order (later ones see what earlier ones got). The
   * scores are those of {@link FeatureExtractor#extract}'s features, with each word's word-alone
   * features summed once per word in {@code cache}.
   */
  List<Sentence> tagDocument(List<String[]> sentences, FeatureExtractor fx, WordCache cache) {
    List<ScoredWord[]> scored = new ArrayList<>(sentences.size());
    for (String[] words : sentences) {
      ScoredWord[] sw = new ScoredWord[words.length];
      for (int i = 0; i < words.length; i++) {
        sw[i] = cache.get(words[i]);
      }
      scored.add(sw);
    }
    return tagDocument(sentences, scored, fx, cache.boundaryScores());
  }

  /**
   * As {@link #tagDocument(List, FeatureExtractor, WordCache)}, with each token's scores at hand.
   *
   * @param scored for each sentence, its tokens' scores
   * @param bound the sentence boundary's scores ({@link WordCache#boundaryScores})
   */
  List<Sentence> tagDocument(
      List<String[]> sentences, List<ScoredWord[]> scored, FeatureExtractor fx, float[] bound) {
    int c = Labels.COUNT;
    DocumentHistory history = new DocumentHistory();
    List<Sentence> out = new ArrayList<>(sentences.size());
    Viterbi.Work decoding = new Viterbi.Work();
    long[] keys = new long[256];
    int[] rows = new int[256];
    for (int s = 0; s < sentences.size(); s++) {
      String[] words = sentences.get(s);
      int n = words.length;
      ScoredWord[] sw = scored.get(s);
      FeatureExtractor.Word[] ws = new FeatureExtractor.Word[n];
      String[] remembered = new String[n];
      for (int i = 0; i < n; i++) {
        ws[i] = sw[i].word();
        remembered[i] = ws[i].history();
      }
      String[][] codes = fx.codes(words);
      long[][] hashes = FeatureExtractor.codeHashes(codes);
      boolean headline = FeatureExtractor.headline(ws);
      long[][] hist = history.features(remembered);
      // The features that look at more than one word, of every token, looked up together: the
      // look-ups are independent, so the processor overlaps their waits on memory.
      int[] from = new int[n + 1];
      int k = 0;
      for (int i = 0; i < n; i++) {
        int need = 8 + 2 * codes[i].length + hist[i].length;
        need += (i > 0 ? codes[i - 1].length : 0) + (i + 1 < n ? codes[i + 1].length : 0);
        if (keys.length < k + need) {
          keys = java.util.Arrays.copyOf(keys, 2 * (k + need));
        }
        from[i] = k;
        k = fx.context(ws, i, hashes, headline, keys, k);
        for (long h : hist[i]) {
          keys[k++] = h;
        }
      }
      from[n] = k;
      if (rows.length < k) {
        rows = new int[keys.length];
      }
      index.rows(keys, k, rows);
      double[] em = new double[n * c];
      for (int i = 0; i < n; i++) {
        int base = i * c;
        // The word itself, then its neighbours in their four roles (the sentence boundary where
        // there is none), summed in that order in one pass; then the other features in order.
        float[] self = sw[i].scores();
        float[] p1 = i > 0 ? sw[i - 1].scores() : bound;
        float[] n1 = i + 1 < n ? sw[i + 1].scores() : bound;
        float[] p2 = i > 1 ? sw[i - 2].scores() : bound;
        float[] n2 = i + 2 < n ? sw[i + 2].scores() : bound;
        int o1 = i > 0 ? c : 0;
        int o2 = i + 1 < n ? 2 * c : c;
        int o3 = i > 1 ? 3 * c : 2 * c;
        int o4 = i + 2 < n ? 4 * c : 3 * c;
        for (int y = 0; y < c; y++) {
          em[base + y] = (double) self[y] + p1[o1 + y] + n1[o2 + y] + p2[o3 + y] + n2[o4 + y];
        }
        for (int j = from[i]; j < from[i + 1]; j++) {
          addRow(rows[j], em, base);
        }
      }
      int[] allowed = handleMask(words);
      int[] labels = Viterbi.decode(em, n, trans, allowed, sureOutside, decoding);
      history.record(remembered, labels);
      out.add(new Sentence(words, em, labels, allowed, headline));
    }
    return out;
  }

  /** Adds the weights of these feature keys to {@code out[off..off + COUNT)}. */
  void sum(long[] keys, float[] out, int off) {
    for (long k : keys) {
      int row = index.get(k);
      if (row < 0) {
        continue;
      }
      int w = row * Labels.COUNT;
      for (int y = 0; y < Labels.COUNT; y++) {
        out[off + y] += weights[w + y];
      }
    }
  }

  /** The probability of each label at each token of a tagged sentence. */
  double[] marginals(Sentence s) {
    return probabilities(s).all();
  }

  /** The label probabilities of a tagged sentence, computed as far as they are asked for. */
  ForwardBackward probabilities(Sentence s) {
    return new ForwardBackward(s.em(), s.words().length, potentials, s.allowed(), temperature);
  }

  /** Every label allowed, except on handles. */
  static int[] handleMask(String[] words) {
    int[] mask = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      mask[i] = Handles.isHandle(words, i) ? 1 << Labels.O : Viterbi.ANY;
    }
    return mask;
  }

  private void addRow(int row, double[] em, int base) {
    if (row < 0) {
      return;
    }
    int off = row * Labels.COUNT;
    for (int y = 0; y < Labels.COUNT; y++) {
      em[base + y] += weights[off + y];
    }
  }

  /** Writes the model; the same model always gives the same bytes. */
  void write(OutputStream os) throws IOException {
    DataOutputStream out = new DataOutputStream(os);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(Labels.COUNT);
    out.writeDouble(temperature);
    long[] keys = index.keysByRow();
    out.writeInt(keys.length);
    for (long k : keys) {
      out.writeLong(k);
    }
    for (float w : weights) {
      out.writeFloat(w);
    }
    for (double t : trans) {
      out.writeDouble(t);
    }
    out.flush();
  }

  static TaggerModel read(InputStream is) throws IOException {
    DataInputStream in = new DataInputStream(is);
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
      throw new IOException("not a voxpop tagger model of format " + FORMAT);
    }
    if (in.readInt() != Labels.COUNT) {
      throw new IOException("the model has another label set");
    }
    double temperature = in.readDouble();
    int n = in.readInt();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = in.readLong();
    }
    float[] w = new float[n * Labels.COUNT];
    for (int i = 0; i < w.length; i++) {
      w[i] = in.readFloat();
    }
    double[] trans = new double[(Labels.COUNT + 1) * Labels.COUNT];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = in.readDouble();
    }
    return new TaggerModel(FeatureIndex.of(keys), w, trans, temperature);
  }
}
