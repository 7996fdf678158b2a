package org.voxpop.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds dev-set F1 above a modest floor. The dev files live in ../shared beside the clone (as on
 * CI); the test is skipped where they are absent. Nothing is tuned on them.
 */
class DevSetEvaluationTest {

  @ParameterizedTest
  @CsvSource({"wnut17/emerging.dev.conll,0.30", "btc/btc.dev,0.55"})
  void devF1AboveFloor(String file, double floor) throws IOException {
    Path p = Path.of("..", "shared", "eval").resolve(file);
    assumeTrue(Files.isRegularFile(p), "no " + p);
    ConllEntityEvaluation.Result r = ConllEntityEvaluation.evaluate(p, Optional.empty(), EntityRecognizer.create());
    r.print(System.out);
    assertTrue(r.micro().f1() >= floor, file + ": " + r.micro().f1());
  }
}
