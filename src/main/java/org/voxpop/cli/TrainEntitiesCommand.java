package org.voxpop.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.voxpop.enrich.entity.EntityModelBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code voxpop train entities}: rebuilds the entity tagger and its word statistics from the named
 * training sets, byte for byte for the same inputs and seed.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 1,
    description = {
      "Rebuild the entity tagger (tagger-model.bin.gz) and its word statistics"
          + " (word-statistics.tsv.gz) from the training sets named in SOURCES.md.",
      "The development sets choose the options, calibrate the probabilities and are scored"
          + " (the held-out numbers); then the bundled tagger is trained on them too.",
      "The same inputs and seed give the same bytes; it takes a few minutes."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop train entities --data ../shared",
      "  voxpop train entities --data ../shared --out /tmp/model --score-dev",
      "  voxpop train entities --data ../shared --out /tmp/held-out --held-out",
      "  voxpop train entities --data ../shared --out /tmp/cv --held-out --folds 2"
    })
public final class TrainEntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      required = true,
      description = "Folder holding the training data (eval/..., corpora/...).")
  Path data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write the model (default: the project's resources, "
              + "src/main/resources/org/voxpop/enrich/entity).")
  Path out;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
  int epochs = EntityModelBuilder.DEFAULT_EPOCHS;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the training order (default: ${DEFAULT-VALUE}).")
  long seed = EntityModelBuilder.DEFAULT_SEED;

  @Option(
      names = "--embedding-paths",
      paramLabel = "FILE",
      description =
          "The words' embedding paths, made by bench/entity-word-paths (default: the project's "
              + EntityModelBuilder.EMBEDDING_PATHS
              + ").")
  Path embeddingPaths;

  @Option(
      names = "--score-dev",
      description = "Score the development sets after each epoch (slower).")
  boolean scoreDev;

  @Option(
      names = "--held-out",
      description =
          "Write the tagger trained without the development sets (the bundled one is trained on"
              + " them too, after they chose its options): for honest scores on them.")
  boolean heldOut;

  @Option(
      names = "--folds",
      paramLabel = "K",
      description =
          "Also score the development sets by cross-validation over K folds of them (K >= 2):"
              + " each fold tagged by taggers trained on the training sets and the other folds,"
              + " as the bundled ones are trained on all of them. One more training run per fold.")
  int folds;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    if (folds != 0 && folds < 2) {
      err.println("voxpop train entities: --folds must be at least 2");
      return ExitCodes.USER_ERROR;
    }
    List<String> missing = new ArrayList<>();
    for (List<String> group :
        List.of(EntityModelBuilder.TRAIN, EntityModelBuilder.UNLABELLED, EntityModelBuilder.DEV)) {
      for (String f : group) {
        if (!Files.isRegularFile(data.resolve(f))) {
          missing.add(data.resolve(f).toString());
        }
      }
    }
    if (!missing.isEmpty()) {
      err.println("voxpop train entities: missing training data: " + String.join(", ", missing));
      return ExitCodes.USER_ERROR;
    }
    if (epochs < 1) {
      err.println("voxpop train entities: --epochs must be at least 1");
      return ExitCodes.USER_ERROR;
    }
    Path target = out != null ? out : defaultOut();
    Path paths =
        embeddingPaths != null
            ? embeddingPaths
            : ProjectHome.resolve(EntityModelBuilder.EMBEDDING_PATHS);
    if (!Files.isRegularFile(paths)) {
      err.println("voxpop train entities: missing embedding paths: " + paths);
      return ExitCodes.USER_ERROR;
    }
    if (folds != 0) {
      try {
        EntityModelBuilder.checkFolds(data, folds);
      } catch (IllegalArgumentException e) {
        err.println("voxpop train entities: --folds: " + e.getMessage());
        return ExitCodes.USER_ERROR;
      } catch (IOException e) {
        err.println("voxpop train entities: " + e.getMessage());
        return ExitCodes.DATA_ERROR;
      }
    }
    try {
      PrintStream log = new PrintStream(new LineForwarder(o), true, StandardCharsets.UTF_8);
      EntityModelBuilder.build(
          new EntityModelBuilder.Options(
              data, paths, target, epochs, seed, scoreDev, heldOut, folds),
          log);
      log.flush();
      return ExitCodes.OK;
    } catch (IOException | IllegalArgumentException e) {
      err.println("voxpop train entities: " + e.getMessage());
      return ExitCodes.DATA_ERROR;
    }
  }

  private static Path defaultOut() {
    return ProjectHome.resolve("src/main/resources/org/voxpop/enrich/entity");
  }

  /** Passes what the builder prints straight to the command's output, line by line. */
  private static final class LineForwarder extends java.io.OutputStream {
    private final PrintWriter out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineForwarder(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      if (b == '\n') {
        out.println(line.toString(StandardCharsets.UTF_8));
        out.flush();
        line.reset();
      } else {
        line.write(b);
      }
    }
  }
}
