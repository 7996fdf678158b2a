package org.voxpop.cli;

import java.nio.file.Path;
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
@Command(
    name = "abuse",
    mixinStandardHelpOptions = true,
    description = "Evaluates the abuse score on JSON lines with text and label (1 = hateful).",
    footerHeading = "%nExamples:%n",
    footer = {"  voxpop evaluate abuse fox-news-comments.json"})
public final class EvaluateAbuseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON lines file.")
  Path file;

  @Option(
      names = "--output",
      paramLabel = "OUT",
      description = "Write 'line-number TAB score' lines here.")
  Path output;

  @Override
  public Integer call() {
    return EvaluationRunner.run(
        spec,
        file,
        (input, out) -> AbuseEvaluation.evaluate(AbuseEvaluation.read(input), out, output));
  }
}
