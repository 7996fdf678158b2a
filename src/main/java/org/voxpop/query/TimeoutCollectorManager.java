package org.voxpop.query;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * A collector that stops a search once its time is up, by throwing {@link QueryTimeoutException}
 * from the collection loop. It works wherever collectors run, drill-sideways included (Lucene's own
 * searcher timeout does not support drill-sideways scoring).
 */
final class TimeoutCollectorManager implements CollectorManager<SimpleCollector, Void> {
  private final long deadline;
  private final Duration timeout;

  TimeoutCollectorManager(Duration timeout) {
    this.timeout = timeout;
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  /** Throws when the deadline has passed; for work outside collection, such as counting. */
  void check() {
    if (System.nanoTime() - deadline > 0) {
      throw new QueryTimeoutException(
          "the search took longer than "
              + timeout.toMillis()
              + " ms and was stopped; narrow the query");
    }
  }

  @Override
  public SimpleCollector newCollector() {
    return new SimpleCollector() {
      private int sinceCheck;

      @Override
      public void collect(int doc) {
        if (++sinceCheck == 1024) {
          sinceCheck = 0;
          check();
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    };
  }

  /**
   * The given collector manager with this deadline checked as its collectors collect. Unlike a
   * {@link org.apache.lucene.search.MultiCollectorManager} with this manager, it keeps the
   * collectors' score mode, so a top-scores collector still lets Lucene skip what cannot compete.
   */
  <C extends Collector, T> CollectorManager<Collector, T> guarding(CollectorManager<C, T> inner) {
    return new WrappingCollectorManager<>(inner) {
      @Override
      Collector wrap(C collector) {
        return new FilterCollector(collector) {
          @Override
          public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new FilterLeafCollector(super.getLeafCollector(context)) {
              private int sinceCheck;

              @Override
              public void collect(int doc) throws IOException {
                if (++sinceCheck == 1024) {
                  sinceCheck = 0;
                  check();
                }
                in.collect(doc);
              }

              // FilterLeafCollector hides it: without it, a collector that knows which documents
              // can still compete (the page among known matches) cannot let the scorers skip.
              @Override
              public DocIdSetIterator competitiveIterator() throws IOException {
                return in.competitiveIterator();
              }
            };
          }
        };
      }

      @Override
      public T reduce(Collection<Collector> collectors) throws IOException {
        check();
        return super.reduce(collectors);
      }
    };
  }

  @Override
  public Void reduce(Collection<SimpleCollector> collectors) {
    check();
    return null;
  }
}
