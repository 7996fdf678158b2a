package org.voxpop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Runs an evaluation over a file with the exit codes every {@code evaluate} command shares. */
final class EvaluationRunner {
  private EvaluationRunner() {}

  /** One evaluation: reads the file, prints its numbers. */
  @FunctionalInterface
  interface Evaluation {
    void run(Path file, PrintWriter out) throws IOException;
  }

  /** 0 when it ran, 1 for a missing file, 2 for data that cannot be read. */
  static int run(CommandSpec spec, Path file, Evaluation evaluation) {
    PrintWriter err = spec.commandLine().getErr();
    if (file == null) {
      err.println("missing FILE");
      return ExitCodes.USER_ERROR;
    }
    if (!Files.isRegularFile(file)) {
      err.println("no such file: " + file);
      return ExitCodes.USER_ERROR;
    }
    try {
      evaluation.run(file, spec.commandLine().getOut());
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return ExitCodes.DATA_ERROR;
    } catch (IOException e) {
      err.println("I/O error: " + e.getMessage());
      return ExitCodes.DATA_ERROR;
    }
  }
}
