package org.voxpop.query;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * doc-values state and each segment's ordinal-to-global mapping, computed once per refresh instead
 * of once per search. Each dimension lives in its own field ({@link Schema#facetField}).
 */
final class FacetFields {

  /**
   * One dimension of the reader.
   *
   * @param dim the dimension
   * @param state its doc values across the reader, with global ordinals
   * @param segmentToGlobal per segment (leaf ord): segment ordinal to global ordinal
   */
  record Dim(String dim, SortedSetDocValuesReaderState state, int[][] segmentToGlobal) {}

  private final Map<String, Dim> dims;
  private final OrdinalCache ordinals;

  private FacetFields(Map<String, Dim> dims, OrdinalCache ordinals) {
    this.dims = dims;
    this.ordinals = ordinals;
  }

  /**
   * The dimensions of {@code reader} that some document carries, counting from the decoded ordinals
   * of {@code ordinals} where it can.
   */
  static FacetFields of(IndexReader reader, FacetsConfig config, OrdinalCache ordinals)
      throws IOException {
    Map<String, Dim> dims = new LinkedHashMap<>();
    for (String dim : Schema.allDims()) {
      String field = Schema.facetField(dim);
      if (!present(reader, field)) {
        continue;
      }
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, field, config);
      dims.put(dim, new Dim(dim, state, segmentToGlobal(state)));
    }
    return new FacetFields(Map.copyOf(dims), ordinals);
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
    OrdinalMap ordinalMap =
        dv instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    List<LeafReaderContext> leaves = state.getReader().leaves();
    int[][] mapping = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
      int count = (int) values.getValueCount();
      LongValues toGlobal =
          ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(leaf.ord);
      int[] global = new int[count];
      for (int ord = 0; ord < count; ord++) {
        global[ord] = (int) toGlobal.get(ord);
      }
      mapping[leaf.ord] = global;
    }
    return mapping;
  }

  /**
   * The decoded ordinals of a dimension in a segment, read on first use; empty when the heap budget
   * is spent (the caller then reads doc values).
   */
  Optional<SegmentOrdinals> ordinals(Dim dim, LeafReaderContext leaf) throws IOException {
    return ordinals.get(leaf, dim.state().getField());
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
