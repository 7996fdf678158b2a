package org.voxpop.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PrimitiveIterator;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts of comments <em>and</em> of distinct articles for every facet value, in one pass
 * over the matching documents and their doc values.
 *
 * <p>Because an article's comments are indexed as one contiguous block just before the article,
 * and matches arrive in document order, an article is counted once per value by remembering the
 * last article seen for that value: no sets, no stored-field loads.
 */
final class CommentArticleCounts {

  private final SortedSetDocValuesReaderState state;
  private final int[] comments;
  private final int[] articles;
  private long distinctArticles;

  CommentArticleCounts(SortedSetDocValuesReaderState state, FacetsCollector hits, BitSetProducer articleDocs)
      throws IOException {
    this.state = state;
    this.comments = new int[state.getSize()];
    this.articles = new int[state.getSize()];
    count(hits.getMatchingDocs(), articleDocs);
  }

  private void count(List<FacetsCollector.MatchingDocs> matching, BitSetProducer articleDocs) throws IOException {
    int[] lastArticle = new int[state.getSize()];
    Arrays.fill(lastArticle, -1);
    SortedSetDocValues global = state.getDocValues();
    OrdinalMap ordinalMap =
        global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    for (FacetsCollector.MatchingDocs docs : matching) {
      if (docs.totalHits() == 0 || docs.bits() == null) {
        continue;
      }
      DocIdSetIterator it = docs.bits().iterator();
      if (it == null) {
        continue;
      }
      int docBase = docs.context().docBase;
      BitSet parents = articleDocs.getBitSet(docs.context());
      SortedSetDocValues values = DocValues.getSortedSet(docs.context().reader(), state.getField());
      LongValues toGlobal = ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(docs.context().ord);
      int lastCounted = -1;
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        boolean isArticle = parents != null && parents.get(doc);
        int article = isArticle || parents == null ? doc : parents.nextSetBit(doc);
        int articleKey = docBase + article;
        if (articleKey != lastCounted) {
          distinctArticles++;
          lastCounted = articleKey;
        }
        if (!values.advanceExact(doc)) {
          continue;
        }
        for (int i = 0, n = values.docValueCount(); i < n; i++) {
          int ord = (int) toGlobal.get(values.nextOrd());
          if (!isArticle) {
            comments[ord]++;
          }
          if (lastArticle[ord] != articleKey) {
            articles[ord]++;
            lastArticle[ord] = articleKey;
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
   * The top values under a path of a dimension, ranked by comments (or by articles when {@code
   * byArticles}), then by value.
   */
  FacetDimension top(String dim, List<String> path, int topN, boolean byArticles) throws IOException {
    PrimitiveIterator.OfInt children = children(dim, path);
    if (children == null) {
      return new FacetDimension(dim, path, List.of(), 0);
    }
    SortedSetDocValues dv = state.getDocValues();
    List<int[]> found = new ArrayList<>();
    while (children.hasNext()) {
      int ord = children.nextInt();
      if (comments[ord] > 0 || articles[ord] > 0) {
        found.add(new int[] {ord, comments[ord], articles[ord]});
      }
    }
    int rankBy = byArticles ? 2 : 1;
    int tieBy = byArticles ? 1 : 2;
    found.sort((a, b) -> a[rankBy] != b[rankBy] ? Integer.compare(b[rankBy], a[rankBy])
        : a[tieBy] != b[tieBy] ? Integer.compare(b[tieBy], a[tieBy]) : Integer.compare(a[0], b[0]));
    List<FacetValue> values = new ArrayList<>();
    for (int[] entry : found.subList(0, Math.min(topN, found.size()))) {
      String[] components = FacetsConfig.stringToPath(dv.lookupOrd(entry[0]).utf8ToString());
      String value = components[components.length - 1];
      values.add(new FacetValue(value, value, entry[1], entry[2]));
    }
    return new FacetDimension(dim, path, values, found.size());
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
