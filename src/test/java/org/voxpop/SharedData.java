package org.voxpop;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of {@code ../shared} (evaluation data that is not part of the project) for quality
 * tests: a test whose data is missing fails in CI ({@code VOXPOP_CI} set, as {@code .ci/run}
 * does) and is reported as skipped, with the reason, elsewhere. Never a silent pass.
 */
public final class SharedData {

  private SharedData() {}

  /** The file at {@code relative} under {@code ../shared}, or the test fails or is skipped. */
  public static Path file(String relative, String what) {
    Path p = Path.of("..", "shared").resolve(relative);
    if (!Files.isRegularFile(p)) {
      String why = what + " " + p.toAbsolutePath().normalize() + " is missing";
      if (System.getenv("VOXPOP_CI") != null) {
        fail(why + " (required in CI)");
      }
      assumeTrue(false, why + ": quality floor not checked");
    }
    return p;
  }
}
