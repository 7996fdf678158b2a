package org.voxpop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.voxpop.enrich.sentiment.AbuseEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code voxpop evaluate abuse FILE [--output OUT]}: ROC AUC of the abuse score on JSON lines with
 * {@code text} and {@code label} (1 = hateful); last line {@code auc: 0.xxx}.
 */
@Command(name = "abuse", mixinStandardHelpOptions = true,
    description = "Evaluates the abuse score on JSON lines with text and label (1 = hateful).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop evaluate abuse fox-news-comments.json"
    })
public final class EvaluateAbuseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON lines file.")
  Path file;

  @Option(names = "--output", paramLabel = "OUT",
      description = "Write 'line-number TAB score' lines here.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (file == null) {
      err.println("missing FILE");
      return 1;
    }
    if (!Files.isRegularFile(file)) {
      err.println("no such file: " + file);
      return 1;
    }
    try {
      List<AbuseEvaluation.Item> items = AbuseEvaluation.read(file);
      AbuseEvaluation.evaluate(items, out, output);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("I/O error: " + e.getMessage());
      return 2;
    }
  }
}
