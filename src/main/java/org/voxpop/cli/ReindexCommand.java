package org.voxpop.cli;

import java.util.concurrent.Callable;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexStats;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code voxpop reindex}: enrich the whole index again from the raw input it keeps. */
@Command(
    name = "reindex",
    description = {
      "Enrich every article in the index again (entities, sentiment, abuse) from the raw input"
          + " the index keeps, e.g. after updating voxpop or its gazetteer, or with --model to use a"
          + " retrained entity tagger. No input files are needed.",
      "An index written by an older voxpop with an older schema is upgraded to the current one."
    },
    footerHeading = "%nExample:%n",
    footer = "  voxpop reindex --index /data/archive")
final class ReindexCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;
  @Mixin GazetteerOption gazetteer;
  @Mixin EntityModelOption model;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress output.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    org.voxpop.index.NotAnIndexFolderException.refuseFile(index.dir);
    if (!java.nio.file.Files.isDirectory(index.dir)) {
      throw new java.io.FileNotFoundException(
          "no index at " + index.dir + " (run `voxpop index` first)");
    }
    ConsoleIndexListener listener =
        new ConsoleIndexListener(spec.commandLine().getErr(), Terminal.interactive(), quiet);
    Gazetteer entities = org.voxpop.index.IndexGazetteer.forIndexing(index.dir, gazetteer.file());
    EnrichmentPipeline pipeline =
        EnrichmentPipeline.create(
            EnrichmentPipeline.Options.defaults(),
            org.voxpop.index.IndexEntityModel.recognizer(index.dir, entities, model.dir()));
    try (Indexer indexer =
        Indexer.openForReindex(
            index.dir, pipeline, IndexerSettings.defaults(), entities.version())) {
      if (gazetteer.file().isPresent()) {
        org.voxpop.index.IndexGazetteer.keep(index.dir, gazetteer.file().get());
      }
      if (model.dir().isPresent()) {
        org.voxpop.index.IndexEntityModel.keep(index.dir, model.dir().get());
      }
      if (indexer.upgrading()) {
        spec.commandLine()
            .getErr()
            .println(
                "Upgrading "
                    + index.dir
                    + " to index schema version "
                    + org.voxpop.index.Schema.VERSION
                    + "; the old index stays as it is until the upgrade commits at the end.");
      }
      IndexStats stats;
      try {
        stats = indexer.reindex(listener);
      } finally {
        listener.finish();
      }
      IndexRun.printSummary(stats, index.dir, spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
