package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stance model against its training data in {@code ../shared}: the bundled weights are what
 * {@code voxpop train stance} makes of it, byte for byte, and the cross-validated macro-F1 holds
 * its floor (model selection on seen data: a regression check, not a held-out measure). Where the
 * data is missing the tests fail in CI ({@code VOXPOP_CI} set) and are skipped visibly elsewhere.
 */
class StanceQualityTest {
  @TempDir Path dir;

  private static Path shared() {
    org.voxpop.SharedData.file(StanceModelBuilder.TRAIN, "NewsMTSC train");
    return Path.of("..", "shared");
  }

  @Test
  void bundledModelIsRebuiltByteForByte() throws IOException {
    Path data = shared();
    Path built =
        StanceModelBuilder.build(
            data,
            Path.of(StanceModelBuilder.VECTORS),
            dir,
            StanceModelBuilder.DEFAULT_SEED,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try (InputStream bundled = StanceModel.class.getResourceAsStream(StanceModel.RESOURCE)) {
      assertArrayEquals(
          bundled.readAllBytes(),
          Files.readAllBytes(built),
          "the bundled stance model is not what voxpop train stance --data ../shared makes: retrain it");
    }
  }

  @Test
  void crossValidatedMacroF1HoldsItsFloor() throws IOException {
    Path data = shared();
    StringWriter out = new StringWriter();
    double f1 =
        StanceEvaluation.evaluate(
                data.resolve(StanceModelBuilder.TRAIN),
                new PrintWriter(out),
                Optional.empty(),
                10,
                Path.of(StanceModelBuilder.VECTORS))
            .macroF1();
    assertTrue(f1 >= 0.70, "10-fold F1m " + f1 + "\n" + out);
  }
}
