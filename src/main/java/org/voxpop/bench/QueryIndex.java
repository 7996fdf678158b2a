package org.voxpop.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.util.IOUtils;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.IndexStats;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.Schema;

/**
 * The index a query run searches: built from its corpus as an archive would be (merged to one
 * segment per search thread, as {@code voxpop index --merge} does) and cached in the work
 * directory, since query indexes are built once and searched a lot. Shared by the harness and the
 * JMH query benchmark, so both search the same index.
 *
 * @param built the indexing figures when this call built the index; empty when it was cached
 */
record QueryIndex(Path dir, Optional<IndexStats> built) {

  static QueryIndex prepare(
      Path corpus, Path workDir, int searchThreads, Gazetteer gazetteer, PrintWriter log)
      throws IOException {
    Path dir =
        workDir.resolve(
            "query-index-v"
                + Schema.VERSION
                + "-merged"
                + searchThreads
                + "-"
                + corpus.getFileName());
    if (Files.exists(dir.resolve("voxpop-stats.json"))) {
      return new QueryIndex(dir, Optional.empty());
    }
    IOUtils.rm(dir);
    long t0 = System.nanoTime();
    IndexStats stats;
    try (Indexer indexer =
        Indexer.open(
            dir,
            EnrichmentPipeline.create(),
            IndexerSettings.defaults()
                .withCommitEveryArticles(Integer.MAX_VALUE)
                .withMergeToSegments(searchThreads),
            gazetteer.version())) {
      stats = indexer.index(List.of(corpus), IndexListener.silent());
    }
    log.printf(Locale.ROOT, "  built the index in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    return new QueryIndex(dir, Optional.of(stats));
  }
}
