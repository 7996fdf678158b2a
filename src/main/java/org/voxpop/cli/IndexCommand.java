package org.voxpop.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.voxpop.index.IndexerSettings;
import org.voxpop.query.VoxpopSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code voxpop index FILE...}: reads, enriches and indexes articles and comments. */
@Command(
    name = "index",
    sortOptions = false,
    description = {
      "Index articles with their comments from JSON Lines files (.jsonl, .jsonl.gz).",
      "Each article and its comments become one block; re-indexing the same ids replaces them.",
      "Bad records are reported as file:line: REASON: detail and skipped; the rest is indexed."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop index index-fixtures/seed.jsonl",
      "  voxpop index --index /data/archive articles.jsonl.gz late-comments.jsonl",
      "  voxpop index --strict feed.jsonl      # stop at the first bad record",
      "  voxpop index --merge archive-2016.jsonl.gz   # loaded once, searched a lot"
    })
final class IndexCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;
  @Mixin GazetteerOption gazetteer;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON Lines input files, plain or gzipped.")
  List<Path> files;

  @Option(names = "--strict", description = "Stop at the first rejected record (exit code 2).")
  boolean strict;

  @Option(names = "--threads", paramLabel = "N", description = "Enrichment threads (default: one per core).")
  Integer threads;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "10000",
      description = "Commit after every N articles (default: ${DEFAULT-VALUE}); a crash loses at most the work since the last commit.")
  int commitEvery;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Option(names = "--merge",
      description = "At the end, merge the index into one segment per core: for an archive loaded once and searched a lot "
          + "(facet counts over millions of comments get faster, see docs/performance.md; merging takes a while).")
  boolean merge;

  @Option(names = "--force",
      description = "Index into a folder that holds files but no voxpop index; its files are left alone "
          + "(without this, such a folder is refused).")
  boolean force;

  @Override
  public Integer call() throws Exception {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
    }
    IndexerSettings settings = IndexerSettings.defaults().withStrict(strict).withCommitEveryArticles(commitEvery).withForce(force);
    if (threads != null) {
      settings = settings.withThreads(threads);
    }
    if (merge) {
      settings = settings.withMergeToSegments(VoxpopSearcher.defaultSearchThreads());
    }
    IndexRun.run(index.dir, files, settings, gazetteer.file(), spec.commandLine().getOut(), spec.commandLine().getErr(), quiet);
    return ExitCodes.OK;
  }
}
