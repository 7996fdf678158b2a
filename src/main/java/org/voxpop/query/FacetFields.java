package org.voxpop.query;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.voxpop.index.Schema;

/**
 * The facet dimensions of one reader (one refresh): for each dimension present in the index, its
 * doc-values state and each segment's ordinal-to-global mapping, computed once per refresh
 * instead of once per search. Each dimension lives in its own field ({@link Schema#facetField}).
 */
final class FacetFields {

  /**
   * One dimension of the reader.
   *
   * @param dim the dimension
   * @param state its doc values across the reader, with global ordinals
   * @param segmentToGlobal per segment (leaf ord): segment ordinal to global ordinal
   */
  record Dim(String dim, SortedSetDocValuesReaderState state, int[][] segmentToGlobal,
      AtomicReferenceArray<SegmentOrdinals> ordinals) {}

  /**
   * Heap for decoded ordinals, per reader: an eighth of the maximum heap. Within it counting
   * reads arrays; beyond it, doc values, as before. A refresh builds its own arrays as searches
   * need them, and the old reader's go with it.
   */
  static long defaultOrdinalBudget() {
    return Runtime.getRuntime().maxMemory() / 8;
  }

  private final Map<String, Dim> dims;
  private final AtomicLong ordinalBytesLeft;

  private FacetFields(Map<String, Dim> dims, long ordinalBudget) {
    this.dims = dims;
    this.ordinalBytesLeft = new AtomicLong(ordinalBudget);
  }

  /** The dimensions of {@code reader} that some document carries. */
  static FacetFields of(IndexReader reader, FacetsConfig config) throws IOException {
    return of(reader, config, defaultOrdinalBudget());
  }

  /** As {@link #of(IndexReader, FacetsConfig)}, with a heap budget for decoded ordinals in bytes. */
  static FacetFields of(IndexReader reader, FacetsConfig config, long ordinalBudget) throws IOException {
    Map<String, Dim> dims = new LinkedHashMap<>();
    for (String dim : Schema.allDims()) {
      String field = Schema.facetField(dim);
      if (!present(reader, field)) {
        continue;
      }
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, field, config);
      dims.put(dim, new Dim(dim, state, segmentToGlobal(state), new AtomicReferenceArray<>(reader.leaves().size())));
    }
    return new FacetFields(Map.copyOf(dims), ordinalBudget);
  }

  private static boolean present(IndexReader reader, String field) {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
      if (info != null && info.getDocValuesType() == DocValuesType.SORTED_SET) {
        return true;
      }
    }
    return false;
  }

  private static int[][] segmentToGlobal(SortedSetDocValuesReaderState state) throws IOException {
    SortedSetDocValues dv = state.getDocValues();
    OrdinalMap ordinalMap = dv instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    List<LeafReaderContext> leaves = state.getReader().leaves();
    int[][] mapping = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
      int count = (int) values.getValueCount();
      LongValues toGlobal = ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(leaf.ord);
      int[] global = new int[count];
      for (int ord = 0; ord < count; ord++) {
        global[ord] = (int) toGlobal.get(ord);
      }
      mapping[leaf.ord] = global;
    }
    return mapping;
  }

  /**
   * The decoded ordinals of a dimension in a segment, read on first use; empty when the heap
   * budget is spent (the caller then reads doc values).
   */
  Optional<SegmentOrdinals> ordinals(Dim dim, LeafReaderContext leaf) throws IOException {
    SegmentOrdinals known = dim.ordinals().get(leaf.ord);
    if (known != null) {
      return Optional.of(known);
    }
    String field = dim.state().getField();
    long estimate = SegmentOrdinals.estimateBytes(leaf.reader(), field);
    if (ordinalBytesLeft.addAndGet(-estimate) < 0) {
      ordinalBytesLeft.addAndGet(estimate);
      return Optional.empty();
    }
    SegmentOrdinals read = SegmentOrdinals.read(leaf.reader(), field);
    ordinalBytesLeft.addAndGet(estimate - read.bytes());
    // Two searches may read the same segment at once: the first array stored is kept.
    return Optional.of(dim.ordinals().compareAndExchange(leaf.ord, null, read) instanceof SegmentOrdinals first
        ? first : read);
  }

  /** The dimension, when some document of the reader carries it. */
  Optional<Dim> get(String dim) {
    return Optional.ofNullable(dims.get(dim));
  }

  /** Whether no document carries any facet dimension (an empty index). */
  boolean isEmpty() {
    return dims.isEmpty();
  }
}
