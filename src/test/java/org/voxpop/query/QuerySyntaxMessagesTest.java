package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxpop.enrich.entity.Gazetteer;

/**
 * Golden messages for query syntax errors: what a journalist reads when a query does not parse is a
 * sentence in plain words and the column it is about, never the parser's own text ("Lexical error
 * at line 1, column 10. Encountered: &lt;EOF&gt; after prefix...").
 */
class QuerySyntaxMessagesTest {
  private final QueryTranslator translator = new QueryTranslator(Gazetteer.defaultGazetteer());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`\"Barack Obama`              | 1  | missing closing quote: the phrase that starts here is never closed",
        "`Obama AND \"White House`     | 11 | missing closing quote: the phrase that starts here is never closed",
        "`text:/abc`                   | 6  | missing closing slash: the regular expression that starts here is never closed",
        "`Obama AND`                   | 7  | AND needs a term after it",
        "`Obama OR`                    | 7  | OR needs a term after it",
        "`Obama AND OR Trump`          | 7  | AND needs a term after it",
        "`Obama &&`                    | 7  | '&&' needs a term after it",
        "`NOT`                         | 1  | NOT needs a term after it",
        "`+`                           | 1  | '+' needs a term after it",
        "`(Obama AND)`                 | 8  | AND needs a term after it",
        "`AND Obama`                   | 1  | AND needs a term before it",
        "`(Raqqa OR Mosul`             | 1  | unbalanced parenthesis: this '(' is never closed",
        "`(a) AND (Raqqa OR Mosul`     | 9  | unbalanced parenthesis: this '(' is never closed",
        "`Raqqa)`                      | 6  | unbalanced parenthesis: this ')' has no '(' before it",
        "`()`                          | 1  | the parentheses hold nothing",
        "`entity:`                     | 7  | 'entity:' needs a value after the colon, e.g. entity:Obama",
        "`:Obama`                      | 1  | a colon needs a field name before it, e.g. entity:Obama (to search for a colon, write \\:)",
        "`Obama^`                      | 6  | '^' needs a number after it, e.g. Obama^2",
        "`published:[2017-01 TO`       | 11 | the range is not finished: write it as [FROM TO TO], e.g. published:[2017-01 TO 2017-06]",
        "`Obama\\`                     | 6  | a backslash at the end escapes nothing; write \\\\ to search for a backslash",
      })
  void aSyntaxErrorSaysWhatIsWrongAndWhere(String query, int column, String reason) {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> translator.translate(query));
    assertEquals("query syntax error at column " + column + ": " + reason, e.getMessage());
    assertEquals(column, e.column().orElseThrow());
    assertEquals("  " + query + "\n  " + " ".repeat(column - 1) + "^", e.pointer());
  }

  @Test
  void noMessageShowsTheParsersOwnText() {
    for (String query :
        new String[] {
          "\"abc", "a OR OR b", "[a TO", "x:y:", "a && || b", "((a)", "title:\"foo", "-", "!"
        }) {
      QuerySyntaxException e =
          assertThrows(QuerySyntaxException.class, () -> translator.translate(query), query);
      for (String internal :
          new String[] {
            "Lexical", "Encountered", "<EOF>", "lexical state", "Cannot parse", "Was expecting"
          }) {
        assertFalse(e.getMessage().contains(internal), query + " -> " + e.getMessage());
      }
    }
  }

  @Test
  void voxpopsOwnChecksKeepTheirSentenceAndHaveNoColumn() {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> translator.translate("colour:red"));
    assertEquals(
        "query syntax error: unknown field 'colour'; fields are: "
            + String.join(", ", QueryTranslator.FIELDS),
        e.getMessage());
    assertFalse(e.column().isPresent());
    assertEquals("", e.pointer());
  }
}
