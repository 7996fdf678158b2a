package org.voxpop.enrich.entity;

import java.nio.file.Path;
import java.util.Optional;

/** Development shortcut: evaluate with output. */
public final class EvalNow {
  public static void main(String[] a) throws Exception {
    ConllEntityEvaluation.evaluate(Path.of(a[0]), Optional.of(Path.of(a[1])), EntityRecognizer.create()).print(System.out);
  }
}
