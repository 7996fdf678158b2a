package org.voxpop.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example is this package's EmbeddingExample, compiled and run here. */
class ReadmeExampleTest {
  @TempDir Path tmp;

  @Test
  void readmeShowsTheExampleThatCompilesHere() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String source =
        Files.readString(Path.of("src/test/java/org/voxpop/readme/EmbeddingExample.java"));
    String example = source.substring(source.indexOf("import "));
    assertTrue(
        readme.contains(example),
        "README.md must contain EmbeddingExample.java from its imports on");
  }

  @Test
  void theExampleRunsAndPrintsCounts() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[] {tmp.resolve("idx").toString()});
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertTrue(out.matches("(?s)\\d+ comments mention the United States\n.*"), out);
    assertEquals(
        out.lines().count() - 1,
        out.lines().filter(l -> l.contains(" comments in 1 articles")).count(),
        out);
  }
}
