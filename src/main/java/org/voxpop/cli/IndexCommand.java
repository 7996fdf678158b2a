package org.voxpop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.NotAnIndexFolderException;
import org.voxpop.index.NothingIndexedException;
import org.voxpop.input.InputSource;
import org.voxpop.query.VoxpopSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code voxpop index INPUT...}: reads, enriches and indexes articles and comments. */
@Command(
    name = "index",
    sortOptions = false,
    description = {
      "Index articles with their comments from JSON Lines files (.jsonl, .jsonl.gz), folders, globs or standard input.",
      "Each article and its comments become one block; re-indexing the same ids replaces them.",
      "Bad records are reported as file:line: REASON: detail and skipped; the rest is indexed.",
      "Input of which every record is rejected (a CSV file, JSON of another shape) indexes nothing and exits with 1."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop index index-fixtures/seed.jsonl",
      "  voxpop index --index /data/archive articles.jsonl.gz late-comments.jsonl",
      "  voxpop index --index /data/archive data/    # every *.jsonl(.gz) under data/",
      "  voxpop index 'data/**/*.jsonl'               # a glob, quoted for voxpop",
      "  zcat feed.jsonl.gz | voxpop index -           # standard input",
      "  voxpop index --date-format 'dd-MMM-yyyy HH:mm:ss.SS' reuters.jsonl",
      "  voxpop index --strict feed.jsonl      # stop at the first bad record",
      "  voxpop index --merge archive-2016.jsonl.gz   # loaded once, searched a lot",
      "  voxpop index --model /tmp/retrained feed.jsonl  # voxpop train entities --out"
    })
final class IndexCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;
  @Mixin GazetteerOption gazetteer;
  @Mixin EntityModelOption model;

  @Mixin InputOptions input = new InputOptions();

  @Option(names = "--strict", description = "Stop at the first rejected record (exit code 2).")
  boolean strict;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Enrichment threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "10000",
      description =
          "Commit after every N articles (default: ${DEFAULT-VALUE}); a crash loses at most the work since the last commit.")
  int commitEvery;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress output.")
  boolean quiet;

  @Option(
      names = "--merge",
      description =
          "At the end, merge the index into one segment per core: for an archive loaded once and searched a lot "
              + "(facet counts over millions of comments get faster, see docs/performance.md; merging takes a while).")
  boolean merge;

  @Option(
      names = "--force",
      description =
          "Index into a folder that holds files but no voxpop index; its files are left alone "
              + "(without this, such a folder is refused).")
  boolean force;

  @Option(
      names = "--max-reject-lines",
      paramLabel = "N",
      defaultValue = "" + RejectLog.DEFAULT_MAX_LINES,
      description =
          "Show at most N reject lines and N warning lines (default: ${DEFAULT-VALUE}); every line is written to "
              + "the rejects file all the same.")
  int maxRejectLines;

  @Option(
      names = "--rejects-file",
      paramLabel = "PATH",
      description =
          "Where to list every reject and warning line (default: "
              + Indexer.REJECTS_FILE
              + " in the index folder).")
  Optional<Path> rejectsFile = Optional.empty();

  @Override
  public Integer call() throws Exception {
    List<InputSource> sources = input.sources();
    IndexerSettings settings =
        IndexerSettings.defaults()
            .withStrict(strict)
            .withCommitEveryArticles(commitEvery)
            .withForce(force);
    if (threads != null) {
      settings = settings.withThreads(threads);
    }
    if (merge) {
      settings = settings.withMergeToSegments(VoxpopSearcher.defaultSearchThreads());
    }
    // before the list of rejects is opened in it: "not an index folder: X is a file" says more
    NotAnIndexFolderException.refuseFile(index.dir);
    try (RejectLog lines = RejectLog.forIndex(maxRejectLines, rejectsFile, index.dir)) {
      IndexRun.run(
          index.dir,
          sources,
          settings,
          gazetteer.file(),
          model.dir(),
          lines,
          spec.commandLine().getOut(),
          spec.commandLine().getErr(),
          quiet);
    } catch (NothingIndexedException nothing) {
      spec.commandLine().getErr().println("voxpop: " + nothing.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.USER_ERROR;
    }
    return ExitCodes.OK;
  }
}
