package org.voxpop.cli;

import java.util.Locale;

/** Counts as a person reads them: "1 article", "2 articles", "1,538 comments". */
final class Plural {

  private Plural() {}

  /** The count with thousands separators and the noun in the number it needs. */
  static String of(long count, String singular) {
    return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : singular + "s");
  }
}
