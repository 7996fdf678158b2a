package org.voxpop.cli;

import java.nio.file.Path;

/**
 * Where the project's own files are when a command needs them (the model folders it rebuilds, the
 * training inputs kept in the project): under {@code VOXPOP_HOME}, which the {@code voxpop}
 * launcher sets to the project's folder, else under the working folder.
 */
final class ProjectHome {
  private ProjectHome() {}

  /** {@code relative} under the project's folder. */
  static Path resolve(String relative) {
    String home = System.getenv("VOXPOP_HOME");
    return (home != null ? Path.of(home) : Path.of("")).resolve(relative);
  }
}
