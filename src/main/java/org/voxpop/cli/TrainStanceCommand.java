package org.voxpop.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.voxpop.enrich.sentiment.StanceModelBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code voxpop train stance}: rebuilds the stance classifier from NewsMTSC's training file, byte
 * for byte for the same file and seed.
 */
@Command(
    name = "stance",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 1,
    description = {
      "Rebuild the stance classifier (stance-model.bin.gz) from NewsMTSC's training file"
          + " (eval/newsmtsc/train.jsonl under --data; see SOURCES.md) and the word vectors"
          + " kept in the project (--vectors).",
      "The same file and seed give the same bytes; it takes seconds."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop train stance --data ../shared",
      "  voxpop train stance --data ../shared --out /tmp/model --seed 7"
    })
public final class TrainStanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      required = true,
      description = "Folder holding the training data (eval/newsmtsc/train.jsonl).")
  Path data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write the model (default: the project's resources, "
              + StanceModelBuilder.RESOURCE_DIR
              + ").")
  Path out;

  @Option(
      names = "--vectors",
      paramLabel = "FILE",
      description =
          "Word vectors to train with (default: the project's "
              + StanceModelBuilder.VECTORS
              + ", written by bench/word-vectors).")
  Path vectors;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the training order (default: ${DEFAULT-VALUE}).")
  long seed = StanceModelBuilder.DEFAULT_SEED;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path file = data.resolve(StanceModelBuilder.TRAIN);
    if (!Files.isRegularFile(file)) {
      err.println("voxpop train stance: missing training data: " + file);
      return ExitCodes.USER_ERROR;
    }
    Path vectorFile = vectors != null ? vectors : ProjectHome.resolve(StanceModelBuilder.VECTORS);
    if (!Files.isRegularFile(vectorFile)) {
      err.println("voxpop train stance: missing word vectors: " + vectorFile);
      return ExitCodes.USER_ERROR;
    }
    Path target = out != null ? out : defaultOut();
    PrintWriter o = spec.commandLine().getOut();
    try {
      PrintStream log =
          new PrintStream(
              new java.io.OutputStream() {
                private final java.io.ByteArrayOutputStream line =
                    new java.io.ByteArrayOutputStream();

                @Override
                public void write(int b) {
                  if (b == '\n') {
                    o.println(line.toString(StandardCharsets.UTF_8));
                    o.flush();
                    line.reset();
                  } else {
                    line.write(b);
                  }
                }
              },
              true,
              StandardCharsets.UTF_8);
      StanceModelBuilder.build(data, vectorFile, target, seed, log);
      log.flush();
      return ExitCodes.OK;
    } catch (IOException | IllegalArgumentException e) {
      err.println("voxpop train stance: " + e.getMessage());
      return ExitCodes.DATA_ERROR;
    }
  }

  private static Path defaultOut() {
    return ProjectHome.resolve(StanceModelBuilder.RESOURCE_DIR);
  }
}
