package org.voxpop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.voxpop.bench.BenchHarness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code voxpop bench}: the reproducible, side-by-side benchmark runs. */
@Command(
    name = "bench",
    sortOptions = false,
    description = {
      "Run the declarative benchmarks in bench/runs/: voxpop against plain Lucene, side by side in one"
          + " process, with each run's document and facet counts checked. Writes JSON, Markdown and SVG charts."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop bench --quick                  # a few minutes, for CI",
      "  voxpop bench --reuters reuters-21578.jsonl   # the file is not bundled"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--quick", description = "Only the small runs (under 3 minutes).")
  boolean quick;

  @Option(
      names = "--runs",
      defaultValue = "bench/runs",
      paramLabel = "DIR",
      description = "Run files (default: ${DEFAULT-VALUE}).")
  Path runs;

  @Option(
      names = "--out",
      defaultValue = "bench/results",
      paramLabel = "DIR",
      description = "Results folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--work",
      defaultValue = "bench/work",
      paramLabel = "DIR",
      description =
          "Generated corpora and indexes, reused between runs (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(
      names = "--reuters",
      paramLabel = "FILE",
      description = "Reuters-21578 JSON Lines, for the runs that use it (never bundled).")
  Path reuters;

  @Override
  public Integer call() throws Exception {
    if (!java.nio.file.Files.isDirectory(runs)) {
      throw new java.io.FileNotFoundException("no run files at " + runs);
    }
    List<String> failures =
        BenchHarness.run(
            new BenchHarness.Options(
                runs, out, work, quick, Optional.ofNullable(reuters), spec.commandLine().getErr()));
    if (!failures.isEmpty()) {
      spec.commandLine().getErr().println("voxpop: runs with wrong counts: " + failures);
      return ExitCodes.DATA_ERROR;
    }
    return ExitCodes.OK;
  }
}
