package org.voxpop.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.voxpop.query.ExportColumns;
import org.voxpop.query.ExportFormat;
import org.voxpop.query.VoxpopSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code voxpop export}: every hit, streamed as JSON Lines or CSV. */
@Command(
    name = "export",
    sortOptions = false,
    description = "Write every hit of a query (not just one page) as JSON Lines or CSV, streamed.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop export 'entity:Israel AND sentiment:negative' --format csv -o x.csv",
      "  voxpop export --fields article_id,comment_id,text,compound > all.jsonl",
      "  voxpop export entity:OPEC --scope articles --fields date,title,topics"
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;

  @Mixin QueryOptions query;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin ExportFieldsOption fields;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    ExportFormat kind;
    try {
      kind = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format is jsonl or csv, not '" + format + "'");
    }
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(index.dir, org.voxpop.index.IndexGazetteer.forIndex(index.dir))) {
      // A bad query or field name must fail before the output file is opened (and emptied).
      searcher.validate(query.builder(searcher).pageSize(0).build());
      ExportColumns chosen = searcher.exportColumns(fields.names);
      long n;
      if (output != null) {
        try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          Writer out = file;
          CountingWriter progress = null;
          if (Terminal.interactive()) {
            progress = new CountingWriter(file, spec.commandLine().getErr());
            out = progress;
          }
          n =
              searcher.export(
                  query.builder(searcher).pageSize(0).build(), chosen, kind, out, Long.MAX_VALUE);
          if (progress != null) {
            progress.finish();
          }
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "exported %,d hits to %s%n", n, output);
      } else {
        // Java 18+ writes UTF-8 by default, so the console stream keeps every character.
        searcher.export(
            query.builder(searcher).pageSize(0).build(),
            chosen,
            kind,
            spec.commandLine().getOut(),
            Long.MAX_VALUE);
      }
    }
    return ExitCodes.OK;
  }
}
