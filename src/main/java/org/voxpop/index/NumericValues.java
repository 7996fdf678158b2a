package org.voxpop.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.NumericUtils;

/**
 * A document's numbers ({@link Schema#NUMBERS}) read back from their doc values and added to its
 * stored fields, so that a hit or an export row reads them as if they were stored.
 *
 * <p>Why: each number is indexed as points and doc values (range queries, sorting, range facets),
 * and storing it a third time took about a tenth of an archive's index, since DEFLATE cannot shrink
 * a score or a time (since {@link Schema#VERSION} 6).
 *
 * <p>One instance per segment, for documents asked in increasing order (an export); {@link
 * #addTo(IndexReader, int, Document)} serves a page of hits in any order. Not thread safe.
 */
public final class NumericValues {

  private final LeafReader leaf;
  private final Map<String, SortedNumericDocValues> values = new HashMap<>();
  private int last = -1;

  /** The numbers of one segment's documents. */
  public NumericValues(LeafReader leaf) {
    this.leaf = leaf;
  }

  /**
   * Adds the numbers of {@code doc} (an id of the whole index, as a search gives it) to {@code d}.
   *
   * @throws IOException if the index cannot be read
   */
  public static Document addTo(IndexReader reader, int doc, Document d) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return new NumericValues(leaf.reader()).addTo(doc - leaf.docBase, d);
  }

  /**
   * Adds the numbers of {@code doc} (an id within this segment) to {@code d}, each as a stored
   * field of its name; a number the document does not have is left out.
   *
   * @return {@code d}
   * @throws IOException if the index cannot be read
   */
  public Document addTo(int doc, Document d) throws IOException {
    if (doc < last) {
      values.clear(); // doc values are read forwards only
    }
    last = doc;
    for (Map.Entry<String, Schema.NumberKind> field : Schema.NUMBERS.entrySet()) {
      String name = field.getKey();
      SortedNumericDocValues dv = values.get(name);
      if (dv == null) {
        dv = DocValues.getSortedNumeric(leaf, name);
        values.put(name, dv);
      }
      if (dv.advanceExact(doc)) {
        long v = dv.nextValue();
        d.add(
            field.getValue() == Schema.NumberKind.DOUBLE
                ? new StoredField(name, NumericUtils.sortableLongToDouble(v))
                : new StoredField(name, v));
      }
    }
    return d;
  }
}
