package org.voxpop.query;

import java.util.List;

/** Builds a snippet around the first matched entity mention when the text itself had no match. */
final class Snippets {
  private Snippets() {}

  /**
   * A passage of at most about {@code max} characters: around the first matched mention, with it
   * wrapped in the highlight markers; else the start of the text.
   */
  static String around(String text, List<Hit.MentionView> mentions, int max) {
    for (Hit.MentionView m : mentions) {
      if (m.matched() && m.end() <= text.length()) {
        int from = Math.max(0, m.start() - max / 3);
        // Start on a word: after the first space past the cut, if there is one before the mention.
        int space = from == 0 ? -1 : text.indexOf(' ', from);
        if (space >= 0 && space < m.start()) {
          from = space + 1;
        }
        int to = Math.min(text.length(), Math.max(m.end(), from + max));
        return (from > 0 ? "… " : "")
            + text.substring(from, m.start())
            + VoxpopSearcher.HIGHLIGHT_START
            + text.substring(m.start(), m.end())
            + VoxpopSearcher.HIGHLIGHT_END
            + text.substring(m.end(), to)
            + (to < text.length() ? " …" : "");
      }
    }
    return text.length() <= max ? text : text.substring(0, max) + " …";
  }
}
