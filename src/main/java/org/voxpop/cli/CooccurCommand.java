package org.voxpop.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.voxpop.query.CoOccurrence;
import org.voxpop.query.EntityPair;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.VoxpopSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code voxpop cooccur}: which entities the matching comments mention together. */
@Command(
    name = "cooccur",
    sortOptions = false,
    description =
        "Top pairs of entities mentioned in the same comment, as a table, CSV or GraphML (for Gephi).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop cooccur 'sentiment:negative'",
      "  voxpop cooccur --format graphml > entities.graphml"
    })
final class CooccurCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;

  @Mixin QueryOptions query;

  @Option(
      names = "--top",
      defaultValue = "20",
      description = "Pairs to show (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json, csv or graphml (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    if (top < 1 || top > 10_000) {
      throw new IllegalArgumentException("--top must be between 1 and 10000");
    }
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(index.dir, org.voxpop.index.IndexGazetteer.forIndex(index.dir))) {
      SearchRequest request = query.builder(searcher).pageSize(0).build();
      CoOccurrence graph = searcher.cooccurrence(request, top, top);
      PrintWriter out = spec.commandLine().getOut();
      switch (format.toLowerCase(Locale.ROOT)) {
        case "csv" -> graph.writeCsv(out);
        case "json" -> out.println(org.voxpop.query.ResultJson.toJson(graph).toPrettyString());
        case "graphml" -> graph.writeGraphMl(out);
        case "table" -> {
          // A pair's count is of the documents the scope matches: comments, articles or both.
          String counted =
              switch (request.scope()) {
                case ARTICLES, ARTICLES_BY_COMMENTS -> "articles";
                case BOTH -> "documents";
                default -> "comments";
              };
          TextTable table = TextTable.of("entity", "entity", counted).limit(0, 35).limit(1, 35);
          for (EntityPair p : graph.pairs()) {
            table.row(p.firstName(), p.secondName(), p.comments());
          }
          table.print(out);
        }
        default ->
            throw new IllegalArgumentException(
                "--format is table, json, csv or graphml, not '" + format + "'");
      }
    }
    return ExitCodes.OK;
  }
}
