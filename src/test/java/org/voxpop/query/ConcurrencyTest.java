package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.Schema;

/**
 * Many threads search one shared searcher while an indexer writes and commits and the searcher
 * refreshes: no errors, and every answer is consistent within itself (a point-in-time view).
 */
class ConcurrencyTest {
  @TempDir Path tmp;

  @Test
  void searchesDuringIndexingAndRefreshesSeeConsistentSnapshots() throws Exception {
    Path dir = tmp.resolve("idx");
    try (Indexer indexer =
        Indexer.open(
            dir,
            EnrichmentPipeline.create(),
            IndexerSettings.defaults().withCommitEveryArticles(1),
            "test")) {
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent());
      try (VoxpopSearcher searcher = VoxpopSearcher.open(dir, Gazetteer.defaultGazetteer())) {
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong searches = new AtomicLong();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
          workers.add(
              pool.submit(
                  () -> {
                    while (!done.get()) {
                      try {
                        SearchResult all =
                            searcher.search(
                                SearchRequest.builder("")
                                    .pageSize(5)
                                    .facets(Schema.DIM_SOURCE, Schema.DIM_TYPE)
                                    .build());
                        FacetDimension source = all.facet(Schema.DIM_SOURCE).orElseThrow();
                        int sum =
                            source.values().stream().mapToInt(FacetValue::comments).sum()
                                + source.missingComments();
                        if (sum != all.totalHits()) {
                          errors.add(
                              new AssertionError(
                                  "facet counts "
                                      + sum
                                      + " disagree with "
                                      + all.totalHits()
                                      + " hits"));
                        }
                        searcher.search(
                            SearchRequest.builder("merkel OR raqqa")
                                .scope(Scope.ARTICLES_BY_COMMENTS)
                                .build());
                        searches.incrementAndGet();
                      } catch (Throwable e) {
                        errors.add(e);
                      }
                    }
                  }));
        }
        workers.add(
            pool.submit(
                () -> {
                  while (!done.get()) {
                    try {
                      searcher.refresh();
                      Thread.sleep(5);
                    } catch (Throwable e) {
                      errors.add(e);
                    }
                  }
                }));
        indexer.index(List.of(Path.of("index-fixtures/fox-news.jsonl")), IndexListener.silent());
        searcher.refresh();
        done.set(true);
        for (Future<?> f : workers) {
          f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(errors.isEmpty(), "errors: " + errors);
        assertTrue(searches.get() > 5, "searches ran: " + searches.get());
        assertEquals(
            1536,
            searcher.search(SearchRequest.builder("").pageSize(0).build()).totalHits(),
            "the last refresh sees everything");
      }
    }
  }
}
