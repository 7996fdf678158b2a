package org.voxpop.enrich.entity.tagger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

// Over 500 lines: one algorithm (Liang's Brown clustering, the same merges as wcluster):
// its merge loop, cluster bookkeeping and merge-tree paths share the same primitive arrays, which
// a split would expose between classes.
/**
 * Brown word clustering: the agglomerative clustering of Brown et al. ("Class-based n-gram models
 * of natural language", Computational Linguistics 18(4), 1992) that merges word classes so as to
 * lose the least mutual information between adjacent classes, run as the windowed algorithm of
 * Percy Liang ("Semi-supervised learning for natural language", MEng thesis, MIT, 2005; his {@code
 * wcluster} program). Written afresh in Java from those descriptions.
 *
 * <p>Words are sorted by frequency (ties by {@link String#compareTo}). The {@code clusters} most
 * frequent start as one cluster each; every further word joins as a new cluster and then the pair
 * of clusters whose merge loses the least mutual information is merged, so that there are {@code
 * clusters} again. When every word has joined, the clusters are merged pairwise down to one, and
 * that last stage's merges form the binary tree whose root-to-leaf paths are the output: the words
 * of one final cluster share its path. Words occurring fewer than {@code minCount} times are left
 * out; they also break the adjacency of their neighbours. Bigrams are counted within a sentence,
 * never across sentences.
 *
 * <p>Costs. Liang's program updates the loss of every pair of clusters after every merge with
 * several logarithms per pair. Here the loss of merging {@code a} and {@code b} is written as
 *
 * <pre>
 *   L(a, b) = (R_a + R_b) ln(P_a + P_b) - R_a ln P_a - R_b ln P_b - K(a, b) - X(a, b)
 * </pre>
 *
 * with {@code P} the unigram counts, {@code M} the bigram counts between clusters, {@code R_a} the
 * bigrams that start or end in {@code a}, {@code g(y) = y ln y}, {@code h(y, z) = g(y + z) - g(y) -
 * g(z)}, {@code K} the term {@code h} over the 2x2 block of {@code a} and {@code b}, and
 *
 * <pre>
 *   X(a, b) = sum over other clusters x of h(M_ax, M_bx) + h(M_xa, M_xb),
 * </pre>
 *
 * which is zero unless {@code a} and {@code b} have a neighbour in common. A merge or a new word
 * therefore changes the loss only of the pairs that share a neighbour with the clusters involved,
 * and since most words are rare, most steps touch a few thousand pairs instead of all {@code
 * clusters^2 / 2}. Counts are integers, so {@code g} of small counts comes from a table. The merge
 * is still chosen by scanning every pair: O(V C^2) comparisons for V words and C clusters, but no
 * logarithms there.
 *
 * <p>Deterministic: the same sentences and parameters give the same clusters on any JVM (integer
 * counts, {@link StrictMath} logarithms, a fixed scan order in which the first of equal losses
 * wins, and no iteration over hash tables). Uses about {@code 24 C^2} bytes for the cluster tables
 * plus the bigram counts.
 */
public final class BrownClustering {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final int clusters;
  private final int minCount;
  private final Consumer<String> progress;

  /**
   * A clustering into {@code clusters} leaves of words occurring at least {@code minCount} times.
   */
  public BrownClustering(int clusters, int minCount) {
    this(clusters, minCount, message -> {});
  }

  /** As {@link #BrownClustering(int, int)}, telling {@code progress} how far training got. */
  public BrownClustering(int clusters, int minCount, Consumer<String> progress) {
    if (clusters < 1) {
      throw new IllegalArgumentException("clusters must be at least 1: " + clusters);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be at least 1: " + minCount);
    }
    this.clusters = clusters;
    this.minCount = minCount;
    this.progress = progress;
  }

  /**
   * Clusters the words of these sentences (each a list of tokens, iterated once).
   *
   * @throws IllegalArgumentException when a token is empty or holds a tab or a line break
   */
  public WordClusters train(Iterable<? extends List<String>> sentences) {
    return train(sentences, false);
  }

  /** As {@link #train(Iterable)}; with {@code verify}, checks every cached loss at every step. */
  WordClusters train(Iterable<? extends List<String>> sentences, boolean verify) {
    long start = System.nanoTime();
    Corpus corpus = Corpus.of(sentences, minCount);
    int v = corpus.words.length;
    progress.accept(
        String.format(
            Locale.ROOT,
            "%,d tokens, %,d word types, %,d with count >= %d, %,d distinct bigrams (%.1f s)",
            corpus.tokens,
            corpus.types,
            v,
            minCount,
            corpus.rightWord.length,
            seconds(start)));
    if (v == 0) {
      return WordClusters.of(List.of());
    }
    int c = Math.min(clusters, v);
    Merger merger = new Merger(corpus, c);
    for (int w = 0; w < c; w++) {
      merger.addWord(w, w);
      if (verify) {
        merger.verify();
      }
    }
    int free = c;
    int every = Math.max(1000, (v - c) / 20);
    for (int w = c; w < v; w++) {
      merger.addWord(w, free);
      if (verify) {
        merger.verify();
      }
      long pair = merger.bestPair();
      free = merger.merge((int) (pair >>> 32), (int) pair);
      if (verify) {
        merger.verify();
      }
      if ((w - c + 1) % every == 0) {
        progress.accept(
            String.format(
                Locale.ROOT, "%,d of %,d words clustered (%.1f s)", w + 1, v, seconds(start)));
      }
    }
    progress.accept(
        String.format(
            Locale.ROOT,
            "all words in %d clusters; building the tree (%.1f s)",
            c,
            seconds(start)));
    int[] leafOfWord = new int[v];
    for (int w = 0; w < v; w++) {
      leafOfWord[w] = merger.clusterOf(w);
    }
    int treeStart = merger.nextCluster;
    while (merger.activeCount > 1) {
      long pair = merger.bestPair();
      merger.merge((int) (pair >>> 32), (int) pair);
      if (verify) {
        merger.verify();
      }
    }
    int root = merger.slotCluster[0]; // a merge keeps the lower slot, so slot 0 is never freed
    String[] paths = new String[merger.nextCluster];
    paths[root] = "";
    for (int node = root; node >= treeStart; node--) {
      paths[merger.left[node]] = paths[node] + '0';
      paths[merger.right[node]] = paths[node] + '1';
    }
    List<WordClusters.Entry> entries = new ArrayList<>(v);
    for (int w = 0; w < v; w++) {
      entries.add(new WordClusters.Entry(corpus.words[w], paths[leafOfWord[w]], corpus.counts[w]));
    }
    progress.accept(String.format(Locale.ROOT, "done (%.1f s)", seconds(start)));
    return WordClusters.of(entries);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /**
   * Command line: {@code BrownClustering IN.txt OUT.gz [--clusters N] [--min-count M]}. The input
   * is UTF-8 text, one sentence a line, tokens separated by white space; the output is the gzipped
   * {@link WordClusters} file. Prints progress and timings to standard error. A development tool
   * (the product clusters in {@code voxpop train entities}); bad arguments throw rather than end
   * the JVM, as this class is library code.
   */
  public static void main(String[] args) throws IOException {
    int clusters = 1000;
    int minCount = 3;
    List<String> files = new ArrayList<>();
    String usage = "usage: BrownClustering IN.txt OUT.gz [--clusters N] [--min-count M]";
    for (int i = 0; i < args.length; i++) {
      boolean option = args[i].equals("--clusters") || args[i].equals("--min-count");
      if (option && i + 1 == args.length) {
        throw new IllegalArgumentException(usage);
      }
      switch (args[i]) {
        case "--clusters" -> clusters = Integer.parseInt(args[++i]);
        case "--min-count" -> minCount = Integer.parseInt(args[++i]);
        default -> files.add(args[i]);
      }
    }
    if (files.size() != 2) {
      throw new IllegalArgumentException(usage);
    }
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    WordClusters result;
    try (Stream<String> lines = Files.lines(Path.of(files.get(0)), StandardCharsets.UTF_8)) {
      Iterable<List<String>> sentences =
          () ->
              lines
                  .map(String::strip)
                  .filter(line -> !line.isEmpty())
                  .map(line -> Arrays.asList(SPACES.split(line)))
                  .iterator();
      result = new BrownClustering(clusters, minCount, err::println).train(sentences);
    }
    try (OutputStream out = Files.newOutputStream(Path.of(files.get(1)))) {
      result.write(out);
    }
    long leaves = result.entries().stream().map(WordClusters.Entry::path).distinct().count();
    err.printf(
        Locale.ROOT,
        "%,d words in %,d clusters written to %s; %.1f s in all%n",
        result.size(),
        leaves,
        files.get(1),
        seconds(start));
  }

  /** The vocabulary by rank and the bigram counts between its words, both directions. */
  static final class Corpus {
    long tokens;
    int types;

    /** Words by rank: count descending, then {@link String#compareTo}. */
    String[] words;

    long[] counts;

    /** Bigrams (w, rightWord[k]) for k in [rightStart[w], rightStart[w + 1]). */
    int[] rightStart;

    int[] rightWord;
    int[] rightCount;

    /** Bigrams (leftWord[k], w) for k in [leftStart[w], leftStart[w + 1]). */
    int[] leftStart;

    int[] leftWord;
    int[] leftCount;

    static Corpus of(Iterable<? extends List<String>> sentences, int minCount) {
      // Provisional ids in order of first sight; the stream keeps -1 between sentences.
      Map<String, Integer> ids = new HashMap<>(1 << 16);
      List<String> types = new ArrayList<>(1 << 16);
      int[] typeCount = new int[1 << 16];
      int[] stream = new int[1 << 20];
      int length = 0;
      long tokens = 0;
      for (List<String> sentence : sentences) {
        for (String token : sentence) {
          if (token.isEmpty() || WordClusters.hasSeparator(token)) {
            throw new IllegalArgumentException(
                "token empty or with a tab or line break: '" + token + "'");
          }
          Integer id = ids.get(token);
          if (id == null) {
            id = types.size();
            ids.put(token, id);
            types.add(token);
            if (id == typeCount.length) {
              typeCount = Arrays.copyOf(typeCount, id * 2);
            }
          }
          typeCount[id]++;
          if (length == stream.length) {
            stream = Arrays.copyOf(stream, Math.addExact(length, length >> 1));
          }
          stream[length++] = id;
          tokens++;
        }
        if (length == stream.length) {
          stream = Arrays.copyOf(stream, Math.addExact(length, length >> 1));
        }
        stream[length++] = -1;
      }

      List<Integer> kept = new ArrayList<>();
      for (int id = 0; id < types.size(); id++) {
        if (typeCount[id] >= minCount) {
          kept.add(id);
        }
      }
      final int[] tc = typeCount;
      kept.sort(Comparator.<Integer>comparingInt(id -> -tc[id]).thenComparing(id -> types.get(id)));
      int v = kept.size();
      int[] rank = new int[types.size()];
      Arrays.fill(rank, -1);
      Corpus c = new Corpus();
      c.tokens = tokens;
      c.types = types.size();
      c.words = new String[v];
      c.counts = new long[v];
      for (int r = 0; r < v; r++) {
        int id = kept.get(r);
        rank[id] = r;
        c.words[r] = types.get(id);
        c.counts[r] = typeCount[id];
      }

      long[] pairs = new long[Math.max(16, length / 2)];
      int n = 0;
      int previous = -1;
      for (int i = 0; i < length; i++) {
        int id = stream[i];
        int r = id < 0 ? -1 : rank[id];
        if (previous >= 0 && r >= 0) {
          if (n == pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.addExact(n, n >> 1));
          }
          pairs[n++] = ((long) previous << 32) | r;
        }
        previous = r;
      }
      Arrays.sort(pairs, 0, n);
      int distinct = 0;
      for (int i = 0; i < n; i++) {
        if (i == 0 || pairs[i] != pairs[i - 1]) {
          distinct++;
        }
      }
      c.rightStart = new int[v + 1];
      c.rightWord = new int[distinct];
      c.rightCount = new int[distinct];
      int[] leftSize = new int[v + 1];
      int k = -1;
      for (int i = 0; i < n; i++) {
        int first = (int) (pairs[i] >>> 32);
        int second = (int) pairs[i];
        if (i == 0 || pairs[i] != pairs[i - 1]) {
          k++;
          c.rightStart[first + 1]++;
          c.rightWord[k] = second;
          leftSize[second + 1]++;
        }
        c.rightCount[k]++;
      }
      for (int w = 0; w < v; w++) {
        c.rightStart[w + 1] += c.rightStart[w];
        leftSize[w + 1] += leftSize[w];
      }
      // Counting sort by the second word; the first words stay ascending within each list.
      c.leftStart = leftSize.clone();
      c.leftWord = new int[distinct];
      c.leftCount = new int[distinct];
      int[] fill = leftSize;
      for (int first = 0; first < v; first++) {
        for (int j = c.rightStart[first]; j < c.rightStart[first + 1]; j++) {
          int at = fill[c.rightWord[j]]++;
          c.leftWord[at] = first;
          c.leftCount[at] = c.rightCount[j];
        }
      }
      return c;
    }
  }

  /**
   * The clusters of one training run, each in a slot of dense {@code slots x slots} tables: bigram
   * counts both ways round (so that rows and columns both read contiguously), the log of the pair's
   * unigram sum, and the loss of merging the pair (upper triangle only, +infinity where a slot is
   * free).
   */
  static final class Merger {
    private static final int G_TABLE = 1 << 16;
    private static final double[] G = new double[G_TABLE];

    static {
      for (int k = 1; k < G_TABLE; k++) {
        G[k] = k * StrictMath.log(k);
      }
    }

    final Corpus corpus;
    final int n;

    /** m[s * n + t]: bigrams from cluster s to cluster t; mt the transpose. */
    final int[] m;

    final int[] mt;

    /** ln(P_s + P_t), both triangles. */
    final double[] lnPair;

    /** Loss of merging s and t, at [s * n + t] for s < t. */
    final double[] loss;

    final long[] unigrams;
    final double[] lnUnigrams;

    /** Bigrams starting or ending in the slot's cluster (a bigram within it counted twice). */
    final long[] ends;

    final boolean[] active;
    int activeCount;

    /** Cluster id in each slot: a word's rank for a one-word cluster, then v, v + 1, ... */
    final int[] slotCluster;

    /** A word of each slot's cluster that is its union-find root. */
    final int[] slotRoot;

    final int[] parent;
    final int[] setSize;
    final int[] slotOfRoot;
    int nextCluster;

    /** Children of each merged cluster: left the one with the smaller id. */
    final int[] left;

    final int[] right;

    // Scratch, one entry per slot.
    private final int[] neighbours;
    private final int[] neighboursA;
    private final int[] neighboursB;
    private final boolean[] inA;
    private final long[] rowU;
    private final long[] colU;
    private final double[] acc;
    private final double[] lnPairU;

    Merger(Corpus corpus, int clusters) {
      this.corpus = corpus;
      int v = corpus.words.length;
      n = clusters + 1;
      m = new int[n * n];
      mt = new int[n * n];
      lnPair = new double[n * n];
      loss = new double[n * n];
      Arrays.fill(loss, Double.POSITIVE_INFINITY);
      unigrams = new long[n];
      lnUnigrams = new double[n];
      ends = new long[n];
      active = new boolean[n];
      slotCluster = new int[n];
      Arrays.fill(slotCluster, -1);
      slotRoot = new int[n];
      parent = new int[v];
      setSize = new int[v];
      slotOfRoot = new int[v];
      for (int w = 0; w < v; w++) {
        parent[w] = w;
        setSize[w] = 1;
      }
      nextCluster = v;
      left = new int[2 * v];
      right = new int[2 * v];
      neighbours = new int[n];
      neighboursA = new int[n];
      neighboursB = new int[n];
      inA = new boolean[n];
      rowU = new long[n];
      colU = new long[n];
      acc = new double[n];
      lnPairU = new double[n];
    }

    static double g(long k) {
      return k < G_TABLE ? G[(int) k] : k * StrictMath.log(k);
    }

    /** What merging two rows (or columns) gains in {@code sum g}: zero unless both are > 0. */
    static double h(long y, long z) {
      if (y == 0 || z == 0) {
        return 0;
      }
      return g(y + z) - g(y) - g(z);
    }

    private int find(int w) {
      int root = w;
      while (parent[root] != root) {
        root = parent[root];
      }
      while (parent[w] != root) {
        int next = parent[w];
        parent[w] = root;
        w = next;
      }
      return root;
    }

    int slotOf(int word) {
      return slotOfRoot[find(word)];
    }

    int clusterOf(int word) {
      return slotCluster[slotOf(word)];
    }

    private double lossAt(int s, int t) {
      return s < t ? loss[s * n + t] : loss[t * n + s];
    }

    private void addLoss(int s, int t, double delta) {
      if (s < t) {
        loss[s * n + t] += delta;
      } else {
        loss[t * n + s] += delta;
      }
    }

    private void setLoss(int s, int t, double value) {
      if (s < t) {
        loss[s * n + t] = value;
      } else {
        loss[t * n + s] = value;
      }
    }

    /** The part of L(s, t) that depends on unigrams and bigram totals only. */
    private double unigramTerm(long endsS, double lnS, long endsT, double lnT, double lnSum) {
      return (endsS + endsT) * lnSum - endsS * lnS - endsT * lnT;
    }

    /** K(s, t): h over the 2x2 block of bigrams within and between s and t. */
    private static double block(long ss, long st, long ts, long tt) {
      return g(ss + st + ts + tt) - g(ss) - g(st) - g(ts) - g(tt);
    }

    /** Puts the next word by rank, as a cluster of its own, into the free slot s. */
    void addWord(int word, int s) {
      active[s] = true;
      activeCount++;
      slotCluster[s] = word;
      slotRoot[s] = word;
      slotOfRoot[word] = s;
      long p = corpus.counts[word];
      unigrams[s] = p;
      lnUnigrams[s] = StrictMath.log(p);
      // Bigrams with words already clustered (those of lower rank); the slot's row and column
      // are zero while it is free.
      int sn = s * n;
      for (int k = corpus.rightStart[word]; k < corpus.rightStart[word + 1]; k++) {
        int y = corpus.rightWord[k];
        if (y > word) {
          break; // the list is ascending and words of higher rank are not clustered yet
        }
        int t = y == word ? s : slotOf(y);
        m[sn + t] += corpus.rightCount[k];
        mt[t * n + s] += corpus.rightCount[k];
      }
      for (int k = corpus.leftStart[word]; k < corpus.leftStart[word + 1]; k++) {
        int y = corpus.leftWord[k];
        if (y >= word) {
          break; // (word, word) was counted with the right neighbours
        }
        int t = slotOf(y);
        m[t * n + s] += corpus.leftCount[k];
        mt[sn + t] += corpus.leftCount[k];
      }
      int count = 0;
      long endsS = 2L * m[sn + s];
      for (int t = 0; t < n; t++) {
        if (t != s && active[t] && (m[sn + t] != 0 || mt[sn + t] != 0)) {
          neighbours[count++] = t;
          endsS += m[sn + t] + mt[sn + t];
        }
      }
      ends[s] = endsS;
      for (int t = 0; t < n; t++) {
        if (active[t]) {
          double l = StrictMath.log(p + unigrams[t]);
          lnPair[sn + t] = l;
          lnPair[t * n + s] = l;
        }
      }

      // Pairs of old clusters that are both neighbours of the word gain X terms at x = s.
      for (int i = 0; i < count; i++) {
        int a = neighbours[i];
        long as = m[a * n + s];
        long sa = m[sn + a];
        for (int j = i + 1; j < count; j++) {
          int b = neighbours[j];
          double dx = h(as, m[b * n + s]) + h(sa, m[sn + b]);
          addLoss(a, b, -dx);
        }
      }
      // The word's neighbours have more bigram ends: their unigram terms grow.
      for (int i = 0; i < count; i++) {
        int a = neighbours[i];
        long delta = m[a * n + s] + m[sn + a];
        double lnA = lnUnigrams[a];
        int an = a * n;
        for (int t = 0; t < a; t++) {
          loss[t * n + a] += delta * (lnPair[an + t] - lnA);
        }
        for (int t = a + 1; t < n; t++) {
          loss[an + t] += delta * (lnPair[an + t] - lnA);
        }
        ends[a] += delta;
      }
      // The new cluster's own losses; X(s, t) sums over the word's neighbours x only.
      Arrays.fill(acc, 0);
      for (int i = 0; i < count; i++) {
        int x = neighbours[i];
        double keep = acc[x];
        long sx = m[sn + x];
        if (sx != 0) {
          int xn = x * n;
          for (int t = 0; t < n; t++) {
            int tx = mt[xn + t];
            if (tx != 0) {
              acc[t] += h(sx, tx);
            }
          }
        }
        long xs = mt[sn + x];
        if (xs != 0) {
          int xn = x * n;
          for (int t = 0; t < n; t++) {
            int xt = m[xn + t];
            if (xt != 0) {
              acc[t] += h(xs, xt);
            }
          }
        }
        acc[x] = keep; // x = t is not a third cluster of the pair (s, t)
      }
      long ss = m[sn + s];
      double lnS = lnUnigrams[s];
      for (int t = 0; t < n; t++) {
        if (t == s || !active[t]) {
          continue;
        }
        long tt = m[t * n + t];
        double l =
            unigramTerm(endsS, lnS, ends[t], lnUnigrams[t], lnPair[sn + t])
                - block(ss, m[sn + t], mt[sn + t], tt)
                - acc[t];
        setLoss(s, t, l);
      }
    }

    /** The slots (s < t) of the pair whose merge loses least; the first in scan order on ties. */
    long bestPair() {
      double best = Double.POSITIVE_INFINITY;
      int bs = -1;
      int bt = -1;
      for (int s = 0; s < n; s++) {
        if (!active[s]) {
          continue;
        }
        int base = s * n;
        for (int t = s + 1; t < n; t++) {
          double l = loss[base + t];
          if (l < best) {
            best = l;
            bs = s;
            bt = t;
          }
        }
      }
      if (bs < 0) {
        throw new IllegalStateException("no pair to merge among " + activeCount + " clusters");
      }
      return ((long) bs << 32) | bt;
    }

    /** Merges the clusters in slots s1 and s2; returns the slot this frees. */
    int merge(int s1, int s2) {
      // Neighbours of each (other than the pair) and of both.
      int countA = 0;
      int countB = 0;
      int countU = 0;
      int n1 = s1 * n;
      int n2 = s2 * n;
      for (int x = 0; x < n; x++) {
        if (x == s1 || x == s2 || !active[x]) {
          continue;
        }
        boolean e1 = m[n1 + x] != 0 || mt[n1 + x] != 0;
        boolean e2 = m[n2 + x] != 0 || mt[n2 + x] != 0;
        if (e1) {
          neighboursA[countA++] = x;
        }
        if (e2) {
          neighboursB[countB++] = x;
        }
        if (e1 || e2) {
          neighbours[countU++] = x;
        }
      }
      // a is the one with fewer neighbours: only pairs near it change.
      int a;
      int b;
      int[] na;
      int countNa;
      if (countA <= countB) {
        a = s1;
        b = s2;
        na = neighboursA;
        countNa = countA;
      } else {
        a = s2;
        b = s1;
        na = neighboursB;
        countNa = countB;
      }
      int an = a * n;
      int bn = b * n;
      for (int x = 0; x < n; x++) {
        rowU[x] = (long) m[an + x] + m[bn + x];
        colU[x] = (long) mt[an + x] + mt[bn + x];
      }
      long uu = (long) m[an + a] + m[an + b] + m[bn + a] + m[bn + b];
      rowU[a] = rowU[b] = colU[a] = colU[b] = 0;
      long pu = unigrams[a] + unigrams[b];
      double lnU = StrictMath.log(pu);
      long endsU = ends[a] + ends[b];

      // X(u, t) from X(b, t): only the terms at a's neighbours x differ, and x = a goes.
      for (int t = 0; t < n; t++) {
        if (t == a || t == b || !active[t]) {
          continue;
        }
        int tn = t * n;
        long tt = m[tn + t];
        double xbt =
            unigramTerm(ends[b], lnUnigrams[b], ends[t], lnUnigrams[t], lnPair[bn + t])
                - block(m[bn + b], m[bn + t], mt[bn + t], tt)
                - lossAt(b, t);
        acc[t] = xbt - h(m[bn + a], m[tn + a]) - h(m[an + b], m[an + t]);
      }
      for (int i = 0; i < countNa; i++) {
        int x = na[i];
        int xn = x * n;
        double keep = acc[x];
        if (m[an + x] != 0) {
          long ux = rowU[x];
          long bx = m[bn + x];
          for (int t = 0; t < n; t++) {
            int tx = mt[xn + t];
            if (tx != 0) {
              acc[t] += h(ux, tx) - h(bx, tx);
            }
          }
        }
        if (mt[an + x] != 0) {
          long xu = colU[x];
          long xb = mt[bn + x];
          for (int t = 0; t < n; t++) {
            int xt = m[xn + t];
            if (xt != 0) {
              acc[t] += h(xu, xt) - h(xb, xt);
            }
          }
        }
        acc[x] = keep;
      }
      for (int t = 0; t < n; t++) {
        if (t == a || t == b || !active[t]) {
          continue;
        }
        double l = StrictMath.log(pu + unigrams[t]);
        lnPairU[t] = l;
        acc[t] =
            unigramTerm(endsU, lnU, ends[t], lnUnigrams[t], l)
                - block(uu, rowU[t], colU[t], m[t * n + t])
                - acc[t];
      }

      // Other pairs: X(v, w) changes at x = a, b, u when v or w neighbours a.
      for (int i = 0; i < countNa; i++) {
        inA[na[i]] = true;
      }
      for (int i = 0; i < countNa; i++) {
        int v = na[i];
        long va = mt[an + v];
        long vb = mt[bn + v];
        long av = m[an + v];
        long bv = m[bn + v];
        long vu = colU[v];
        long uv = rowU[v];
        for (int j = 0; j < countU; j++) {
          int w = neighbours[j];
          if (w == v || (inA[w] && w < v)) {
            continue;
          }
          double dx =
              h(vu, colU[w])
                  - h(va, mt[an + w])
                  - h(vb, mt[bn + w])
                  + h(uv, rowU[w])
                  - h(av, m[an + w])
                  - h(bv, m[bn + w]);
          addLoss(v, w, -dx);
        }
      }
      for (int i = 0; i < countNa; i++) {
        inA[na[i]] = false;
      }

      // Commit: the merged cluster takes the lower slot, the higher one is freed.
      int u = Math.min(a, b);
      int f = Math.max(a, b);
      int un = u * n;
      int fn = f * n;
      for (int x = 0; x < n; x++) {
        m[fn + x] = 0;
        mt[fn + x] = 0;
        m[x * n + f] = 0;
        mt[x * n + f] = 0;
        m[un + x] = (int) rowU[x];
        mt[x * n + u] = (int) rowU[x];
        m[x * n + u] = (int) colU[x];
        mt[un + x] = (int) colU[x];
      }
      m[un + u] = (int) uu;
      mt[un + u] = (int) uu;
      for (int t = 0; t < n; t++) {
        if (t == a || t == b || !active[t]) {
          continue;
        }
        setLoss(u, t, acc[t]);
        lnPair[un + t] = lnPairU[t];
        lnPair[t * n + u] = lnPairU[t];
      }
      for (int t = 0; t < f; t++) {
        loss[t * n + f] = Double.POSITIVE_INFINITY;
      }
      for (int t = f + 1; t < n; t++) {
        loss[fn + t] = Double.POSITIVE_INFINITY;
      }
      int ca = slotCluster[a];
      int cb = slotCluster[b];
      int id = nextCluster++;
      left[id] = Math.min(ca, cb);
      right[id] = Math.max(ca, cb);
      int ra = slotRoot[a];
      int rb = slotRoot[b];
      int root = setSize[ra] >= setSize[rb] ? ra : rb;
      int child = root == ra ? rb : ra;
      parent[child] = root;
      setSize[root] += setSize[child];
      slotOfRoot[root] = u;
      slotRoot[u] = root;
      slotCluster[u] = id;
      unigrams[u] = pu;
      lnUnigrams[u] = lnU;
      ends[u] = endsU;
      active[f] = false;
      slotCluster[f] = -1;
      unigrams[f] = 0;
      ends[f] = 0;
      activeCount--;
      return f;
    }

    /**
     * Mutual information (in count units) between adjacent clusters, with the clusters in slots s
     * and t merged unless s is negative.
     */
    private double mutualInformation(int s, int t) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (active[i] && active[j]) {
            sum += q(m[i * n + j], unigrams[i], unigrams[j]);
          }
        }
      }
      if (s < 0) {
        return sum;
      }
      for (int j = 0; j < n; j++) {
        if (active[j]) {
          sum -=
              q(m[s * n + j], unigrams[s], unigrams[j])
                  + q(m[j * n + s], unigrams[j], unigrams[s])
                  + q(m[t * n + j], unigrams[t], unigrams[j])
                  + q(m[j * n + t], unigrams[j], unigrams[t]);
        }
      }
      // The terms within the pair were taken away twice.
      sum +=
          q(m[s * n + s], unigrams[s], unigrams[s])
              + q(m[t * n + t], unigrams[t], unigrams[t])
              + q(m[s * n + t], unigrams[s], unigrams[t])
              + q(m[t * n + s], unigrams[t], unigrams[s]);
      long pu = unigrams[s] + unigrams[t];
      for (int j = 0; j < n; j++) {
        if (active[j] && j != s && j != t) {
          sum +=
              q((long) m[s * n + j] + m[t * n + j], pu, unigrams[j])
                  + q((long) m[j * n + s] + m[j * n + t], unigrams[j], pu);
        }
      }
      return sum + q((long) m[s * n + s] + m[s * n + t] + m[t * n + s] + m[t * n + t], pu, pu);
    }

    private static double q(long bigrams, long p1, long p2) {
      return bigrams == 0 ? 0 : bigrams * Math.log((double) bigrams / ((double) p1 * p2));
    }

    /** Checks every cached loss against the definition; for tests on small inputs. */
    void verify() {
      double before = mutualInformation(-1, -1);
      for (int s = 0; s < n; s++) {
        if (!active[s]) {
          continue;
        }
        long e = 0;
        for (int t = 0; t < n; t++) {
          e += active[t] ? m[s * n + t] + m[t * n + s] : 0;
          if (m[s * n + t] != mt[t * n + s]) {
            throw new AssertionError("transpose differs at " + s + ", " + t);
          }
        }
        if (e != ends[s]) {
          throw new AssertionError("bigram ends of slot " + s + ": " + ends[s] + " != " + e);
        }
        for (int t = s + 1; t < n; t++) {
          if (!active[t]) {
            continue;
          }
          double expected = before - mutualInformation(s, t);
          double actual = loss[s * n + t];
          if (Math.abs(expected - actual) > 1e-6 * Math.max(1, Math.abs(expected))) {
            throw new AssertionError("loss of " + s + ", " + t + ": " + actual + " != " + expected);
          }
        }
      }
    }
  }
}
