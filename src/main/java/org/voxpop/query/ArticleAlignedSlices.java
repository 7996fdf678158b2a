package org.voxpop.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;

/**
 * Cuts an index into about equal shares of work for the search threads, cutting large segments only
 * just after an article, so that an article and its comments always fall in one part.
 *
 * <p>A merged archive has few, unequal segments (a merge to two segments left 775k and 245k
 * documents): with Lucene's slice per large segment, one thread matched three times as many
 * documents as the other, and an index of 100k comments in two segments was matched on one thread.
 * Lucene's block joins are exact over any part of a segment (they look back past a part's start;
 * {@code ParallelSearchTest} checks the joins over parts), so cutting at an article's end is not
 * needed for correctness: it keeps each article's block, and the work of joining it, in one task.
 * An index smaller than {@link #MIN_PART_DOCS} documents gets one slice: below that, handing work
 * to a second thread cost more than it saved.
 */
final class ArticleAlignedSlices {
  /** Parts smaller than this are not worth a task of their own. */
  static final int MIN_PART_DOCS = 1 << 16;

  private ArticleAlignedSlices() {}

  /**
   * Slices of about {@code 1 / threads} of the documents each, and of at least {@code minPartDocs}:
   * segments are dealt out in index order, whole while they fit in the slice being filled, else cut
   * just after an article.
   */
  static LeafSlice[] of(
      List<LeafReaderContext> leaves, BitSetProducer articles, int threads, int minPartDocs) {
    long docs = 0;
    for (LeafReaderContext leaf : leaves) {
      docs += leaf.reader().maxDoc();
    }
    int part = partSize(docs, threads, minPartDocs);
    // Documents are dealt out in index order: a slice takes whole segments, and the start of the
    // next one, until it holds about its share; a segment is only cut just after an article.
    List<LeafSlice> slices = new ArrayList<>();
    List<LeafReaderContextPartition> slice = new ArrayList<>();
    long inSlice = 0;
    for (LeafReaderContext leaf : leaves) {
      int maxDoc = leaf.reader().maxDoc();
      BitSet parents = null;
      for (int from = 0; from < maxDoc; ) {
        int room = (int) Math.max(1, part - inSlice);
        int to;
        if ((long) maxDoc - from <= room) {
          to = maxDoc;
        } else {
          if (parents == null) {
            parents = parents(articles, leaf);
          }
          to = partEnd(parents, from, room, maxDoc);
        }
        slice.add(
            from == 0 && to == maxDoc
                ? LeafReaderContextPartition.createForEntireSegment(leaf)
                : LeafReaderContextPartition.createFromAndTo(leaf, from, to));
        inSlice += to - from;
        if (inSlice >= part) {
          slices.add(new LeafSlice(slice));
          slice = new ArrayList<>();
          inSlice = 0;
        }
        from = to;
      }
    }
    if (!slice.isEmpty()) {
      slices.add(new LeafSlice(slice));
    }
    return slices.toArray(LeafSlice[]::new);
  }

  /** About {@code docs / threads}, and at least {@code minPartDocs}: the size parts are cut to. */
  static int partSize(long docs, int threads, int minPartDocs) {
    return (int) Math.max(minPartDocs, (docs + threads - 1) / Math.max(1, threads));
  }

  /**
   * Where a part that starts at {@code from} ends: just after the first article at or past {@code
   * from + part}, or at the segment's end.
   */
  static int partEnd(BitSet parents, int from, int part, int maxDoc) {
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

  private static BitSet parents(BitSetProducer articles, LeafReaderContext leaf) {
    try {
      return articles.getBitSet(leaf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the articles of segment " + leaf.ord, e);
    }
  }
}
