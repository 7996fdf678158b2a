package org.voxpop.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden reject lines for input that is not valid JSON: {@code file:line:column}, and a reason in
 * plain words, never Jackson's internals ("[Source: REDACTED (`StreamReadFeature...` disabled)",
 * "(code 105)", "enable `JsonReadFeature...`").
 */
class JsonSyntaxMessagesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`{\"id\": \"a\", \"body\": \"x\"`  | in.jsonl:2:24: MALFORMED_JSON: not valid JSON: the line ends inside the object that opens at column 1: a '}' is missing",
        "`{\"id\": [1, 2`                   | in.jsonl:2:13: MALFORMED_JSON: not valid JSON: the line ends inside the list that opens at column 8: a ']' is missing",
        "`{\"id\": \"abc`                   | in.jsonl:2:12: MALFORMED_JSON: not valid JSON: the line ends inside a string: a closing '\"' is missing",
        "`{id: 1}`                          | in.jsonl:2:2: MALFORMED_JSON: not valid JSON: a field name must be in double quotes, e.g. \"id\", not start with 'i'",
        "`{\"id\" 1}`                       | in.jsonl:2:7: MALFORMED_JSON: not valid JSON: a ':' is missing after a field name, before '1'",
        "`{\"id\": 1 \"b\": 2}`             | in.jsonl:2:10: MALFORMED_JSON: not valid JSON: a ',' is missing between two fields, before '\"'",
        "`{\"id\": 1,}`                     | in.jsonl:2:10: MALFORMED_JSON: not valid JSON: a ',' is followed by no field: remove the last comma",
        "`{\"id\": abc}`                    | in.jsonl:2:8: MALFORMED_JSON: not valid JSON: 'abc' is not a JSON value: text goes in double quotes, and true, false and null are written in lower case",
        "`{\"id\": 'x'}`                    | in.jsonl:2:8: MALFORMED_JSON: not valid JSON: ''' cannot start a value: text goes in double quotes, numbers start with a digit or '-'",
        "`{\"id\": \"a\\qb\"}`              | in.jsonl:2:11: MALFORMED_JSON: not valid JSON: '\\q' is not a JSON escape; write \\\\ for a backslash",
        "`{\"id\": 01}`                     | in.jsonl:2:9: MALFORMED_JSON: not valid JSON: a number may not start with 0",
        "`{\"a\": +1}`                      | in.jsonl:2:8: MALFORMED_JSON: not valid JSON: a number is not written as JSON writes numbers (e.g. -1.5e3; no '+', no '.5', no '1.')",
        "`{\"id\": 1]`                      | in.jsonl:2:9: MALFORMED_JSON: not valid JSON: ']' does not close what is open here; expected '}' to close the object that opens at column 1",
      })
  void aLineThatIsNotJsonIsRejectedWithItsColumnAndAPlainReason(String line, String expected) {
    InputRecord record = JsonRecordParser.parse(line, new SourceLocation("in.jsonl", 2));
    Reject reject = assertInstanceOf(InputRecord.Rejected.class, record).reject();
    assertEquals(expected, reject.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"{\"id\": NaN}", "{\"id\": \"a\u0001\"}", "{\"id\": \"\\u12\"}", "[1}"})
  void noRejectShowsTheParsersInternals(String line) {
    Reject reject =
        ((InputRecord.Rejected) JsonRecordParser.parse(line, new SourceLocation("in.jsonl", 2)))
            .reject();
    for (String internal :
        new String[] {
          "REDACTED", "Source:", "StreamReadFeature", "JsonReadFeature", "(code ", "`"
        }) {
      assertFalse(reject.detail().contains(internal), reject.toString());
    }
  }

  @org.junit.jupiter.api.Test
  void aLimitOfTheWholeLineHasNoColumn() {
    String deep = "{\"a\":" + "[".repeat(1_200) + "]".repeat(1_200) + "}";
    Reject reject =
        ((InputRecord.Rejected) JsonRecordParser.parse(deep, new SourceLocation("in.jsonl", 2)))
            .reject();
    assertEquals(
        "in.jsonl:2: MALFORMED_JSON: not valid JSON: the JSON nests 1,001 levels deep; at most 1,000 are read",
        reject.toString());
  }
}
