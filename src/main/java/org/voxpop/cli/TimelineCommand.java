package org.voxpop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.voxpop.query.Interval;
import org.voxpop.query.TimelineBucket;
import org.voxpop.query.VoxpopSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code voxpop timeline}: comments per day, week, month or year, with their tone; empty periods as
 * 0.
 */
@Command(
    name = "timeline",
    sortOptions = false,
    description = {
      "Comments per period and their mean sentiment; with --entity, only comments that mention it,"
          + " with the stance toward it (negative / neutral / positive counts and net stance).",
      "Every period from the first match to the last is listed, those without matches as 0."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop timeline --entity \"United States\" --interval month",
      "  voxpop timeline 'source:BBC' --interval week --format json",
      "  voxpop timeline --scope articles --interval year --format csv"
    })
final class TimelineCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;

  @Mixin QueryOptions query;

  @Option(
      names = "--entity",
      paramLabel = "NAME",
      description = "An entity id, or any name the facets show or the gazetteer knows.")
  String entity;

  @Option(
      names = "--interval",
      defaultValue = "month",
      description =
          "day, week, month or year (default: ${DEFAULT-VALUE}); periods are named 2016-06-03, 2016-W22, 2016-06, 2016.")
  String interval;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    Interval width;
    try {
      width = Interval.valueOf(interval.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--interval is day, week, month or year, not '" + interval + "'");
    }
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(index.dir, org.voxpop.index.IndexGazetteer.forIndex(index.dir))) {
      List<TimelineBucket> buckets =
          searcher.timeline(
              query.builder(searcher).pageSize(0).build(), width, Optional.ofNullable(entity));
      PrintWriter out = spec.commandLine().getOut();
      if (format.equalsIgnoreCase("json")) {
        out.println(org.voxpop.query.ResultJson.toJson(buckets).toPrettyString());
      } else if (format.equalsIgnoreCase("table")) {
        TextTable table =
            entity == null
                ? TextTable.of(
                    width.name().toLowerCase(Locale.ROOT), "comments", "articles", "mean sentiment")
                : TextTable.of(
                    width.name().toLowerCase(Locale.ROOT),
                    "comments",
                    "articles",
                    "mean sentiment",
                    "negative",
                    "neutral",
                    "positive",
                    "net stance");
        table.omitZeroColumns();
        for (TimelineBucket b : buckets) {
          String mean =
              b.meanCompound().map(v -> String.format(Locale.ROOT, "%+.3f", v)).orElse("");
          if (entity == null) {
            table.row(b.period(), b.comments(), b.articles(), mean);
          } else {
            table.row(
                b.period(),
                b.comments(),
                b.articles(),
                mean,
                b.negative(),
                b.neutral(),
                b.positive(),
                b.netStance().map(v -> String.format(Locale.ROOT, "%+.2f", v)).orElse(""));
          }
        }
        table.print(out);
      } else if (format.equalsIgnoreCase("csv")) {
        out.print(
            org.voxpop.query.Csv.row(
                "period",
                "start",
                "comments",
                "articles",
                "mean_compound",
                "negative",
                "neutral",
                "positive",
                "net_stance"));
        for (TimelineBucket b : buckets) {
          out.print(
              org.voxpop.query.Csv.row(
                  b.period(),
                  b.start(),
                  Integer.toString(b.comments()),
                  Integer.toString(b.articles()),
                  b.meanCompound().map(String::valueOf).orElse(""),
                  Integer.toString(b.negative()),
                  Integer.toString(b.neutral()),
                  Integer.toString(b.positive()),
                  b.netStance().map(String::valueOf).orElse("")));
        }
      } else {
        throw new IllegalArgumentException("--format is table, json or csv, not '" + format + "'");
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
