package org.voxpop.enrich.entity.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The trained weights with domain adaptation by feature augmentation (Daumé III 2007,
 * "Frustratingly easy domain adaptation"): every feature has a shared weight, learnt from all
 * training documents, and one per domain ({@link TextDomain#KNOWN}), learnt from that domain's
 * documents only; a document's score of a feature is the shared weight plus its domain's. Label
 * transitions are split the same way. On loading, the two are summed into one table per domain
 * ({@link #forDomain}), so tagging looks up each feature once, as without domains.
 *
 * <p>Also carries what picks the domain of a text that comes without one ({@link DomainClassifier})
 * and each domain's temperature. Immutable and thread safe.
 */
final class AdaptedModel {

  private static final int MAGIC = 0x564e4552; // "VNER"
  private static final int FORMAT = 3;

  /** The shared block and one per known domain. */
  static final int BLOCKS = 1 + TextDomain.KNOWN.length;

  final FeatureIndex index;

  /** {@code weights[(block * rows + row) * COUNT + label]}. */
  final float[] weights;

  /** {@code trans[block * T + from * COUNT + to]}, {@code T = (COUNT + 1) * COUNT}. */
  final double[] trans;

  /** Temperature of each known domain's label probabilities (see {@link Viterbi#marginals}). */
  final double[] temperatures;

  final DomainClassifier classifier;

  private final TaggerModel[] byDomain = new TaggerModel[TextDomain.KNOWN.length];

  AdaptedModel(
      FeatureIndex index,
      float[] weights,
      double[] trans,
      double[] temperatures,
      DomainClassifier classifier) {
    this.index = index;
    this.weights = weights;
    this.trans = trans;
    this.temperatures = temperatures.clone();
    this.classifier = classifier;
    int rows = index.size();
    int c = Labels.COUNT;
    int t = transSize();
    for (TextDomain d : TextDomain.KNOWN) {
      int b = d.block();
      float[] w = new float[rows * c];
      for (int i = 0; i < w.length; i++) {
        w[i] = weights[i] + weights[b * rows * c + i];
      }
      double[] tr = new double[t];
      for (int i = 0; i < t; i++) {
        tr[i] = trans[i] + trans[b * t + i];
      }
      byDomain[b - 1] = new TaggerModel(index, w, tr, temperatures[b - 1]);
    }
  }

  static int transSize() {
    return (Labels.COUNT + 1) * Labels.COUNT;
  }

  /** The summed weights of a known domain: shared plus the domain's own. */
  TaggerModel forDomain(TextDomain d) {
    return byDomain[d.block() - 1];
  }

  AdaptedModel withTemperatures(double[] t) {
    return new AdaptedModel(index, weights, trans, t, classifier);
  }

  /**
   * The same model without the features whose weights are zero in every block: most features of
   * the training data never took part in a mistake, so never moved. They change no score, and
   * leaving them out makes the table a third of the size, which is what tagging speed hangs on.
   */
  AdaptedModel compact() {
    int c = Labels.COUNT;
    int rows = index.size();
    long[] keys = index.keysByRow();
    int kept = 0;
    boolean[] keep = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      for (int b = 0; b < BLOCKS && !keep[r]; b++) {
        for (int y = 0; y < c; y++) {
          if (weights[(b * rows + r) * c + y] != 0) {
            keep[r] = true;
            break;
          }
        }
      }
      kept += keep[r] ? 1 : 0;
    }
    long[] k2 = new long[kept];
    float[] w2 = new float[BLOCKS * kept * c];
    int j = 0;
    for (int r = 0; r < rows; r++) {
      if (keep[r]) {
        k2[j] = keys[r];
        for (int b = 0; b < BLOCKS; b++) {
          System.arraycopy(weights, (b * rows + r) * c, w2, (b * kept + j) * c, c);
        }
        j++;
      }
    }
    return new AdaptedModel(FeatureIndex.of(k2), w2, trans, temperatures, classifier);
  }

  /** Writes the model; the same model always gives the same bytes. */
  void write(OutputStream os) throws IOException {
    DataOutputStream out = new DataOutputStream(os);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(Labels.COUNT);
    out.writeInt(BLOCKS);
    for (double t : temperatures) {
      out.writeDouble(t);
    }
    classifier.write(out);
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

  static AdaptedModel read(InputStream is) throws IOException {
    DataInputStream in = new DataInputStream(is);
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
      throw new IOException("not a voxpop tagger model of format " + FORMAT);
    }
    if (in.readInt() != Labels.COUNT) {
      throw new IOException("the model has another label set");
    }
    if (in.readInt() != BLOCKS) {
      throw new IOException("the model has other domains");
    }
    double[] temperatures = new double[BLOCKS - 1];
    for (int i = 0; i < temperatures.length; i++) {
      temperatures[i] = in.readDouble();
    }
    DomainClassifier classifier = DomainClassifier.read(in);
    int n = in.readInt();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = in.readLong();
    }
    float[] w = new float[BLOCKS * n * Labels.COUNT];
    for (int i = 0; i < w.length; i++) {
      w[i] = in.readFloat();
    }
    double[] trans = new double[BLOCKS * transSize()];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = in.readDouble();
    }
    return new AdaptedModel(FeatureIndex.of(keys), w, trans, temperatures, classifier);
  }
}
