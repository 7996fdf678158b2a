package org.voxpop.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PastedTextParserTest {

  @Test
  void splitsTheSeedIntoArticleAndEightComments() throws IOException {
    String seed;
    try (InputStream in = PastedTextParserTest.class.getResourceAsStream("seed.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    PastedTextParser.Parsed parsed = PastedTextParser.parse(seed);
    assertTrue(parsed.body().startsWith("When US-backed Syrian fighters"));
    assertTrue(parsed.body().endsWith("has this exclusive report."));
    assertEquals(8, parsed.comments().size());
    assertEquals("1", parsed.comments().get(0).id());
    assertTrue(parsed.comments().get(5).text().startsWith("The US has messed up the whole world"));
    assertTrue(parsed.comments().get(7).text().endsWith("down the toilet"));
  }

  @Test
  void aNumberOutOfSequenceIsArticleText() {
    PastedTextParser.Parsed parsed =
        PastedTextParser.parse(
            "Intro.\n2014. The year it began.\n\n  1. First comment\n  2. Second\n  continued");
    assertEquals("Intro. 2014. The year it began.", parsed.body());
    assertEquals(2, parsed.comments().size());
    assertEquals("Second\ncontinued", parsed.comments().get(1).text());
  }
}
