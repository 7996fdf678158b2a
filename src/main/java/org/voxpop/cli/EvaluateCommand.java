package org.voxpop.cli;

import picocli.CommandLine.Command;

/** {@code voxpop evaluate}: quality numbers from public test sets. */
@Command(
    name = "evaluate",
    description = "Measure quality on a test set and print the numbers (see docs/quality.md).",
    subcommands = {
      EvaluateEntitiesCommand.class,
      EvaluateSentimentCommand.class,
      EvaluateAbuseCommand.class,
      EvaluateStanceCommand.class
    })
final class EvaluateCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
