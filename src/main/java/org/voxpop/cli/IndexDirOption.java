package org.voxpop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command that touches an index shares. */
final class IndexDirOption {
  /** Where the index lives unless {@code --index} says otherwise. */
  static final String DEFAULT_DIR = "voxpop-data";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: ./" + DEFAULT_DIR + ").",
      defaultValue = DEFAULT_DIR)
  Path dir;
}
