package org.voxpop.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --model DIR}: a retrained entity tagger, for every command that enriches an index. */
final class EntityModelOption {
  @Option(
      names = "--model",
      paramLabel = "DIR",
      description =
          "Enrich with the entity tagger that voxpop train entities --out DIR wrote there instead "
              + "of the bundled one; kept with the index (in its folder), so later runs and "
              + "reindex use it too.")
  Path dir;

  /** The folder, when given. */
  Optional<Path> dir() {
    return Optional.ofNullable(dir);
  }
}
