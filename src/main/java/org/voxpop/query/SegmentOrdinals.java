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
 * One segment's facet ordinals of one field, decoded once into plain arrays: counting then reads an
 * array element per document instead of decoding doc values, which is most of the cost of counting
 * a large archive. Immutable once built; built on first use per segment core and field by {@link
 * OrdinalCache}, which keeps them within its byte budget.
 */
final class SegmentOrdinals {
  /**
   * Ordinals that fit are kept in narrower arrays: counting a selective query touches a cache line
   * per match and array, and a byte per document (sentiment, source and most other dimensions have
   * a handful of values) puts 64 documents in a line instead of 16.
   */
  private static final int MAX_BYTE_ORDINALS = Byte.MAX_VALUE; // ordinals 0..126, -1 for none

  private static final int MAX_CHAR_ORDINALS = Character.MAX_VALUE + 1; // ordinals 0..65535

  /** Single-valued with few values: the ordinal of each document, -1 for none; else null. */
  private final byte[] singleBytes;

  /** Single-valued with many values: the ordinal of each document, -1 for none; else null. */
  private final int[] single;

  /** Multi-valued: document d's ordinals are at {@code start[d]} to {@code start[d + 1] - 1}. */
  private final int[] start;

  /** Multi-valued, with at most {@link #MAX_CHAR_ORDINALS} values: the ordinals; else null. */
  private final char[] narrowOrds;

  /** Multi-valued, with more values: the ordinals; else null. */
  private final int[] ords;

  /** Distinct values in the segment's field. */
  private final long valueCount;

  private SegmentOrdinals(
      byte[] singleBytes,
      int[] single,
      int[] start,
      char[] narrowOrds,
      int[] ords,
      long valueCount) {
    this.singleBytes = singleBytes;
    this.single = single;
    this.start = start;
    this.narrowOrds = narrowOrds;
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
      return Optional.of((values.getValueCount() <= MAX_BYTE_ORDINALS ? 1L : 4L) * docs);
    }
    long total = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      total += values.docValueCount();
    }
    return total > Integer.MAX_VALUE - 16
        ? Optional.empty()
        : Optional.of(4L * (docs + 1) + ordinalWidth(values.getValueCount()) * total);
  }

  private static long ordinalWidth(long valueCount) {
    return valueCount <= MAX_CHAR_ORDINALS ? Character.BYTES : Integer.BYTES;
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
      if (one.getValueCount() <= MAX_BYTE_ORDINALS) {
        byte[] singleBytes = new byte[maxDoc];
        Arrays.fill(singleBytes, (byte) -1);
        for (int doc = one.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = one.nextDoc()) {
          singleBytes[doc] = (byte) one.ordValue();
        }
        return new SegmentOrdinals(singleBytes, null, null, null, null, one.getValueCount());
      }
      int[] single = new int[maxDoc];
      Arrays.fill(single, -1);
      for (int doc = one.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = one.nextDoc()) {
        single[doc] = one.ordValue();
      }
      return new SegmentOrdinals(null, single, null, null, null, one.getValueCount());
    }
    long valueCount = values.getValueCount();
    boolean narrow = ordinalWidth(valueCount) == Character.BYTES;
    int total = (int) ((bytes - 4L * (maxDoc + 1)) / ordinalWidth(valueCount));
    int[] start = new int[maxDoc + 1];
    char[] narrowOrds = narrow ? new char[total] : null;
    int[] ords = narrow ? null : new int[total];
    int n = 0;
    int next = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      for (int d = next; d <= doc; d++) {
        start[d] = n;
      }
      next = doc + 1;
      for (int i = 0, count = values.docValueCount(); i < count; i++, n++) {
        int ord = (int) values.nextOrd();
        if (narrow) {
          narrowOrds[n] = (char) ord;
        } else {
          ords[n] = ord;
        }
      }
    }
    for (int d = next; d <= maxDoc; d++) {
      start[d] = n;
    }
    return new SegmentOrdinals(null, null, start, narrowOrds, ords, valueCount);
  }

  /** Bytes the arrays take. */
  long bytes() {
    if (singleBytes != null) {
      return singleBytes.length;
    }
    if (single != null) {
      return 4L * single.length;
    }
    return 4L * start.length + (narrowOrds != null ? 2L * narrowOrds.length : 4L * ords.length);
  }

  /** Distinct values of the field in the segment: the bound of its ordinals. */
  long valueCount() {
    return valueCount;
  }

  /** Whether each document has at most one ordinal. */
  boolean singleValued() {
    return start == null;
  }

  /** The one ordinal of a single-valued field's document, -1 for none. */
  int ord(int doc) {
    return singleBytes != null ? singleBytes[doc] : single[doc];
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
    return narrowOrds != null ? narrowOrds[i] : ords[i];
  }
}
