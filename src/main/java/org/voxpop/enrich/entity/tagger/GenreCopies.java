package org.voxpop.enrich.entity.tagger;

import java.util.Arrays;
import java.util.List;
import org.voxpop.model.Genre;

/**
 * Feature augmentation for genres (Daume III 2007, "Frustratingly easy domain adaptation"): while
 * training, every feature of a sentence is seen twice, as itself (shared by all genres) and as its
 * copy for the genre of the sentence's corpus. The shared weights learn what holds everywhere, each
 * copy what holds in its genre only; a genre's tagger adds the two ({@link TaggerModel#fold}).
 */
final class GenreCopies {

  /** The genres training corpora are of, each with copies of the features. */
  static final List<Genre> TRAINED = List.of(Genre.NEWS, Genre.SOCIAL);

  private GenreCopies() {}

  /** The number a genre's copies are keyed by. */
  static int code(Genre genre) {
    if (!TRAINED.contains(genre)) {
      throw new IllegalArgumentException("no training corpus is of genre " + genre);
    }
    return genre.ordinal() + 1;
  }

  /** A feature key's copy for one genre (a 64-bit mix, apart from every shared key in practice). */
  static long copy(long key, int genre) {
    long z = key + 0x9E3779B97F4A7C15L * (genre + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * A sentence's features with their copies for a genre: for each token its shared features not
   * from the dictionary, their copies, then the dictionary's shared features and their copies, so
   * that the dictionary's keys still come last.
   */
  static FeatureExtractor.SentenceFeatures augmented(
      FeatureExtractor.SentenceFeatures sf, int genre) {
    long[][] keys = sf.keys();
    long[][] out = new long[keys.length][];
    int[] lexicalFrom = new int[keys.length];
    for (int t = 0; t < keys.length; t++) {
      long[] k = keys[t];
      int lex = Math.min(sf.lexicalFrom()[t], k.length);
      long[] a = new long[2 * k.length];
      int m = 0;
      for (int j = 0; j < lex; j++) {
        a[m++] = k[j];
      }
      for (int j = 0; j < lex; j++) {
        a[m++] = copy(k[j], genre);
      }
      lexicalFrom[t] = m;
      for (int j = lex; j < k.length; j++) {
        a[m++] = k[j];
      }
      for (int j = lex; j < k.length; j++) {
        a[m++] = copy(k[j], genre);
      }
      out[t] = Arrays.copyOf(a, m);
    }
    return new FeatureExtractor.SentenceFeatures(out, lexicalFrom);
  }
}
