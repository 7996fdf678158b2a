package org.voxpop.cli;

import picocli.CommandLine.Command;

/** {@code voxpop train}: rebuild a bundled model from its named inputs. */
@Command(
    name = "train",
    description =
        "Rebuild a bundled model from its training data (see docs/entities.md, docs/sentiment.md).",
    subcommands = {TrainEntitiesCommand.class, TrainStanceCommand.class})
final class TrainCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
