package org.voxpop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexEntityModel;
import org.voxpop.index.IndexGazetteer;
import org.voxpop.index.IndexStats;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.NothingIndexedException;
import org.voxpop.index.OutOfMemoryStop;
import org.voxpop.input.InputSource;

/** Runs the indexer for a command and prints what it did. */
final class IndexRun {
  private IndexRun() {}

  /**
   * Indexes files with every reject and warning shown, with a newsroom's gazetteer file and a
   * retrained entity tagger, each kept in the index folder once the index exists there.
   */
  static IndexStats run(
      Path indexDir,
      List<Path> inputs,
      IndexerSettings settings,
      java.util.Optional<Path> newsroomGazetteer,
      java.util.Optional<Path> model,
      PrintWriter out,
      PrintWriter err,
      boolean quiet)
      throws IOException {
    try (RejectLog lines = RejectLog.showAll()) {
      return run(
          indexDir,
          InputSource.files(inputs),
          settings,
          newsroomGazetteer,
          model,
          lines,
          out,
          err,
          quiet);
    }
  }

  /**
   * Indexes the inputs, reject and warning lines going through {@code lines}, and prints the
   * summary, with where the lines not shown are.
   *
   * @throws NothingIndexedException when every record was rejected (the summary is printed first)
   */
  static IndexStats run(
      Path indexDir,
      List<InputSource> inputs,
      IndexerSettings settings,
      java.util.Optional<Path> newsroomGazetteer,
      java.util.Optional<Path> model,
      RejectLog lines,
      PrintWriter out,
      PrintWriter err,
      boolean quiet)
      throws IOException {
    ConsoleIndexListener listener =
        new ConsoleIndexListener(err, Terminal.interactive(), quiet, lines);
    Gazetteer gazetteer = IndexGazetteer.forIndexing(indexDir, newsroomGazetteer);
    EntityRecognizer recognizer = IndexEntityModel.recognizer(indexDir, gazetteer, model);
    EnrichmentPipeline pipeline =
        EnrichmentPipeline.create(EnrichmentPipeline.Options.defaults(), recognizer);
    try (Indexer indexer = Indexer.open(indexDir, pipeline, settings, gazetteer.version())) {
      if (newsroomGazetteer.isPresent()) {
        IndexGazetteer.keep(indexDir, newsroomGazetteer.get());
      }
      if (model.isPresent()) {
        IndexEntityModel.keep(indexDir, model.get());
      }
      IndexStats stats;
      try {
        stats = indexer.indexSources(inputs, listener);
      } catch (NothingIndexedException nothing) {
        listener.finish();
        out.printf(
            Locale.ROOT,
            "Nothing indexed into %s: %s read, every one rejected.%n",
            indexDir,
            Plural.of(nothing.stats().recordsRead(), "record"));
        printReasons(nothing.stats(), out);
        lines.summary().ifPresent(out::println);
        out.flush();
        throw nothing;
      } catch (OutOfMemoryStop stop) {
        listener.finish();
        out.println("Stopped: out of memory. Committed before the stop:");
        printSummary(stop.committed(), indexDir, out);
        throw stop;
      } finally {
        listener.finish();
      }
      printSummary(stats, indexDir, out);
      lines.summary().ifPresent(out::println);
      out.flush();
      return stats;
    }
  }

  static void printSummary(IndexStats stats, Path indexDir, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Indexed into %s: %s read, %s (%,d replaced) with %s, %s merged, %,d rejected (%s, %s).%n",
        indexDir,
        Plural.of(stats.recordsRead(), "record"),
        Plural.of(stats.articlesIndexed(), "article"),
        stats.articlesReplaced(),
        Plural.of(stats.commentsIndexed(), "comment"),
        Plural.of(stats.commentRecordsApplied(), "comment record"),
        stats.rejects(),
        Plural.of(stats.rejectedRecords(), "record"),
        Plural.of(stats.rejectedComments(), "comment"));
    printReasons(stats, out);
    if (stats.valuesCut() > 0) {
      out.printf(
          Locale.ROOT,
          "Values cut to fit the index's limits: %,d (each reported as a warning).%n",
          stats.valuesCut());
    }
    out.printf(
        Locale.ROOT,
        "Took %.2f s (%,.0f docs/s); index size %s.%n",
        stats.elapsed().toNanos() / 1e9,
        stats.docsPerSecond(),
        bytes(stats.indexBytes()));
    out.flush();
  }

  private static void printReasons(IndexStats stats, PrintWriter out) {
    if (!stats.rejectsByReason().isEmpty()) {
      StringBuilder reasons = new StringBuilder();
      stats.rejectsByReason().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .forEach(
              e ->
                  reasons
                      .append(reasons.isEmpty() ? "" : ", ")
                      .append(e.getKey())
                      .append(' ')
                      .append(e.getValue()));
      out.println("Rejects by reason: " + reasons);
    }
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
  }
}
