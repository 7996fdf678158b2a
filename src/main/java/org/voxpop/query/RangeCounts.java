package org.voxpop.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.NumericUtils;

/** Comment and distinct-article counts per bucket of a numeric range facet, in one pass. */
final class RangeCounts {
  private RangeCounts() {}

  static FacetDimension count(
      String name,
      RangeFacets.Definition definition,
      List<FacetsCollector.MatchingDocs> hits,
      BitSetProducer articleDocs)
      throws IOException {
    List<RangeFacets.Bucket> buckets = definition.buckets();
    int[] comments = new int[buckets.size()];
    int[] articles = new int[buckets.size()];
    int[] lastArticle = new int[buckets.size()];
    java.util.Arrays.fill(lastArticle, -1);
    int missingComments = 0;
    int missingArticles = 0;
    int lastMissingArticle = -1;
    for (FacetsCollector.MatchingDocs docs : hits) {
      if (docs.totalHits() == 0 || docs.bits() == null) {
        continue;
      }
      DocIdSetIterator it = docs.bits().iterator();
      if (it == null) {
        continue;
      }
      BitSet parents = articleDocs.getBitSet(docs.context());
      SortedNumericDocValues values =
          DocValues.getSortedNumeric(docs.context().reader(), definition.field());
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        boolean isArticle = parents == null || parents.get(doc);
        int articleKey = docs.context().docBase + (isArticle ? doc : parents.nextSetBit(doc));
        if (!values.advanceExact(doc)) {
          if (!isArticle) {
            missingComments++;
          }
          if (lastMissingArticle != articleKey) {
            missingArticles++;
            lastMissingArticle = articleKey;
          }
          continue;
        }
        long raw = values.nextValue();
        double value = definition.integral() ? raw : NumericUtils.sortableLongToDouble(raw);
        int bucket = bucketOf(buckets, value);
        if (bucket < 0) {
          continue;
        }
        if (!isArticle) {
          comments[bucket]++;
        }
        if (lastArticle[bucket] != articleKey) {
          articles[bucket]++;
          lastArticle[bucket] = articleKey;
        }
      }
    }
    List<FacetValue> values = new ArrayList<>();
    int nonEmpty = 0;
    for (int i = 0; i < buckets.size(); i++) {
      values.add(
          new FacetValue(buckets.get(i).label(), buckets.get(i).label(), comments[i], articles[i]));
      if (comments[i] > 0 || articles[i] > 0) {
        nonEmpty++;
      }
    }
    return new FacetDimension(name, List.of(), values, nonEmpty, missingComments, missingArticles);
  }

  private static int bucketOf(List<RangeFacets.Bucket> buckets, double value) {
    for (int i = 0; i < buckets.size(); i++) {
      RangeFacets.Bucket b = buckets.get(i);
      boolean last = i == buckets.size() - 1;
      if (value >= b.min() && (value < b.max() || (last && value <= b.max()))) {
        return i;
      }
    }
    return -1;
  }
}
