package org.voxpop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.voxpop.index.IndexStats;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.Schema;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SearchResult;
import org.voxpop.query.VoxpopSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code voxpop demo}: indexes the bundled fixtures and shows what voxpop can answer. */
@Command(
    name = "demo",
    description = {
      "Index the bundled fixtures (index-fixtures/*.jsonl: the seed article, the Fox News comments,"
          + " and a file of deliberately bad records), then run a few faceted searches and print them."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;
  @Mixin GazetteerOption gazetteer;

  @Option(
      names = "--fixtures",
      paramLabel = "DIR",
      description =
          "Folder of .jsonl files to index (default: index-fixtures in the voxpop folder or the current one).")
  Path fixtures;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path folder = fixtures != null ? fixtures : defaultFixtures();
    List<Path> inputs = jsonlFiles(folder);
    if (org.voxpop.index.IndexInfo.olderSchema(index.dir)) {
      // The demo indexes into the default index folder: one an older voxpop wrote (an earlier
      // demo, most likely) is upgraded as `voxpop reindex` would, not refused.
      out.println("== 0. Upgrading the index in " + index.dir + " to this voxpop's schema");
      out.flush();
      List<String> args = new ArrayList<>(List.of("--index", index.dir.toString(), "-q"));
      gazetteer.file().ifPresent(g -> args.addAll(List.of("--gazetteer", g.toString())));
      int upgraded =
          spec.commandLine()
              .getParent()
              .getSubcommands()
              .get("reindex")
              .execute(args.toArray(String[]::new));
      if (upgraded != ExitCodes.OK) {
        return upgraded;
      }
    }
    out.println("== 1. Indexing " + inputs.size() + " files from " + folder);
    IndexStats stats =
        IndexRun.run(
            index.dir,
            inputs,
            IndexerSettings.defaults(),
            gazetteer.file(),
            java.util.Optional.empty(),
            out,
            err,
            true);
    out.printf(
        Locale.ROOT,
        "(%d rejects are expected: bad-input.jsonl holds one bad record of each kind.)%n",
        stats.rejects());

    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(index.dir, org.voxpop.index.IndexGazetteer.forIndex(index.dir))) {
      ResultPrinter printer = new ResultPrinter(out, Terminal.interactive());

      out.println();
      out.println(
          "== 2. Who is talked about: top entities in all comments (comments / distinct articles)");
      SearchResult all =
          searcher.search(
              SearchRequest.builder("")
                  .scope(Scope.COMMENTS)
                  .pageSize(0)
                  .facetTopN(12)
                  .facets(Schema.DIM_ENTITY, Schema.DIM_SENTIMENT, Schema.DIM_SOURCE)
                  .build());
      out.println(
          Plural.of(all.totalHits(), "comment")
              + " in "
              + Plural.of(all.distinctArticles(), "article"));
      printer.facets(all);

      out.println();
      out.println(
          "== 3. Drill-down: comments that mention the United States (entity:Q30), their sentiment,");
      out.println("      their stance toward the United States, and the sources they come from");
      SearchResult us =
          searcher.search(
              SearchRequest.builder("")
                  .scope(Scope.COMMENTS)
                  .pageSize(3)
                  .drillDown(Schema.DIM_ENTITY, "Q30")
                  .facets(Schema.DIM_SENTIMENT, Schema.DIM_STANCE, Schema.DIM_SOURCE)
                  .facetPath(Schema.DIM_STANCE, "Q30")
                  .build());
      printer.hits(us);
      printer.facets(us);

      out.println();
      out.println("== 4. Free text: \"Raqqa\" in comments and articles");
      SearchResult raqqa =
          searcher.search(
              SearchRequest.builder("Raqqa")
                  .scope(Scope.BOTH)
                  .pageSize(5)
                  .facets(Schema.DIM_TYPE)
                  .build());
      printer.hits(raqqa);
      printer.facets(raqqa);
    }
    out.println();
    out.println(
        "Try:  ./voxpop search 'entity:America AND sentiment:negative' --facets entity,source");
    out.flush();
    return ExitCodes.OK;
  }

  private static Path defaultFixtures() {
    return ProjectHome.resolve("index-fixtures");
  }

  private static List<Path> jsonlFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new java.io.FileNotFoundException(
          "no fixtures folder at " + folder + " (use --fixtures DIR)");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{jsonl,jsonl.gz}")) {
      stream.forEach(files::add);
    }
    files.sort(null);
    if (files.isEmpty()) {
      throw new java.io.FileNotFoundException("no .jsonl files in " + folder);
    }
    return files;
  }
}
