package org.voxpop.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.PrimitiveIterator;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;

/**
 * Facet counts of comments <em>and</em> of distinct articles for every facet value, and of the
 * matches missing each dimension, in one pass over the matching documents and their doc values.
 *
 * <p>Because an article's comments are indexed as one contiguous block just before the article,
 * and matches arrive in document order, an article is counted once per value by remembering the
 * last article seen for that value: no sets, no stored-field loads. A block never spans
 * segments, so segments are counted independently (in parallel on the searcher's executor, a
 * large segment in parts that each end with an article) and summed.
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
  /** Per requested dimension: matching comments and articles that carry it. */
  private final int[] dimComments;
  private final int[] dimArticles;
  private long commentHits;
  private long distinctArticles;

  /**
   * Counts the values of the given dimensions among the hits; other dimensions' doc values are
   * never read.
   *
   * @param parallelism the threads of {@code executor}: the work is cut into about as many parts
   */
  CommentArticleCounts(
      FacetFields facetFields,
      FacetsCollector hits,
      BitSetProducer articleDocs,
      java.util.Collection<String> dims,
      TaskExecutor executor,
      int parallelism)
      throws IOException {
    this(facetFields, hits, articleDocs, dims, executor, parallelism, MIN_PART_DOCS);
  }

  /** As above, with the smallest part a segment is cut into: tests cut small indexes too. */
  CommentArticleCounts(
      FacetFields facetFields,
      FacetsCollector hits,
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
    this.dimComments = new int[this.dims.size()];
    this.dimArticles = new int[this.dims.size()];
    count(hits.getMatchingDocs(), articleDocs, executor, parallelism, minPartDocs);
  }

  /** What one segment's matches add up to. */
  private static final class SegmentCounts {
    final int leaf;
    /** Per requested dimension, per segment ordinal ({@link #SLOT} ints), or null. */
    final int[][] slots;
    final int[] dimComments;
    final int[] dimArticles;
    long commentHits;
    long distinctArticles;

    SegmentCounts(int leaf, int dims) {
      this.leaf = leaf;
      this.slots = new int[dims][];
      this.dimComments = new int[dims];
      this.dimArticles = new int[dims];
    }
  }

  private void count(
      List<FacetsCollector.MatchingDocs> matching, BitSetProducer articleDocs, TaskExecutor executor, int parallelism,
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
    int part = (int) Math.max(minPartDocs, (docsWithHits + parallelism - 1) / Math.max(1, parallelism));
    List<Callable<Void>> tasks = new ArrayList<>();
    for (FacetsCollector.MatchingDocs docs : matching) {
      if (docs.totalHits() == 0 || docs.bits() == null) {
        continue;
      }
      BitSet parents = articleDocs.getBitSet(docs.context());
      int maxDoc = docs.context().reader().maxDoc();
      for (int from = 0; from < maxDoc; ) {
        int to = partEnd(parents, from, part, maxDoc);
        int start = from;
        tasks.add(() -> {
          SegmentCounts segment = countSegment(docs, parents, start, to);
          if (segment != null) {
            add(segment);
          }
          return null;
        });
        from = to;
      }
    }
    executor.invokeAll(tasks);
  }

  /** Parts smaller than this are not worth a task of their own. */
  private static final int MIN_PART_DOCS = 1 << 16;

  /** Where a part that starts at {@code from} ends: just after the first article past its size. */
  private static int partEnd(BitSet parents, int from, int part, int maxDoc) {
    long target = (long) from + part;
    if (target >= maxDoc) {
      return maxDoc;
    }
    if (parents == null) {
      return (int) target; // no articles in the segment: every document stands alone
    }
    int article = parents.nextSetBit((int) target);
    return article == DocIdSetIterator.NO_MORE_DOCS ? maxDoc : article + 1;
  }

  /**
   * Adds one segment's counts, as soon as it is counted: a segment's counting slots are garbage
   * once added, so memory holds the slots of the segments being counted, not of all of them.
   */
  private synchronized void add(SegmentCounts segment) {
    commentHits += segment.commentHits;
    distinctArticles += segment.distinctArticles;
    for (int d = 0; d < dims.size(); d++) {
      dimComments[d] += segment.dimComments[d];
      dimArticles[d] += segment.dimArticles[d];
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

  /** Counts the matches of one segment among its documents {@code from} (inclusive) to {@code to}. */
  private SegmentCounts countSegment(FacetsCollector.MatchingDocs docs, BitSet parents, int from, int to)
      throws IOException {
    DocIdSetIterator it = docs.bits().iterator();
    if (it == null) {
      return null;
    }
    int k = dims.size();
    SegmentCounts counts = new SegmentCounts(docs.context().ord, k);
    SortedSetDocValues[] values = new SortedSetDocValues[k];
    // Single-valued dimensions (sentiment, source, ...) read their one ordinal directly, without
    // the multi-valued iteration: most of the dimensions a journalist counts are single-valued.
    SortedDocValues[] single = new SortedDocValues[k];
    // Decoded ordinals, when the heap budget allows: an array read per document instead of
    // decoding doc values, which is most of what counting a large archive costs.
    SegmentOrdinals[] decoded = new SegmentOrdinals[k];
    int[][] slotsByDim = counts.slots;
    for (int d = 0; d < k; d++) {
      if (fields.get(d).isPresent()) {
        decoded[d] = facetFields.ordinals(fields.get(d).get(), docs.context()).orElse(null);
        long valueCount;
        if (decoded[d] != null) {
          valueCount = decoded[d].valueCount(); // no doc-values iterator to open: it costs
        } else {
          values[d] = DocValues.getSortedSet(docs.context().reader(), fields.get(d).get().state().getField());
          single[d] = DocValues.unwrapSingleton(values[d]);
          valueCount = values[d].getValueCount();
        }
        // Everything about one ordinal sits side by side (comments, articles, last article
        // seen), so a value costs one cache line instead of three scattered reads.
        int[] slots = new int[(int) valueCount * SLOT];
        for (int slot = LAST; slot < slots.length; slot += SLOT) {
          slots[slot] = -1;
        }
        slotsByDim[d] = slots;
      }
    }
    int[] dimComments = counts.dimComments;
    int[] dimArticles = counts.dimArticles;
    int[] lastDimArticle = new int[k];
    Arrays.fill(lastDimArticle, -1);
    int lastCounted = -1;
    int article = -1;
    long commentHits = 0;
    long distinctArticles = 0;
    for (int doc = it.advance(from); doc < to; doc = it.nextDoc()) {
      // Matches ascend, so a comment before the last article found belongs to that article:
      // one nextSetBit per article block, not one per comment.
      if (doc > article) {
        article = parents == null ? doc : parents.nextSetBit(doc);
      }
      boolean isArticle = doc == article;
      if (article != lastCounted) {
        distinctArticles++;
        lastCounted = article;
      }
      if (!isArticle) {
        commentHits++;
      }
      for (int d = 0; d < k; d++) {
        SegmentOrdinals ords = decoded[d];
        if (ords != null) {
          countDecoded(ords, doc, d, isArticle, article, dimComments, dimArticles, lastDimArticle, slotsByDim[d]);
          continue;
        }
        SortedDocValues one = single[d];
        SortedSetDocValues v = values[d];
        if (one != null ? !one.advanceExact(doc) : v == null || !v.advanceExact(doc)) {
          continue;
        }
        carries(d, isArticle, article, dimComments, dimArticles, lastDimArticle);
        int[] slots = slotsByDim[d];
        if (one != null) {
          count(slots, one.ordValue() * SLOT, isArticle, article);
        } else {
          for (int i = 0, n = v.docValueCount(); i < n; i++) {
            count(slots, (int) v.nextOrd() * SLOT, isArticle, article);
          }
        }
      }
    }
    counts.commentHits = commentHits;
    counts.distinctArticles = distinctArticles;
    return counts;
  }

  /** A match that carries dimension {@code d}: counted once per comment and once per article. */
  private static void carries(int d, boolean isArticle, int article, int[] dimComments, int[] dimArticles,
      int[] lastDimArticle) {
    if (!isArticle) {
      dimComments[d]++;
    }
    if (lastDimArticle[d] != article) {
      dimArticles[d]++;
      lastDimArticle[d] = article;
    }
  }

  private static void countDecoded(SegmentOrdinals ords, int doc, int d, boolean isArticle, int article,
      int[] dimComments, int[] dimArticles, int[] lastDimArticle, int[] slots) {
    int from;
    int to;
    int one = -1;
    if (ords.singleValued()) {
      one = ords.ord(doc);
      if (one < 0) {
        return;
      }
      from = 0;
      to = 0;
    } else {
      from = ords.from(doc);
      to = ords.to(doc);
      if (from == to) {
        return;
      }
    }
    carries(d, isArticle, article, dimComments, dimArticles, lastDimArticle);
    if (one >= 0) {
      count(slots, one * SLOT, isArticle, article);
    } else {
      for (int i = from; i < to; i++) {
        count(slots, ords.ordAt(i) * SLOT, isArticle, article);
      }
    }
  }

  private static void count(int[] slots, int slot, boolean isArticle, int article) {
    if (!isArticle) {
      slots[slot + COMMENTS]++;
    }
    if (slots[slot + LAST] != article) {
      slots[slot + ARTICLES]++;
      slots[slot + LAST] = article;
    }
  }

  /** Distinct articles among all matches. */
  long distinctArticles() {
    return distinctArticles;
  }

  /**
   * The top values under a path of a dimension, ranked by comments (or by articles when {@code
   * byArticles}), then by the other count, then by value.
   *
   * @param labeler gives the readable label of a value (entity names for entity ids)
   * @param prefix only values whose label (or value) starts with this, ignoring case; empty for all
   */
  FacetDimension top(
      String dim, List<String> path, int topN, boolean byArticles, UnaryOperator<String> labeler, String prefix)
      throws IOException {
    int d = dims.indexOf(dim);
    if (d < 0 || fields.get(d).isEmpty()) {
      return new FacetDimension(dim, path, List.of(), 0, (int) commentHits, (int) distinctArticles);
    }
    int missingComments = (int) (commentHits - dimComments[d]);
    int missingArticles = (int) (distinctArticles - dimArticles[d]);
    SortedSetDocValuesReaderState state = fields.get(d).get().state();
    PrimitiveIterator.OfInt children = children(state, dim, path);
    if (children == null) {
      return new FacetDimension(dim, path, List.of(), 0, (int) commentHits, (int) distinctArticles);
    }
    int[] comments = this.comments[d];
    int[] articles = this.articles[d];
    SortedSetDocValues dv = state.getDocValues();
    String wanted = prefix.toLowerCase(Locale.ROOT);
    List<FacetValue> found = new ArrayList<>();
    while (children.hasNext()) {
      int ord = children.nextInt();
      if (comments[ord] == 0 && articles[ord] == 0) {
        continue;
      }
      String[] components = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
      String value = components[components.length - 1];
      String label = labeler.apply(value);
      if (!wanted.isEmpty()
          && !label.toLowerCase(Locale.ROOT).startsWith(wanted)
          && !value.toLowerCase(Locale.ROOT).startsWith(wanted)) {
        continue;
      }
      found.add(new FacetValue(value, label, comments[ord], articles[ord]));
    }
    found.sort(
        (a, b) -> {
          int first = byArticles ? Integer.compare(b.articles(), a.articles()) : Integer.compare(b.comments(), a.comments());
          if (first != 0) {
            return first;
          }
          int second = byArticles ? Integer.compare(b.comments(), a.comments()) : Integer.compare(b.articles(), a.articles());
          return second != 0 ? second : a.value().compareTo(b.value());
        });
    return new FacetDimension(
        dim, path, found.subList(0, Math.min(topN, found.size())), found.size(), missingComments, missingArticles);
  }

  private static PrimitiveIterator.OfInt children(SortedSetDocValuesReaderState state, String dim, List<String> path)
      throws IOException {
    if (state.getFacetsConfig().getDimConfig(dim).hierarchical) {
      SortedSetDocValuesReaderState.DimTree tree = state.getDimTree(dim);
      if (tree == null) {
        return null;
      }
      if (path.isEmpty()) {
        return tree.iterator();
      }
      String[] full = new String[path.size() + 1];
      full[0] = dim;
      for (int i = 0; i < path.size(); i++) {
        full[i + 1] = path.get(i);
      }
      long ord = state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(full)));
      return ord < 0 ? null : tree.iterator((int) ord);
    }
    if (!path.isEmpty()) {
      return null;
    }
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    return range == null ? null : range.iterator();
  }
}
