package org.voxpop.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.PrimitiveIterator;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts of comments <em>and</em> of distinct articles for every facet value, and of the
 * matches missing each dimension, in one pass over the matching documents and their doc values.
 *
 * <p>Because an article's comments are indexed as one contiguous block just before the article,
 * and matches arrive in document order, an article is counted once per value by remembering the
 * last article seen for that value: no sets, no stored-field loads.
 */
final class CommentArticleCounts {

  /**
   * Where each dimension's ordinals lie, and each segment's ordinal mapping, computed once per
   * reader (a refresh) instead of once per search.
   */
  static final class DimOrdinals {
    final List<String> dims;
    final int[] ordToDim;
    /** Per segment (leaf ord): segment ordinal to global ordinal. */
    final int[][] segmentToGlobal;
    /** Per segment: segment ordinal to dimension index, or -1. */
    final int[][] segmentToDim;

    DimOrdinals(SortedSetDocValuesReaderState state, List<String> dims) throws IOException {
      this.dims = List.copyOf(dims);
      this.ordToDim = new int[state.getSize()];
      Arrays.fill(ordToDim, -1);
      SortedSetDocValues dv = state.getDocValues();
      for (int d = 0; d < dims.size(); d++) {
        // "dim" < "dim\u001f..." < "dim\u0020": the range holds the dim and all its paths, and
        // no other dimension (a longer name continues with a character above \u0020).
        int start = insertionPoint(dv.lookupTerm(new BytesRef(dims.get(d))));
        int end = insertionPoint(dv.lookupTerm(new BytesRef(dims.get(d) + "\u0020")));
        for (int ord = start; ord < end; ord++) {
          ordToDim[ord] = d;
        }
      }
      OrdinalMap ordinalMap = dv instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
      List<org.apache.lucene.index.LeafReaderContext> leaves = state.getReader().leaves();
      segmentToGlobal = new int[leaves.size()][];
      segmentToDim = new int[leaves.size()][];
      for (org.apache.lucene.index.LeafReaderContext leaf : leaves) {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
        int count = (int) values.getValueCount();
        LongValues toGlobal = ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(leaf.ord);
        int[] global = new int[count];
        int[] dim = new int[count];
        for (int ord = 0; ord < count; ord++) {
          global[ord] = (int) toGlobal.get(ord);
          dim[ord] = ordToDim[global[ord]];
        }
        segmentToGlobal[leaf.ord] = global;
        segmentToDim[leaf.ord] = dim;
      }
    }

    private static int insertionPoint(long lookup) {
      return (int) (lookup >= 0 ? lookup : -lookup - 1);
    }
  }

  /** Ints per segment ordinal in the counting slots: dimension, comments, articles, last article. */
  private static final int SLOT = 4;
  private static final int COMMENTS = 1;
  private static final int ARTICLES = 2;
  private static final int LAST = 3;

  private final SortedSetDocValuesReaderState state;
  private final DimOrdinals dimOrdinals;
  private final int[] comments;
  private final int[] articles;
  private final int[] dimComments;
  private final int[] dimArticles;
  private long commentHits;
  private long distinctArticles;

  private final boolean[] wanted;
  private final boolean anyWanted;

  /**
   * Counts the values of the given dimensions among the hits; values of other dimensions are
   * skipped on the first look, which is most of the work saved on a typical request.
   */
  CommentArticleCounts(
      SortedSetDocValuesReaderState state,
      DimOrdinals dimOrdinals,
      FacetsCollector hits,
      BitSetProducer articleDocs,
      java.util.Collection<String> dims,
      TaskExecutor executor)
      throws IOException {
    this.wanted = new boolean[dimOrdinals.dims.size()];
    for (String dim : dims) {
      int index = dimOrdinals.dims.indexOf(dim);
      if (index >= 0) {
        wanted[index] = true;
      }
    }
    this.state = state;
    this.dimOrdinals = dimOrdinals;
    boolean anyWanted = false;
    for (boolean w : wanted) {
      anyWanted |= w;
    }
    this.anyWanted = anyWanted;
    // Without dimensions to count only the hit totals are needed: no per-ordinal arrays.
    this.comments = new int[anyWanted ? state.getSize() : 0];
    this.articles = new int[anyWanted ? state.getSize() : 0];
    this.dimComments = new int[dimOrdinals.dims.size()];
    this.dimArticles = new int[dimOrdinals.dims.size()];
    count(hits.getMatchingDocs(), articleDocs, executor);
  }

  /** What one segment's matches add up to; segments are counted apart and then summed. */
  private static final class SegmentCounts {
    final int[] toGlobal;
    /** Per segment ordinal: dimension, comments, articles, last article seen ({@link #SLOT}). */
    final int[] slots;
    final int[] dimComments;
    final int[] dimArticles;
    long commentHits;
    long distinctArticles;

    SegmentCounts(int[] toGlobal, int[] slots, int dims) {
      this.toGlobal = toGlobal;
      this.slots = slots;
      this.dimComments = new int[dims];
      this.dimArticles = new int[dims];
    }
  }

  private void count(List<FacetsCollector.MatchingDocs> matching, BitSetProducer articleDocs, TaskExecutor executor)
      throws IOException {
    // A block never spans segments, so segments can be counted independently (in parallel when
    // the searcher has an executor) and summed: no article is counted twice.
    List<Callable<SegmentCounts>> tasks = new ArrayList<>();
    for (FacetsCollector.MatchingDocs docs : matching) {
      if (docs.totalHits() > 0 && docs.bits() != null) {
        tasks.add(() -> countSegment(docs, articleDocs));
      }
    }
    for (SegmentCounts segment : executor.invokeAll(tasks)) {
      if (segment == null) {
        continue;
      }
      commentHits += segment.commentHits;
      distinctArticles += segment.distinctArticles;
      for (int d = 0; d < dimComments.length; d++) {
        dimComments[d] += segment.dimComments[d];
        dimArticles[d] += segment.dimArticles[d];
      }
      int[] slots = segment.slots;
      for (int ord = 0, n = slots.length / SLOT; ord < n; ord++) {
        int slot = ord * SLOT;
        if (slots[slot + ARTICLES] > 0) {
          int g = segment.toGlobal[ord];
          comments[g] += slots[slot + COMMENTS];
          articles[g] += slots[slot + ARTICLES];
        }
      }
    }
  }

  private SegmentCounts countSegment(FacetsCollector.MatchingDocs docs, BitSetProducer articleDocs) throws IOException {
    DocIdSetIterator it = docs.bits().iterator();
    if (it == null) {
      return null;
    }
    int dimCount = dimOrdinals.dims.size();
    BitSet parents = articleDocs.getBitSet(docs.context());
    SortedSetDocValues values = DocValues.getSortedSet(docs.context().reader(), state.getField());
    // Count in segment ordinals and map each one to its global ordinal once at the end: mapping
    // every value as it is read costs more than the counting itself. A block never spans
    // segments, so "last article seen" works per segment too.
    int[] toGlobal = dimOrdinals.segmentToGlobal[docs.context().ord];
    int[] allDims = dimOrdinals.segmentToDim[docs.context().ord];
    int segmentOrds = anyWanted ? toGlobal.length : 0;
    // Everything about one ordinal sits side by side (dimension, comments, articles, last
    // article seen), so a value costs one cache line instead of four scattered reads.
    int[] slots = new int[segmentOrds * SLOT];
    for (int ord = 0; ord < segmentOrds; ord++) {
      int dim = allDims[ord];
      slots[ord * SLOT] = dim >= 0 && wanted[dim] ? dim : -1;
      slots[ord * SLOT + LAST] = -1;
    }
    SegmentCounts counts = new SegmentCounts(toGlobal, slots, dimCount);
    int[] dimComments = counts.dimComments;
    int[] dimArticles = counts.dimArticles;
    int[] lastDimArticle = new int[dimCount];
    Arrays.fill(lastDimArticle, -1);
    int[] docHasDim = new int[dimCount];
    Arrays.fill(docHasDim, -1);
    int lastCounted = -1;
    int article = -1;
    long commentHits = 0;
    long distinctArticles = 0;
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
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
      if (!anyWanted || !values.advanceExact(doc)) {
        continue;
      }
      for (int i = 0, n = values.docValueCount(); i < n; i++) {
        int slot = (int) values.nextOrd() * SLOT;
        int dim = slots[slot];
        if (dim < 0) {
          continue;
        }
        if (!isArticle) {
          slots[slot + COMMENTS]++;
        }
        if (slots[slot + LAST] != article) {
          slots[slot + ARTICLES]++;
          slots[slot + LAST] = article;
        }
        if (docHasDim[dim] != doc) {
          docHasDim[dim] = doc;
          if (!isArticle) {
            dimComments[dim]++;
          }
          if (lastDimArticle[dim] != article) {
            dimArticles[dim]++;
            lastDimArticle[dim] = article;
          }
        }
      }
    }
    counts.commentHits = commentHits;
    counts.distinctArticles = distinctArticles;
    return counts;
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
    int dimIndex = dimOrdinals.dims.indexOf(dim);
    int missingComments = dimIndex < 0 ? 0 : (int) (commentHits - dimComments[dimIndex]);
    int missingArticles = dimIndex < 0 ? 0 : (int) (distinctArticles - dimArticles[dimIndex]);
    PrimitiveIterator.OfInt children = children(dim, path);
    if (children == null) {
      return new FacetDimension(dim, path, List.of(), 0, (int) commentHits, (int) distinctArticles);
    }
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

  private PrimitiveIterator.OfInt children(String dim, List<String> path) throws IOException {
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
