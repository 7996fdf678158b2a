package org.voxpop.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.voxpop.input.InputSource;
import org.voxpop.input.RecordShape;
import org.voxpop.opensearch.BulkLoader;
import org.voxpop.opensearch.LoadSettings;
import org.voxpop.opensearch.LoadStats;
import org.voxpop.opensearch.OpenSearchFields;
import org.voxpop.opensearch.PipelineGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code voxpop opensearch-load --url URL INPUT...}: streams articles to an OpenSearch cluster. */
@Command(
    name = "opensearch-load",
    sortOptions = false,
    description = {
      "Load articles with their comments into an OpenSearch index with the bulk API.",
      "Inputs are as for `voxpop index`: JSON Lines files, folders, globs or standard input.",
      "The cluster enriches them with the voxpop plugin's ingest processor (docs/scale-out.md).",
      "Bad records are reported as file:line: REASON: detail and skipped, exactly as by `voxpop index`;",
      "overload (429) and unavailable nodes (502-504) are retried with exponential back-off."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop opensearch-load --url http://127.0.0.1:9200 index-fixtures/*.jsonl",
      "  voxpop opensearch-load --url https://user:secret@search:9200 feed.jsonl.gz",
      "  voxpop opensearch-load --url http://127.0.0.1:9200 --pipeline none a.jsonl"
    })
final class OpenSearchLoadCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description =
          "The cluster, e.g. http://127.0.0.1:9200 (user:password@ for basic authentication).")
  URI url;

  @Option(
      names = "--index",
      paramLabel = "NAME",
      defaultValue = OpenSearchFields.DEFAULT_INDEX,
      description = "Index to write (default: ${DEFAULT-VALUE}).")
  String index;

  @Option(
      names = "--pipeline",
      paramLabel = "NAME",
      defaultValue = OpenSearchFields.DEFAULT_PIPELINE,
      description =
          "Ingest pipeline to run, or 'none' to store the documents without enrichment (default: ${DEFAULT-VALUE}; created with the voxpop processor when missing).")
  String pipeline;

  @Option(
      names = "--no-setup",
      description = "Do not install the index template and pipeline; they are already there.")
  boolean noSetup;

  @Option(
      names = "--shards",
      paramLabel = "N",
      defaultValue = "1",
      description = "Primary shards of a new index (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "500",
      description =
          "Most articles per bulk request (default: ${DEFAULT-VALUE}; requests also stop at 5 MiB).")
  int batchSize;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "2",
      description = "Bulk requests in flight (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--max-retries",
      paramLabel = "N",
      defaultValue = "8",
      description =
          "Retries of a request or document before giving up (default: ${DEFAULT-VALUE}; waits 0.2 s, 0.4 s, ... up to 20 s).")
  int maxRetries;

  @Option(names = "--strict", description = "Stop at the first rejected record (exit code 2).")
  boolean strict;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress output.")
  boolean quiet;

  @Option(
      names = "--max-reject-lines",
      paramLabel = "N",
      defaultValue = "" + RejectLog.DEFAULT_MAX_LINES,
      description = "Show at most N reject lines and N warning lines (default: ${DEFAULT-VALUE}).")
  int maxRejectLines;

  @Option(
      names = "--rejects-file",
      paramLabel = "PATH",
      description = "Where to list every reject and warning line.")
  Optional<Path> rejectsFile = Optional.empty();

  @Mixin InputOptions input = new InputOptions();

  @Mixin GazetteerOption gazetteer = new GazetteerOption();

  @Option(
      names = "--entity-model",
      paramLabel = "NAME",
      description =
          "Tag names with the retrained tagger in the folder NAME of each node's"
              + " config/voxpop-models/ (what voxpop train entities --out DIR wrote, copied to"
              + " every node, cluster-manager nodes included) instead of the bundled one; the"
              + " pipeline names it.")
  Optional<String> entityModel = Optional.empty();

  @Override
  public Integer call() throws Exception {
    List<InputSource> sources = input.sources();
    Optional<String> pipelineName =
        pipeline.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(pipeline);
    LoadSettings settings =
        LoadSettings.defaults(url)
            .withIndex(index)
            .withPipeline(pipelineName)
            .withSetup(!noSetup)
            .withShards(shards)
            .withBatch(batchSize, LoadSettings.defaults(url).batchBytes())
            .withConcurrency(concurrency)
            .withRetries(maxRetries, Duration.ofMillis(200), Duration.ofSeconds(20))
            .withStrict(strict);
    Optional<PipelineGazetteer> newsroom = Optional.empty();
    if (gazetteer.file().isPresent()) {
      try {
        newsroom = Optional.of(PipelineGazetteer.read(gazetteer.file().get()));
      } catch (java.nio.file.NoSuchFileException e) {
        throw new UserError("no such gazetteer file: " + gazetteer.file().get());
      } catch (java.io.IOException e) {
        throw new UserError(
            "cannot read gazetteer " + gazetteer.file().get() + ": " + e.getMessage());
      }
    }
    try (RejectLog lines = RejectLog.capped(maxRejectLines, rejectsFile)) {
      ConsoleIndexListener listener =
          new ConsoleIndexListener(
              spec.commandLine().getErr(), Terminal.interactive(), quiet, lines);
      LoadStats stats;
      try {
        stats = new BulkLoader(settings, newsroom, entityModel).loadSources(sources, listener);
      } finally {
        listener.finish();
      }
      printSummary(stats, settings, spec.commandLine().getOut());
      lines.summary().ifPresent(spec.commandLine().getOut()::println);
      spec.commandLine().getOut().flush();
      if (stats.recordsRead() > 0
          && stats.articlesLoaded() == 0
          && stats.commentRecordsApplied() == 0) {
        spec.commandLine()
            .getErr()
            .println(
                String.format(
                    Locale.ROOT,
                    "voxpop: nothing loaded: all %s of the input were rejected. %s.",
                    Plural.of(stats.recordsRead(), "record"),
                    RecordShape.EXPECTED));
        spec.commandLine().getErr().flush();
        return ExitCodes.USER_ERROR;
      }
    }
    return ExitCodes.OK;
  }

  private static void printSummary(LoadStats stats, LoadSettings settings, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Loaded into %s index %s (pipeline %s): %,d records read, %,d articles (%,d replaced) with %,d comments, %,d comment records merged, %,d rejected (%,d records, %,d comments).%n",
        settings.url().getHost()
            + (settings.url().getPort() > 0 ? ":" + settings.url().getPort() : ""),
        settings.index(),
        settings.pipeline().orElse("none"),
        stats.recordsRead(),
        stats.articlesLoaded(),
        stats.articlesReplaced(),
        stats.commentsLoaded(),
        stats.commentRecordsApplied(),
        stats.rejects(),
        stats.rejectedRecords(),
        stats.rejectedComments());
    if (!stats.rejectsByReason().isEmpty()) {
      StringBuilder reasons = new StringBuilder();
      stats.rejectsByReason().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e ->
                  reasons
                      .append(reasons.isEmpty() ? "" : ", ")
                      .append(e.getKey())
                      .append(' ')
                      .append(e.getValue()));
      out.println("Rejects by reason: " + reasons);
    }
    out.printf(
        Locale.ROOT,
        "Took %.2f s (%,.0f docs/s); %,d bulk requests, %,d retries.%n",
        stats.elapsed().toNanos() / 1e9,
        stats.docsPerSecond(),
        stats.bulkRequests(),
        stats.retries());
    out.flush();
  }
}
