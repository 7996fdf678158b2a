package org.voxpop.enrich.entity.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells news from social text by a document's style alone, so that the tagger can choose its
 * domain's weights for a text that comes without one: a logistic regression over a dozen shares
 * (sentences that start in lower case, handles, hashtags, links, words in capitals or all lower
 * case, emoji and other symbols, numbers, "I" and "you", question and exclamation marks), trained in the same {@code train entities} run on the
 * news and tweet documents of the training corpora. Words themselves are left out on purpose: they
 * would learn the topics of 1996 Reuters and of 2016 tweets, not the kind of text. Immutable and
 * thread safe.
 */
final class DomainClassifier {

  static final int FEATURES = 14;

  /** Always news: what a model trained on one domain only, or read without a classifier, says. */
  static final DomainClassifier NEWS_ONLY = new DomainClassifier(new double[FEATURES]);

  /** Weights of the features; a positive score means social. */
  private final double[] w;

  DomainClassifier(double[] w) {
    if (w.length != FEATURES) {
      throw new IllegalArgumentException(w.length + " weights for " + FEATURES + " features");
    }
    this.w = w.clone();
  }

  /** The domain of a document, NEWS or SOCIAL. */
  TextDomain classify(List<String[]> sentences) {
    return score(features(sentences)) > 0 ? TextDomain.SOCIAL : TextDomain.NEWS;
  }

  private double score(double[] x) {
    double s = 0;
    for (int j = 0; j < FEATURES; j++) {
      s += w[j] * x[j];
    }
    return s;
  }

  /** The style features of a document, each a share in [0, 1] (the first is the bias, 1). */
  static double[] features(List<String[]> sentences) {
    int tokens = 0;
    int lowerStarts = 0;
    int handles = 0;
    int hashtags = 0;
    int links = 0;
    int words = 0;
    int capitalised = 0;
    int upper = 0;
    int lower = 0;
    int symbols = 0;
    int numbers = 0;
    int persons = 0;
    int lowerI = 0;
    int marks = 0;
    for (String[] s : sentences) {
      boolean first = true;
      for (String t : s) {
        tokens++;
        if (t.isEmpty()) {
          continue;
        }
        char c0 = t.charAt(0);
        if (t.length() > 1 && c0 == '@' || t.equals("@")) {
          handles++;
          continue;
        }
        if (t.length() > 1 && c0 == '#') {
          hashtags++;
          continue;
        }
        if (t.startsWith("http") || t.startsWith("www.") || t.contains("://")) {
          links++;
          continue;
        }
        if (t.equals("?") || t.equals("!")) {
          marks++;
        }
        if (SPEAKER.contains(t.toLowerCase(Locale.ROOT))) {
          persons++;
        }
        int shape = shape(t);
        if (shape == NUMBER) {
          numbers++;
        } else if (shape == SYMBOL) {
          symbols++;
        } else if (shape != PUNCTUATION) {
          words++;
          if (first) {
            lowerStarts += Character.isLowerCase(c0) ? 1 : 0;
            first = false;
          }
          lowerI += t.equals("i") ? 1 : 0;
          if (shape == UPPER) {
            upper++;
          } else if (shape == LOWER) {
            lower++;
          } else if (Character.isUpperCase(c0)) {
            capitalised++;
          }
        }
      }
    }
    double[] x = new double[FEATURES];
    x[0] = 1;
    x[1] = share(lowerStarts, sentences.size());
    x[2] = share(handles, tokens);
    x[3] = share(hashtags, tokens);
    x[4] = share(links, tokens);
    x[5] = share(capitalised, words);
    x[6] = share(upper, words);
    x[7] = share(lower, words);
    x[8] = share(symbols, tokens);
    x[9] = share(numbers, tokens);
    // Any handle, hashtag or link at all: one is telling in a long text too.
    x[10] = handles + hashtags + links > 0 ? 1 : 0;
    x[11] = share(persons, words);
    x[12] = share(marks, tokens);
    // A lower-case "i": no edited text writes it.
    x[13] = lowerI > 0 ? 1 : 0;
    return x;
  }

  /**
   * The writer and reader addressed in the first and second person: conversation, which reports
   * quote but seldom write in.
   */
  private static final Set<String> SPEAKER =
      Set.of("i", "me", "my", "mine", "i'm", "im", "you", "your", "yours", "u", "ur", "you're");

  private static final int PUNCTUATION = 0;
  private static final int SYMBOL = 1;
  private static final int NUMBER = 2;
  private static final int UPPER = 3;
  private static final int LOWER = 4;
  private static final int MIXED = 5;

  private static int shape(String t) {
    boolean letter = false;
    boolean digit = false;
    boolean hasUpper = false;
    boolean hasLower = false;
    boolean symbol = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        hasUpper |= Character.isUpperCase(c);
        hasLower |= Character.isLowerCase(c);
      } else if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
        symbol = true;
      }
    }
    if (!letter) {
      return digit ? NUMBER : symbol ? SYMBOL : PUNCTUATION;
    }
    if (hasUpper && !hasLower) {
      return t.length() > 1 ? UPPER : MIXED;
    }
    return hasUpper ? MIXED : LOWER;
  }

  private static double share(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /**
   * Fits the weights by full-batch gradient descent on the log loss, each class weighted by the
   * inverse of its size (the tweets outnumber the news documents ten to one). A fixed number of
   * steps from zero: the same documents give the same weights, bit for bit.
   *
   * @param x the features of each document
   * @param social whether each document is social text
   */
  static DomainClassifier train(List<double[]> x, List<Boolean> social) {
    int n = x.size();
    int pos = 0;
    for (boolean s : social) {
      pos += s ? 1 : 0;
    }
    if (pos == 0 || pos == n) {
      double[] w = new double[FEATURES];
      w[0] = pos == 0 ? -1 : 1;
      return new DomainClassifier(w);
    }
    double wPos = 0.5 / pos;
    double wNeg = 0.5 / (n - pos);
    double[] w = new double[FEATURES];
    double[] g = new double[FEATURES];
    for (int step = 0; step < 3000; step++) {
      Arrays.fill(g, 0);
      for (int i = 0; i < n; i++) {
        double[] xi = x.get(i);
        double z = 0;
        for (int j = 0; j < FEATURES; j++) {
          z += w[j] * xi[j];
        }
        double p = 1 / (1 + Math.exp(-z));
        boolean y = social.get(i);
        double d = (p - (y ? 1 : 0)) * (y ? wPos : wNeg);
        for (int j = 0; j < FEATURES; j++) {
          g[j] += d * xi[j];
        }
      }
      for (int j = 0; j < FEATURES; j++) {
        // A little L2 on all but the bias keeps a feature that separates perfectly finite.
        w[j] -= 4 * (g[j] + (j == 0 ? 0 : 1e-4 * w[j]));
      }
    }
    return new DomainClassifier(w);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(FEATURES);
    for (double v : w) {
      out.writeDouble(v);
    }
  }

  static DomainClassifier read(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n != FEATURES) {
      throw new IOException("domain classifier of " + n + " features, expected " + FEATURES);
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = in.readDouble();
    }
    return new DomainClassifier(w);
  }
}
