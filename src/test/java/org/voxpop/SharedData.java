package org.voxpop;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of {@code ../shared} (evaluation data that is not part of the project) for quality tests: a
 * test whose data is missing fails in CI ({@code VOXPOP_CI} set, as {@code .ci/run} does) and is
 * reported as skipped, with the reason, elsewhere ({@link Prerequisites}).
 */
public final class SharedData {

  private SharedData() {}

  /** The file at {@code relative} under {@code ../shared}, or the test fails or is skipped. */
  public static Path file(String relative, String what) {
    Path p = Path.of("..", "shared").resolve(relative);
    Prerequisites.require(
        Files.isRegularFile(p),
        what + " " + p.toAbsolutePath().normalize() + " is missing",
        "quality floor not checked");
    return p;
  }
}
