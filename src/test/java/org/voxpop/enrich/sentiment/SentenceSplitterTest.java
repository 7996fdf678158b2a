package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence splitting on comment text; sentences are separated by " | " in the table. */
class SentenceSplitterTest {
  private static String split(String text) {
    int[] s = SentenceSplitter.split(text);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < s.length; k += 2) {
      out.add(text.substring(s[k], s[k + 1]));
    }
    return String.join(" | ", out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
      bidding….. only an idiot would not see this for what it is…. these people executed  # bidding….. | only an idiot would not see this for what it is…. | these people executed
      The US has messed up the whole world.. Lives lost can't come back ever..          # The US has messed up the whole world.. | Lives lost can't come back ever..
      precious lives.. !! Human lives                                                   # precious lives.. !! | Human lives
      you leave!!! Next one                                                             # you leave!!! | Next one
      it was great.The rest was awful                                                   # it was great. | The rest was awful
      the truth,but keep leaving comments                                               # the truth,but keep leaving comments
      U.S. troops left. Then what?                                                      # U.S. troops left. | Then what?
      Mr. Smith went to Washington. He was happy.                                      # Mr. Smith went to Washington. | He was happy.
      with all that B.S. You blame yourself                                             # with all that B.S. | You blame yourself
      Is this it?! Yes                                                                  # Is this it?! | Yes
      It is 3.5 percent. Fine                                                           # It is 3.5 percent. | Fine
      He said "stop." Then left                                                         # He said "stop." | Then left
      """)
  void splits(String text, String expected) {
    assertEquals(expected, split(text));
  }

  @ParameterizedTest(name = "line breaks")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
      no stop here # no stop here
      """)
  void lineBreaksEndSentences(String text, String expected) {
    assertEquals(expected + " | next line", split(text + "\r\nnext line"));
  }
}
