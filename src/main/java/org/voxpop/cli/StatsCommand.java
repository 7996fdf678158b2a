package org.voxpop.cli;

import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.voxpop.index.Indexer;
import org.voxpop.index.Schema;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SearchResult;
import org.voxpop.query.VoxpopSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code voxpop stats}: what the index holds and what its last run did. */
@Command(
    name = "stats",
    description = "Show what the index holds, and the statistics of the last indexing run.")
final class StatsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(index.dir, org.voxpop.index.IndexGazetteer.forIndex(index.dir))) {
      SearchResult all =
          searcher.search(
              SearchRequest.builder("")
                  .scope(Scope.BOTH)
                  .pageSize(0)
                  .facets(Schema.DIM_TYPE, Schema.DIM_SOURCE)
                  .facetTopN(20)
                  .build());
      out.printf(
          Locale.ROOT,
          "Index %s: %,d documents in %,d articles%n",
          index.dir,
          all.totalHits(),
          all.distinctArticles());
      new ResultPrinter(out, false).facets(all);
    }
    var stats = index.dir.resolve(Indexer.STATS_FILE);
    if (Files.exists(stats)) {
      out.println();
      out.println("Last run (" + stats + "):");
      out.println(Files.readString(stats));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
