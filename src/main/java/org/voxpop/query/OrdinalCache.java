package org.voxpop.query;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Decoded facet ordinals ({@link SegmentOrdinals}) per segment core and field, shared by every
 * refresh of one searcher: a refresh decodes only the segments that are new, and a segment's arrays
 * are dropped when Lucene closes the segment. The arrays held never exceed {@code budget} bytes
 * (each {@code VoxpopSearcher} has its own budget); a field that does not fit is counted from doc
 * values, as before. A segment and field is decoded once even when several searches need it at the
 * same time. Thread safe.
 */
final class OrdinalCache {
  private final long budget;
  private final AtomicLong used = new AtomicLong();
  private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

  /** What is known of one segment core, dropped with it. */
  private static final class Segment {
    final Map<String, SegmentOrdinals> decoded = new ConcurrentHashMap<>();

    /**
     * Each field's exact size once counted: counting it is a pass over the field's doc values,
     * which a field too large for the budget would otherwise pay again on every search.
     */
    final Map<String, Optional<Long>> bytesNeeded = new ConcurrentHashMap<>();

    /** One lock per field, so that concurrent searches decode it once. */
    final Map<String, Object> locks = new ConcurrentHashMap<>();
  }

  /**
   * @param budget most bytes of decoded ordinals to hold; 0 keeps none
   */
  OrdinalCache(long budget) {
    this.budget = budget;
  }

  /** A cache within an eighth of the maximum heap. */
  static OrdinalCache withDefaultBudget() {
    return new OrdinalCache(Runtime.getRuntime().maxMemory() / 8);
  }

  /**
   * The decoded ordinals of {@code field} in the segment, decoded on first use; empty when the
   * segment lacks the field, when its arrays would not fit in the budget, or when the segment
   * cannot be keyed.
   */
  Optional<SegmentOrdinals> get(LeafReaderContext leaf, String field) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
    if (helper == null || info == null) {
      return Optional.empty(); // an absent field costs nothing to count from doc values
    }
    IndexReader.CacheKey key = helper.getKey();
    Segment segment = segments.get(key);
    if (segment == null) {
      Segment created = new Segment();
      segment = segments.putIfAbsent(key, created);
      if (segment == null) {
        segment = created;
        helper.addClosedListener(closed -> release(segments.remove(closed)));
      }
    }
    SegmentOrdinals known = segment.decoded.get(field);
    if (known != null) {
      return Optional.of(known);
    }
    synchronized (segment.locks.computeIfAbsent(field, f -> new Object())) {
      known = segment.decoded.get(field);
      if (known != null) {
        return Optional.of(known); // decoded by the search that held the lock
      }
      Optional<Long> needed = segment.bytesNeeded.get(field);
      if (needed == null) {
        needed = SegmentOrdinals.bytesNeeded(leaf.reader(), field);
        segment.bytesNeeded.put(field, needed);
      }
      if (needed.isEmpty() || used.addAndGet(needed.get()) > budget) {
        needed.ifPresent(bytes -> used.addAndGet(-bytes));
        return Optional.empty();
      }
      boolean kept = false;
      try {
        SegmentOrdinals read = SegmentOrdinals.read(leaf.reader(), field, needed.get());
        segment.decoded.put(field, read);
        kept = true;
        return Optional.of(read);
      } finally {
        if (!kept) {
          used.addAndGet(-needed.get()); // the reservation of a decoding that failed
        }
      }
    }
  }

  /** Bytes of decoded ordinals held now. */
  long bytesUsed() {
    return used.get();
  }

  private void release(Segment segment) {
    if (segment != null) {
      segment.decoded.values().forEach(o -> used.addAndGet(-o.bytes()));
    }
  }
}
