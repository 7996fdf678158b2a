package org.voxpop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.voxpop.enrich.sentiment.SentimentEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code voxpop evaluate sentiment FILE [--output OUT]}: Pearson r and 3-class F1 against human
 * ratings ({@code id TAB mean TAB text}); last line {@code pearson: 0.xxx}.
 */
@Command(
    name = "sentiment",
    mixinStandardHelpOptions = true,
    description = "Evaluates sentiment against 'id TAB human-mean TAB text' lines.",
    footerHeading = "%nExamples:%n",
    footer = {"  voxpop evaluate sentiment tweets_GroundTruth.txt --output scores.tsv"})
public final class EvaluateSentimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Ground-truth file.")
  Path file;

  @Option(names = "--output", paramLabel = "OUT", description = "Write 'id TAB score' lines here.")
  Path output;

  @Override
  public Integer call() {
    return EvaluationRunner.run(
        spec,
        file,
        (input, out) -> SentimentEvaluation.evaluate(SentimentEvaluation.read(input), out, output));
  }
}
