package org.voxpop.query;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Decoded facet ordinals ({@link SegmentOrdinals}) per segment and field, shared by every refresh
 * of one searcher: a refresh decodes only the segments that are new, and a segment's arrays are
 * dropped when Lucene closes the segment. At most {@code budget} bytes are held; beyond it,
 * counting reads doc values as before. Thread safe.
 */
final class OrdinalCache {
  private final long budget;
  private final AtomicLong used = new AtomicLong();
  private final Map<IndexReader.CacheKey, Map<String, SegmentOrdinals>> bySegment = new ConcurrentHashMap<>();

  /** @param budget most bytes of decoded ordinals to hold; 0 keeps none */
  OrdinalCache(long budget) {
    this.budget = budget;
  }

  /** A cache within an eighth of the maximum heap. */
  static OrdinalCache withDefaultBudget() {
    return new OrdinalCache(Runtime.getRuntime().maxMemory() / 8);
  }

  /**
   * The decoded ordinals of {@code field} in the segment, decoded on first use; empty when the
   * budget is spent or the segment cannot be keyed.
   */
  Optional<SegmentOrdinals> get(LeafReaderContext leaf, String field) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return Optional.empty();
    }
    Map<String, SegmentOrdinals> fields = bySegment.get(helper.getKey());
    if (fields == null) {
      Map<String, SegmentOrdinals> created = new ConcurrentHashMap<>();
      fields = bySegment.putIfAbsent(helper.getKey(), created);
      if (fields == null) {
        fields = created;
        helper.addClosedListener(key -> release(bySegment.remove(key)));
      }
    }
    SegmentOrdinals known = fields.get(field);
    if (known != null) {
      return Optional.of(known);
    }
    long estimate = SegmentOrdinals.estimateBytes(leaf.reader(), field);
    if (used.addAndGet(estimate) > budget) {
      used.addAndGet(-estimate);
      return Optional.empty();
    }
    SegmentOrdinals read = SegmentOrdinals.read(leaf.reader(), field);
    used.addAndGet(read.bytes() - estimate);
    // Two searches may decode the same segment at once: the first kept wins.
    SegmentOrdinals first = fields.putIfAbsent(field, read);
    if (first != null) {
      used.addAndGet(-read.bytes());
      return Optional.of(first);
    }
    return Optional.of(read);
  }

  /** Bytes of decoded ordinals held now. */
  long bytesUsed() {
    return used.get();
  }

  private void release(Map<String, SegmentOrdinals> fields) {
    if (fields != null) {
      fields.values().forEach(o -> used.addAndGet(-o.bytes()));
    }
  }
}
