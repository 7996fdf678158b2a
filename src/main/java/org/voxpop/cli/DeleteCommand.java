package org.voxpop.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.voxpop.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code voxpop delete ID...}: removes articles with all their comments. */
@Command(name = "delete", description = "Delete articles, with all their comments, by article id.")
final class DeleteCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;

  @Parameters(
      paramLabel = "ARTICLE_ID",
      arity = "1..*",
      description = "Ids of the articles to delete.")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    // No enrichment happens here: no gazetteer is loaded, and the index keeps its metadata.
    int found = Indexer.deleteArticles(index.dir, ids);
    int asked = new java.util.LinkedHashSet<>(ids).size();
    spec.commandLine()
        .getOut()
        .println(
            "deleted "
                + found
                + " of "
                + asked
                + " article(s), with their comments"
                + (found < asked ? "; " + (asked - found) + " id(s) not in the index" : ""));
    return ExitCodes.OK;
  }
}
