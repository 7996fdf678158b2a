package org.voxpop.query;

import java.time.Duration;
import java.util.Collection;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * A collector that stops a search once its time is up, by throwing {@link QueryTimeoutException}
 * from the collection loop. It works wherever collectors run, drill-sideways included (Lucene's
 * own searcher timeout does not support drill-sideways scoring).
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
          "the search took longer than " + timeout.toMillis() + " ms and was stopped; narrow the query");
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

  @Override
  public Void reduce(Collection<SimpleCollector> collectors) {
    check();
    return null;
  }
}
