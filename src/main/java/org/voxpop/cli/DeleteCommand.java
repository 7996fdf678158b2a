package org.voxpop.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code voxpop delete ID...}: removes articles with all their comments. */
@Command(name = "delete", description = "Delete articles, with all their comments, by article id.")
final class DeleteCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;

  @Parameters(paramLabel = "ARTICLE_ID", arity = "1..*", description = "Ids of the articles to delete.")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    if (!java.nio.file.Files.isDirectory(index.dir)) {
      throw new java.io.FileNotFoundException("no index at " + index.dir);
    }
    try (Indexer indexer =
        Indexer.open(index.dir, EnrichmentPipeline.create(EnrichmentPipeline.Options.none(), org.voxpop.enrich.entity.EntityRecognizer.create()),
            IndexerSettings.defaults(), Gazetteer.defaultGazetteer().version())) {
      for (String id : ids) {
        indexer.deleteArticle(id);
      }
      indexer.commit();
    }
    spec.commandLine().getOut().println("deleted " + ids.size() + " article(s) and their comments, if they were there");
    return ExitCodes.OK;
  }
}
