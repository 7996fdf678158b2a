package org.voxpop.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --gazetteer FILE}: a newsroom's own entities, for every command that enriches text. */
final class GazetteerOption {
  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "A newsroom's own entities (TSV or .json, see docs/entities.md) on top of the built-in "
              + "gazetteer; kept with the index (in its folder, or for OpenSearch in its pipeline "
              + "and template), so later runs and queries use them too.")
  Path file;

  /** The file, when given. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}
