package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tokens as the training corpora have them, offsets into the original text, sentences. */
class TokenizerTest {

  static List<String> tokens(String text) {
    Tokens t = Tokenizer.tokenize(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      assertEquals(t.token(i), text.substring(t.start()[i], t.end()[i]));
      out.add(t.token(i));
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Assad's forces don't|Assad 's forces do n't",
        "the U.S. Agriculture Dept. said|the U.S. Agriculture Dept. said",
        "Mr. Smith met J. Doe in St. Louis.|Mr. Smith met J. Doe in St. Louis .",
        "US-backed fighters took 4,000 km.|US-backed fighters took 4,000 km .",
        "@CarpeNoctem see #Aleppo http://t.co/x1.|@CarpeNoctem see #Aleppo http://t.co/x1 .",
        "mail someone@example.com now|mail someone @ example.com now",
        "the truth,but keep leaving!!!|the truth , but keep leaving !!!",
        "Iran & America & Russia…they came|Iran & America & Russia … they came",
        "Germany 's call , he said|Germany 's call , he said"
      })
  void splitsAsTheCorporaDo(String text, String expected) {
    assertEquals(List.of(expected.split(" ")), tokens(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The US has messed up the world.. Lives lost can't come back.|0,8",
        "He said so. then he left|0",
        "Why? Because!|0,2",
        "First line\\n\\nSecond paragraph|0,2"
      })
  void sentences(String text, String starts) {
    Tokens t = Tokenizer.tokenize(text.replace("\\n", "\n"));
    int[] expected =
        java.util.Arrays.stream(starts.split(",")).mapToInt(Integer::parseInt).toArray();
    assertArrayEquals(expected, t.sentenceStarts());
  }
}
