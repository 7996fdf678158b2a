package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {
  /** The spellings that dodge filters read back as the word; ordinary words stay as they are. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      scuuuum      | scum
      f.a.g        | fag
      1diot        | idiot
      $cum         | scum
      id1ot        | idiot
      a55hole      | asshole
      creaturrrrre | creature
      moon         | moon
      kill         | kill
      7.62         | 7.62
      2016         | 2016
      u.s          | us
      """)
  void plainSpelling(String written, String plain) {
    assertEquals(plain, Spelling.plain(written));
  }
}
