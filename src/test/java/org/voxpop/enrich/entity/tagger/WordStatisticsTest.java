package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The word statistics a tagger is saved with read back as written, old files included. */
class WordStatisticsTest {

  private static byte[] write(WordStatistics w) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out);
    return out.toByteArray();
  }

  private static WordStatistics read(String text) throws IOException {
    return WordStatistics.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyPathAndCountReadsBackAndWritesTheSameBytes() throws IOException {
    List<String[]> text =
        List.of(
            new String[] {"We", "saw", "Toyota", "and", "toyota", "and", "Toyota"},
            new String[] {"It", "is", "and", "is", "and", "is"});
    WordStatistics built =
        WordStatistics.build(
            text, Map.of("toyota", "0110"), Map.of("toyota", "110001", "snapchat", "001110"));
    byte[] bytes = write(built);
    WordStatistics back = WordStatistics.read(new ByteArrayInputStream(bytes));
    assertEquals(new WordClasses.WordClass("0110", -1, "110001"), back.lookup("toyota"));
    // A word known only to the word vectors has its embedding class and nothing else.
    assertEquals(
        new WordClasses.WordClass("", WordClasses.UNKNOWN, "001110"), back.lookup("snapchat"));
    assertEquals(WordClasses.NOTHING, back.lookup("zyzzyva"));
    assertArrayEquals(bytes, write(back));
  }

  @Test
  void aFileWrittenBeforeTheEmbeddingPathsStillLoads() throws IOException {
    WordStatistics old = read("reagan\t0110\t1\t30\nthe\t-\t50\t2\n");
    assertEquals(new WordClasses.WordClass("0110", -4, ""), old.lookup("reagan"));
    assertEquals(new WordClasses.WordClass("", 4, ""), old.lookup("the"));
  }

  @Test
  void aDamagedLineIsRefusedWithItsNumber() {
    IOException e = assertThrows(IOException.class, () -> read("the\t-\t-\t50\t2\nbroken\t0110\n"));
    assertEquals("word statistics line 2: expected 5 columns", e.getMessage());
  }

  @Test
  void embeddingPathsAreWordsAndBits() throws IOException {
    Map<String, String> paths =
        WordStatistics.readEmbeddingPaths(
            new ByteArrayInputStream(
                "honda\t110001\ntoyota\t110001\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Map.of("honda", "110001", "toyota", "110001"), paths);
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                WordStatistics.readEmbeddingPaths(
                    new ByteArrayInputStream("honda\t11x\n".getBytes(StandardCharsets.UTF_8))));
    assertEquals("embedding paths line 1: expected a word, a tab, 0s and 1s", e.getMessage());
  }
}
