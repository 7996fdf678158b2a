package org.voxpop.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;

/**
 * A collector manager whose collectors wrap those of another manager (to filter what they collect,
 * or to watch the clock as they do), and whose result is that manager's result over its own
 * collectors, unwrapped.
 */
abstract class WrappingCollectorManager<C extends Collector, T>
    implements CollectorManager<Collector, T> {
  private final CollectorManager<C, T> inner;

  /** Each wrapper handed to the search, and the collector it wraps: the search runs in parallel. */
  private final Map<Collector, C> unwrapped = new ConcurrentHashMap<>();

  WrappingCollectorManager(CollectorManager<C, T> inner) {
    this.inner = inner;
  }

  /** The collector the search uses in place of {@code collector}. */
  abstract Collector wrap(C collector) throws IOException;

  @Override
  public final Collector newCollector() throws IOException {
    C collector = inner.newCollector();
    Collector wrapper = wrap(collector);
    unwrapped.put(wrapper, collector);
    return wrapper;
  }

  @Override
  public T reduce(Collection<Collector> collectors) throws IOException {
    List<C> originals = new ArrayList<>(collectors.size());
    for (Collector collector : collectors) {
      originals.add(unwrapped.get(collector));
    }
    return inner.reduce(originals);
  }
}
