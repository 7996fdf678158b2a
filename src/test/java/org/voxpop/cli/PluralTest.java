package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the CLI's summary lines say for one, none and many. */
class PluralTest {
  @Test
  void oneIsSingularOtherCountsArePlural() {
    assertEquals("1 article", Plural.of(1, "article"));
    assertEquals("0 hits", Plural.of(0, "hit"));
    assertEquals("1,538 comments", Plural.of(1538, "comment"));
  }
}
