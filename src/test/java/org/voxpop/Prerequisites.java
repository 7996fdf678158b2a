package org.voxpop;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a test needs from outside the project (evaluation data, a browser): when it is missing, the
 * test fails in CI ({@code VOXPOP_CI} set, as {@code .ci/run} does) and is reported as skipped,
 * with the reason, elsewhere. Never a silent pass, never "0 tests".
 */
public final class Prerequisites {

  private Prerequisites() {}

  /**
   * Lets the calling test go on when {@code met}; else fails it (in CI) or aborts it as skipped.
   * Call it from the test or a {@code @BeforeEach} method, not {@code @BeforeAll}: an aborted
   * class-level method is counted as no test at all by some reports.
   *
   * @param why what is missing, e.g. "no /usr/bin/chromium"
   * @param unchecked what goes unchecked because of it, e.g. "quality floor not checked"
   */
  public static void require(boolean met, String why, String unchecked) {
    if (met) {
      return;
    }
    if (System.getenv("VOXPOP_CI") != null) {
      fail(why + " (required in CI)");
    }
    assumeTrue(false, why + ": " + unchecked);
  }
}
