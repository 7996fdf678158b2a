package org.voxpop.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.concurrent.Callable;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;

/**
 * Facet counts of comments <em>and</em> of distinct articles for every facet value, and of the
 * matches missing each dimension, in one pass over the matching documents and their doc values.
 *
 * <p>Because an article's comments are indexed as one contiguous block just before the article, and
 * matches arrive in document order, an article is counted once per value by remembering the last
 * article seen for that value: no sets, no stored-field loads. A block never spans segments, so
 * segments are counted independently (in parallel on the searcher's executor, a large segment in
 * parts that each end with an article) and summed.
 *
 * <p>It counts and nothing else: as Lucene's {@code Facets}, it gives each value as indexed, and
 * {@link FacetLabeller} picks, ranks and labels the values a user sees.
 */
final class CommentArticleCounts {

  /** Ints per segment ordinal in the counting slots: comments, articles, last article seen. */
  private static final int SLOT = 3;

  private static final int COMMENTS = 0;
  private static final int ARTICLES = 1;
  private static final int LAST = 2;

  /** The requested dimensions, in request order. */
  private final List<String> dims;

  private final FacetFields facetFields;

  /** Per requested dimension: its doc values, or empty when no document carries it. */
  private final List<Optional<FacetFields.Dim>> fields;

  /** Per requested dimension, per global ordinal. */
  private final int[][] comments;

  private final int[][] articles;

  /**
   * Per requested dimension: matching comments that carry no value of it, and the distinct articles
   * of the matches that carry none (counted like a value's articles).
   */
  private final int[] missingComments;

  private final int[] missingArticles;
  private long commentHits;
  private long distinctArticles;

  /**
   * Counts the values of the given dimensions among the hits; other dimensions' doc values are
   * never read.
   *
   * @param parallelism the threads of {@code executor}: the work is cut into about as many parts
   * @param minPartDocs the smallest part worth a task of its own
   */
  CommentArticleCounts(
      FacetFields facetFields,
      List<FacetsCollector.MatchingDocs> hits,
      BitSetProducer articleDocs,
      java.util.Collection<String> dims,
      TaskExecutor executor,
      int parallelism,
      int minPartDocs)
      throws IOException {
    this.dims = List.copyOf(new java.util.LinkedHashSet<>(dims));
    this.facetFields = facetFields;
    this.fields = new ArrayList<>(this.dims.size());
    this.comments = new int[this.dims.size()][];
    this.articles = new int[this.dims.size()][];
    for (int d = 0; d < this.dims.size(); d++) {
      Optional<FacetFields.Dim> field = facetFields.get(this.dims.get(d));
      fields.add(field);
      int size = field.map(f -> f.state().getSize()).orElse(0);
      comments[d] = new int[size];
      articles[d] = new int[size];
    }
    this.missingComments = new int[this.dims.size()];
    this.missingArticles = new int[this.dims.size()];
    count(hits, articleDocs, executor, parallelism, minPartDocs);
  }

  /** What one segment's matches add up to. */
  private static final class SegmentCounts {
    final int leaf;

    /** Per requested dimension, per segment ordinal ({@link #SLOT} ints), or null. */
    final int[][] slots;

    final int[] missingComments;
    final int[] missingArticles;
    long commentHits;
    long distinctArticles;

    SegmentCounts(int leaf, int dims) {
      this.leaf = leaf;
      this.slots = new int[dims][];
      this.missingComments = new int[dims];
      this.missingArticles = new int[dims];
    }
  }

  private void count(
      List<FacetsCollector.MatchingDocs> matching,
      BitSetProducer articleDocs,
      TaskExecutor executor,
      int parallelism,
      int minPartDocs)
      throws IOException {
    long docsWithHits = 0;
    for (FacetsCollector.MatchingDocs docs : matching) {
      if (docs.totalHits() > 0 && docs.bits() != null) {
        docsWithHits += docs.context().reader().maxDoc();
      }
    }
    // Segments are seldom of one size (a merge to two segments left 775k and 245k documents): a
    // large one is counted in parts, so that every thread gets about the same share. A part ends
    // with an article, so no block is split between two parts and articles are counted once.
    int part = ArticleAlignedSlices.partSize(docsWithHits, parallelism, minPartDocs);
    List<Callable<Void>> tasks = new ArrayList<>();
    for (FacetsCollector.MatchingDocs docs : matching) {
      if (docs.totalHits() == 0 || docs.bits() == null) {
        continue;
      }
      BitSet parents = articleDocs.getBitSet(docs.context());
      int maxDoc = docs.context().reader().maxDoc();
      for (int from = 0; from < maxDoc; ) {
        int to = ArticleAlignedSlices.partEnd(parents, from, part, maxDoc);
        int start = from;
        tasks.add(
            () -> {
              add(countSegment(docs, parents, start, to));
              return null;
            });
        from = to;
      }
    }
    executor.invokeAll(tasks);
  }

  /**
   * Adds one segment's counts, as soon as it is counted: a segment's counting slots are garbage
   * once added, so memory holds the slots of the segments being counted, not of all of them.
   */
  private synchronized void add(SegmentCounts segment) {
    commentHits += segment.commentHits;
    distinctArticles += segment.distinctArticles;
    for (int d = 0; d < dims.size(); d++) {
      missingComments[d] += segment.missingComments[d];
      missingArticles[d] += segment.missingArticles[d];
      int[] slots = segment.slots[d];
      if (slots == null) {
        continue;
      }
      // Counted in segment ordinals, mapped to global ordinals once here: mapping every value as
      // it is read costs more than the counting itself.
      int[] toGlobal = fields.get(d).orElseThrow().segmentToGlobal()[segment.leaf];
      int[] c = comments[d];
      int[] a = articles[d];
      for (int ord = 0, n = slots.length / SLOT; ord < n; ord++) {
        int slot = ord * SLOT;
        if (slots[slot + ARTICLES] > 0) {
          c[toGlobal[ord]] += slots[slot + COMMENTS];
          a[toGlobal[ord]] += slots[slot + ARTICLES];
        }
      }
    }
  }

  /**
   * Matches counted at a time: their doc ids and articles are gathered first, then each dimension
   * counts the whole batch in a loop of its own. A loop that reads nothing but arrays lets the
   * processor fetch the next matches' ordinals while it counts this one's; walking the matches and
   * every dimension in one loop stalled on each cache miss in turn (twice the time).
   */
  private static final int BATCH = 1024;

  /**
   * Counts the matches of one segment among its documents {@code from} (inclusive) to {@code to}.
   */
  private SegmentCounts countSegment(
      FacetsCollector.MatchingDocs docs, BitSet parents, int from, int to) throws IOException {
    DocIdSet matches = docs.bits();
    int k = dims.size();
    SegmentCounts counts = new SegmentCounts(docs.context().ord, k);
    DimCounter[] counters = new DimCounter[k];
    for (int d = 0; d < k; d++) {
      if (fields.get(d).isPresent()) {
        counters[d] = counter(fields.get(d).get(), docs.context());
        counts.slots[d] = counters[d].slots;
      }
    }
    int[] batch = new int[BATCH];
    int[] articleOf = new int[BATCH];
    int[] isComment = new int[BATCH];
    int size = 0;
    int article = -1;
    int lastCounted = -1;
    long commentHits = 0;
    long distinctArticles = 0;
    MatchWalk walk = MatchWalk.of(matches, from, to);
    for (int doc = walk.next(); doc < to; doc = walk.next()) {
      // Matches ascend, so a comment before the last article found belongs to that article:
      // one nextSetBit per article block, not one per comment.
      if (doc > article) {
        article = parents == null ? doc : parents.nextSetBit(doc);
      }
      int comment = doc == article ? 0 : 1;
      commentHits += comment;
      if (article != lastCounted) {
        distinctArticles++;
        lastCounted = article;
      }
      batch[size] = doc;
      articleOf[size] = article;
      isComment[size] = comment;
      if (++size == BATCH) {
        countBatch(counters, counts, batch, articleOf, isComment, size);
        size = 0;
      }
    }
    countBatch(counters, counts, batch, articleOf, isComment, size);
    counts.commentHits = commentHits;
    counts.distinctArticles = distinctArticles;
    return counts;
  }

  private static void countBatch(
      DimCounter[] counters,
      SegmentCounts counts,
      int[] batch,
      int[] articleOf,
      int[] isComment,
      int size)
      throws IOException {
    for (int d = 0; d < counters.length; d++) {
      if (counters[d] != null) {
        counters[d].count(batch, articleOf, isComment, size);
        counts.missingComments[d] = counters[d].missingComments;
        counts.missingArticles[d] = counters[d].missingArticles;
      }
    }
  }

  /** The counter of one dimension in one segment: from decoded ordinals if the budget allows. */
  private DimCounter counter(FacetFields.Dim field, org.apache.lucene.index.LeafReaderContext leaf)
      throws IOException {
    Optional<SegmentOrdinals> decoded = facetFields.ordinals(field, leaf);
    if (decoded.isPresent()) {
      return new DecodedCounter(decoded.get());
    }
    return new DocValuesCounter(DocValues.getSortedSet(leaf.reader(), field.state().getField()));
  }

  /**
   * Counts one dimension's values among batches of matches, into {@link #SLOT} ints per segment
   * ordinal: everything about one ordinal sits side by side (comments, articles, last article
   * seen), so a value costs one cache line instead of three scattered reads.
   */
  private abstract static class DimCounter {
    final int[] slots;

    /**
     * Matching comments that carry no value of the dimension, and the distinct articles of the
     * matches that carry none. Counted from those matches themselves: an article with one match
     * that has a value and one that has none is among the "(none)" articles too, which the articles
     * of all matches minus those of the matches with a value would miss.
     */
    int missingComments;

    int missingArticles;
    private int lastMissingArticle = -1;

    DimCounter(long valueCount) {
      slots = new int[Math.toIntExact(valueCount * SLOT)];
      for (int slot = LAST; slot < slots.length; slot += SLOT) {
        slots[slot] = -1;
      }
    }

    abstract void count(int[] docs, int[] articleOf, int[] isComment, int size) throws IOException;

    /** A match that carries no value of the dimension: counted once per comment and per article. */
    final void lacks(int article, int comment) {
      missingComments += comment;
      missingArticles += firstTime(lastMissingArticle, article);
      lastMissingArticle = article;
    }

    /**
     * One value of a match. Without branches: whether an article is new to a value is a coin toss
     * for the processor, and a mispredicted branch per value cost more than the counting.
     */
    final void value(int ord, int article, int comment) {
      int slot = ord * SLOT;
      slots[slot + COMMENTS] += comment;
      slots[slot + ARTICLES] += firstTime(slots[slot + LAST], article);
      slots[slot + LAST] = article;
    }

    /** 1 when {@code article} differs from the last one seen, else 0. */
    private static int firstTime(int last, int article) {
      int diff = last ^ article;
      return (diff | -diff) >>> 31;
    }
  }

  /** Reads the arrays {@link SegmentOrdinals} decoded: an array element per match. */
  private static final class DecodedCounter extends DimCounter {
    private final SegmentOrdinals ords;

    DecodedCounter(SegmentOrdinals ords) {
      super(ords.valueCount()); // no doc-values iterator to open: it costs
      this.ords = ords;
    }

    @Override
    void count(int[] docs, int[] articleOf, int[] isComment, int size) {
      if (ords.singleValued()) {
        // Single-valued dimensions (sentiment, source, ...) read their one ordinal directly.
        for (int i = 0; i < size; i++) {
          int ord = ords.ord(docs[i]);
          if (ord >= 0) {
            value(ord, articleOf[i], isComment[i]);
          } else {
            lacks(articleOf[i], isComment[i]);
          }
        }
        return;
      }
      for (int i = 0; i < size; i++) {
        int doc = docs[i];
        int first = ords.from(doc);
        int end = ords.to(doc);
        if (first == end) {
          lacks(articleOf[i], isComment[i]);
        } else {
          for (int j = first; j < end; j++) {
            value(ords.ordAt(j), articleOf[i], isComment[i]);
          }
        }
      }
    }
  }

  /** Reads doc values, for fields past the decoded-ordinal budget. */
  private static final class DocValuesCounter extends DimCounter {
    private final SortedSetDocValues values;
    private final SortedDocValues single;

    DocValuesCounter(SortedSetDocValues values) {
      super(values.getValueCount());
      this.values = values;
      this.single = DocValues.unwrapSingleton(values);
    }

    @Override
    void count(int[] docs, int[] articleOf, int[] isComment, int size) throws IOException {
      for (int i = 0; i < size; i++) {
        int doc = docs[i];
        if (single != null ? !single.advanceExact(doc) : !values.advanceExact(doc)) {
          lacks(articleOf[i], isComment[i]);
          continue;
        }
        if (single != null) {
          value(single.ordValue(), articleOf[i], isComment[i]);
        } else {
          for (int n = 0, count = values.docValueCount(); n < count; n++) {
            value((int) values.nextOrd(), articleOf[i], isComment[i]);
          }
        }
      }
    }
  }

  /** Distinct articles among all matches. */
  long distinctArticles() {
    return distinctArticles;
  }

  /**
   * The counted values under a path of a dimension, in ordinal order, each with its indexed value
   * as its label (as Lucene's {@code Facets} leave labelling to the caller): only values that some
   * match carries. A dimension not counted, or a path the index does not hold, has no values, and
   * every match lacks it.
   */
  Children children(String dim, List<String> path) throws IOException {
    int d = dims.indexOf(dim);
    if (d < 0 || fields.get(d).isEmpty()) {
      return new Children(List.of(), (int) commentHits, (int) distinctArticles);
    }
    SortedSetDocValuesReaderState state = fields.get(d).get().state();
    Optional<PrimitiveIterator.OfInt> children = childOrds(state, dim, path);
    if (children.isEmpty()) {
      return new Children(List.of(), (int) commentHits, (int) distinctArticles);
    }
    int[] comments = this.comments[d];
    int[] articles = this.articles[d];
    SortedSetDocValues dv = state.getDocValues();
    List<FacetValue> found = new ArrayList<>();
    for (PrimitiveIterator.OfInt it = children.get(); it.hasNext(); ) {
      int ord = it.nextInt();
      if (comments[ord] == 0 && articles[ord] == 0) {
        continue;
      }
      String[] components = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
      String value = components[components.length - 1];
      found.add(new FacetValue(value, value, comments[ord], articles[ord]));
    }
    return new Children(found, missingComments[d], missingArticles[d]);
  }

  /**
   * The values counted under a path, and the matches that carry no value of the dimension.
   *
   * @param values each value's label is its indexed value
   */
  record Children(List<FacetValue> values, int missingComments, int missingArticles) {
    Children {
      values = List.copyOf(values);
    }
  }

  private static Optional<PrimitiveIterator.OfInt> childOrds(
      SortedSetDocValuesReaderState state, String dim, List<String> path) throws IOException {
    if (state.getFacetsConfig().getDimConfig(dim).hierarchical) {
      SortedSetDocValuesReaderState.DimTree tree = state.getDimTree(dim);
      if (tree == null) {
        return Optional.empty();
      }
      if (path.isEmpty()) {
        return Optional.of(tree.iterator());
      }
      String[] full = new String[path.size() + 1];
      full[0] = dim;
      for (int i = 0; i < path.size(); i++) {
        full[i + 1] = path.get(i);
      }
      long ord = state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(full)));
      return ord < 0 ? Optional.empty() : Optional.of(tree.iterator((int) ord));
    }
    if (!path.isEmpty()) {
      return Optional.empty();
    }
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    return range == null ? Optional.empty() : Optional.of(range.iterator());
  }
}
