package org.voxpop.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllEntityEvaluationTest {

  static final EntityRecognizer R = EntityRecognizer.create();

  static String printed(ConllEntityEvaluation.Result r) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    r.print(new PrintStream(b, true, StandardCharsets.UTF_8));
    return b.toString(StandardCharsets.UTF_8);
  }

  @Test
  void conll2003TagsWithMiscLeftOut(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("c.conll");
    Files.writeString(f, """
        -DOCSTART- -X- O O

        Angela NNP B-NP B-PER
        Merkel NNP I-NP I-PER
        visited VBD B-VP O
        Paris NNP B-NP B-LOC
        with IN B-PP O
        French JJ B-NP B-MISC
        officials NNS I-NP O
        . . O O
        """, StandardCharsets.UTF_8);
    ConllEntityEvaluation.Result r = ConllEntityEvaluation.evaluate(f, Optional.empty(), R);
    assertEquals(1, r.perType().get("PERSON").correct());
    assertEquals(1, r.perType().get("LOCATION").correct());
    assertEquals(2, r.micro().predicted(), "the demonym French is not scored");
    String out = printed(r);
    assertTrue(out.contains("MISC (1 gold)"), out);
    String[] lines = out.strip().split("\n");
    assertEquals("micro-F1: 1.000", lines[lines.length - 1]);
  }

  @Test
  void handlesFollowTheCorpusConvention(@TempDir Path dir) throws IOException {
    Path btc = dir.resolve("btc");
    Files.writeString(btc, "RT\tO\n@\tB-PER\nNikoWavy\tB-PER\nsays\tO\nhi\tO\n", StandardCharsets.UTF_8);
    ConllEntityEvaluation.Result r = ConllEntityEvaluation.evaluate(btc, Optional.empty(), R);
    assertEquals(2, r.perType().get("PERSON").gold());
    assertEquals(2, r.perType().get("PERSON").correct());
    Path wnut = dir.resolve("wnut");
    Files.writeString(wnut, "@justinbieber\tO\nlove\tO\nyou\tO\n", StandardCharsets.UTF_8);
    assertEquals(0, ConllEntityEvaluation.evaluate(wnut, Optional.empty(), R).micro().predicted());
  }

  @Test
  void malformedLinesAreNamed(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad");
    Files.writeString(f, "Syria\tB-location\nlonely\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConllEntityEvaluation.evaluate(f, Optional.empty(), R));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
