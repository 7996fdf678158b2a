package org.voxpop.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One segment's facet ordinals of one field, decoded once into plain arrays: counting then reads
 * an array element per document instead of decoding doc values, which is most of the cost of
 * counting a large archive. Immutable once built; built on first use per segment core and field
 * by {@link OrdinalCache}, which keeps them within its byte budget.
 */
final class SegmentOrdinals {
  /** Single-valued: the ordinal of each document, -1 for none; null when multi-valued. */
  private final int[] single;
  /** Multi-valued: document d's ordinals are {@code ords[start[d]]} to {@code ords[start[d + 1] - 1]}. */
  private final int[] start;
  private final int[] ords;
  /** Distinct values in the segment's field. */
  private final long valueCount;

  private SegmentOrdinals(int[] single, int[] start, int[] ords, long valueCount) {
    this.single = single;
    this.start = start;
    this.ords = ords;
    this.valueCount = valueCount;
  }

  /**
   * The exact bytes the arrays of this field in this segment would take (for multi-valued fields
   * one pass over the doc values counts the values first); empty when the arrays could not be
   * indexed by {@code int}.
   */
  static Optional<Long> bytesNeeded(LeafReader reader, String field) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(reader, field);
    long docs = reader.maxDoc();
    if (DocValues.unwrapSingleton(values) != null) {
      return Optional.of(4L * docs);
    }
    long total = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      total += values.docValueCount();
    }
    return total > Integer.MAX_VALUE - 16 ? Optional.empty() : Optional.of(4L * (docs + 1) + 4L * total);
  }

  /**
   * Reads the field's ordinals of every document of the segment, into arrays of exactly the size
   * {@link #bytesNeeded} gave.
   */
  static SegmentOrdinals read(LeafReader reader, String field, long bytes) throws IOException {
    int maxDoc = reader.maxDoc();
    SortedSetDocValues values = DocValues.getSortedSet(reader, field);
    SortedDocValues one = DocValues.unwrapSingleton(values);
    if (one != null) {
      int[] single = new int[maxDoc];
      Arrays.fill(single, -1);
      for (int doc = one.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = one.nextDoc()) {
        single[doc] = one.ordValue();
      }
      return new SegmentOrdinals(single, null, null, one.getValueCount());
    }
    int[] start = new int[maxDoc + 1];
    int[] ords = new int[(int) ((bytes - 4L * (maxDoc + 1)) / 4)];
    int n = 0;
    int next = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      for (int d = next; d <= doc; d++) {
        start[d] = n;
      }
      next = doc + 1;
      for (int i = 0, count = values.docValueCount(); i < count; i++) {
        ords[n++] = (int) values.nextOrd();
      }
    }
    for (int d = next; d <= maxDoc; d++) {
      start[d] = n;
    }
    return new SegmentOrdinals(null, start, ords, values.getValueCount());
  }

  /** Bytes the arrays take. */
  long bytes() {
    return single != null ? 4L * single.length : 4L * start.length + 4L * ords.length;
  }

  /** Distinct values of the field in the segment: the bound of its ordinals. */
  long valueCount() {
    return valueCount;
  }

  /** Whether each document has at most one ordinal. */
  boolean singleValued() {
    return single != null;
  }

  /** The one ordinal of a single-valued field's document, -1 for none. */
  int ord(int doc) {
    return single[doc];
  }

  /** Index in {@link #ordAt} of a multi-valued document's first ordinal. */
  int from(int doc) {
    return start[doc];
  }

  /** Index just past a multi-valued document's last ordinal. */
  int to(int doc) {
    return start[doc + 1];
  }

  /** The ordinal at an index between {@link #from} and {@link #to}. */
  int ordAt(int i) {
    return ords[i];
  }
}
