package org.voxpop.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.voxpop.enrich.sentiment.StanceEvaluation;
import org.voxpop.enrich.sentiment.StanceModelBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code voxpop evaluate stance FILE [--output OUT] [--folds K]}: per-class precision, recall and
 * F1 of the stance toward each target of a NewsMTSC-format file; last line {@code F1m: 0.xxx}.
 */
@Command(
    name = "stance",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates stance against NewsMTSC-format JSON lines (sentence_normalized, targets with"
          + " from/to/polarity). Without --folds the bundled model is scored (in-sample on NewsMTSC"
          + " train, which it was trained on); with --folds K, K-fold cross-validation on FILE."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop evaluate stance ../shared/eval/newsmtsc/train.jsonl --folds 10",
      "  voxpop evaluate stance sentences.jsonl --output labels.tsv"
    })
public final class EvaluateStanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "NewsMTSC-format file.")
  Path file;

  @Option(
      names = "--output",
      paramLabel = "OUT",
      description = "Write 'Input.gid TAB negative|neutral|positive' lines here.")
  Path output;

  @Option(
      names = "--folds",
      paramLabel = "K",
      description = "Cross-validate with K folds by sentence (K >= 2).")
  int folds;

  @Option(
      names = "--vectors",
      paramLabel = "FILE",
      description =
          "With --folds: the word vectors to train with (default: the project's "
              + StanceModelBuilder.VECTORS
              + ").")
  Path vectors;

  @Override
  public Integer call() {
    if (folds == 1 || folds < 0) {
      spec.commandLine().getErr().println("--folds must be 2 or more");
      return ExitCodes.USER_ERROR;
    }
    return EvaluationRunner.run(
        spec,
        file,
        (input, out) ->
            StanceEvaluation.evaluate(
                input,
                out,
                Optional.ofNullable(output),
                folds,
                vectors != null ? vectors : ProjectHome.resolve(StanceModelBuilder.VECTORS)));
  }
}
