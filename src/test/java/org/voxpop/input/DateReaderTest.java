package org.voxpop.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date forms of news feeds that `voxpop index` reads, and what it says of one it cannot read.
 */
class DateReaderTest {

  private static final Path DATES = Path.of("src/test/resources/org/voxpop/input/dates.jsonl");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ISO date | 1987-02-26 | 1987-02-26T00:00Z",
        "ISO with offset | 1987-02-26T16:01:01+01:00 | 1987-02-26T16:01:01+01:00",
        "ISO with compact offset | 1987-02-26T16:01:01+0100 | 1987-02-26T16:01:01+01:00",
        "ISO zulu with fraction | 1987-02-26T15:01:01.250Z | 1987-02-26T15:01:01.250Z",
        "ISO without zone is UTC | 1987-02-26T15:01:01 | 1987-02-26T15:01:01Z",
        "ISO with a space | 1987-02-26 15:01:01 | 1987-02-26T15:01:01Z",
        "ISO with a zone id | 1987-02-26T15:01:01+01:00[Europe/Paris] | 1987-02-26T15:01:01+01:00",
        "RFC 1123 | 'Thu, 26 Feb 1987 15:01:01 GMT' | 1987-02-26T15:01:01Z",
        "RFC 1123 offset | 'Thu, 26 Feb 1987 16:01:01 +0100' | 1987-02-26T16:01:01+01:00",
        "RFC 822 zone, lower case | 'thu, 26 feb 1987 10:01:01 est' | 1987-02-26T10:01:01-05:00",
        "RFC 1123 without weekday | '26 Feb 1987 15:01 GMT' | 1987-02-26T15:01Z",
        "newswire | 26-FEB-1987 15:01:01.79 | 1987-02-26T15:01:01.790Z",
        "newswire date only | 26-Feb-1987 | 1987-02-26T00:00Z",
        "newswire padded | ' 3-MAR-1987  09:15:05.40' | 1987-03-03T09:15:05.400Z",
        "epoch seconds | 541350061 | 1987-02-26T15:01:01Z",
        "epoch milliseconds | 541350061000 | 1987-02-26T15:01:01Z",
        "year 9999 | 9999-12-31 | 9999-12-31T00:00Z",
        "year 10000 | +10000-01-01 | +10000-01-01T00:00Z"
      })
  void readsTheDateFormsOfNewsFeeds(String name, String value, String expected) {
    assertEquals(expected, DateReader.standard().read(value).toString());
  }

  @Test
  void theShortcutForTheCommonFormReadsWhatTheFormattersRead() {
    int read = 0;
    for (String date :
        List.of(
            "2017-03-26",
            "0000-01-01",
            "9999-12-31",
            "2016-02-29",
            "2017-02-29",
            "2017-02-30",
            "2017-13-01",
            "2017-00-10",
            "2017-04-31",
            "2017-1-01",
            "201a-03-26")) {
      for (String time :
          List.of(
              "T12:51",
              "T00:00",
              "T23:59:59",
              "T24:00",
              "T12:60",
              "T12:51:60",
              "T12:51:05",
              "t12:51",
              " 12:51",
              "T12:51:5",
              "T1:51",
              "T12:51:05.250")) {
        for (String zone :
            List.of(
                "Z",
                "z",
                "+01:00",
                "-00:00",
                "-05:30",
                "+18:00",
                "+18:01",
                "+19:00",
                "+01:60",
                "+0100",
                "+01",
                "",
                "Z ",
                "+01:00[Europe/Paris]",
                "+1:00")) {
          String value = date + time + zone;
          Optional<java.time.OffsetDateTime> fast = DateReader.commonIso(value);
          java.time.OffsetDateTime slow;
          try {
            slow = DateReader.standard().readForms(value);
          } catch (DateTimeException e) {
            slow = null;
          }
          if (fast.isPresent()) {
            assertEquals(slow, fast.get(), value);
            read++;
          }
        }
      }
    }
    assertEquals(4 * 4 * 5, read); // the valid dates, times and zones of the lists above
  }

  @Test
  void refusesWhatIsNoDate() {
    for (String value :
        List.of(
            "last Tuesday",
            "26-FOO-1987",
            "1987-02-30",
            "2017",
            "20170226",
            "Thu, 26 Feb 1987 15:01:01 XYZ")) {
      assertThrows(DateTimeException.class, () -> DateReader.standard().read(value), value);
    }
  }

  @Test
  void monthAndDayNamesReadTheSameUnderATurkishDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      // Turkish upper-cases i to a dotted İ: "fri" and "FRI" must still be Friday
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(
          "1987-02-27T15:01:01Z",
          DateReader.standard().read("fri, 27 feb 1987 15:01:01 gmt").toString());
      assertEquals(
          "1987-02-27T15:01:01Z",
          DateReader.standard().read("FRI, 27 FEB 1987 15:01:01 GMT").toString());
      assertEquals(
          "1987-02-26T15:01:01.790Z",
          DateReader.standard().read("26-feb-1987 15:01:01.79").toString());
      assertEquals(
          "1987-04-26T00:00Z",
          DateReader.withPattern("d MMMM yyyy").read("26 APRIL 1987").toString());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aPatternOfTheUsersComesFirstWithTheStandardFormsAfterIt() {
    DateReader dayFirst = DateReader.withPattern("dd/MM/yyyy HH:mm");
    assertEquals("1987-02-03T15:01Z", dayFirst.read("03/02/1987 15:01").toString());
    assertEquals("1987-02-26T00:00Z", dayFirst.read("1987-02-26").toString());
    assertEquals(
        "1987-02-26T15:01+01:00",
        DateReader.withPattern("dd.MM.yyyy HH:mm xx").read("26.02.1987 15:01 +0100").toString());
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> DateReader.withPattern("dd-MMM-yyyy {"));
    assertTrue(
        bad.getMessage().startsWith("--date-format 'dd-MMM-yyyy {' is not a date pattern"),
        bad.getMessage());
  }

  @Test
  void theDatesFixtureGivesEveryReadableDateAndAWarningForTheOtherThatKeepsTheArticle()
      throws IOException {
    List<String> published = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    ReadWarnings said = new ReadWarnings();
    try (JsonLinesReader reader = JsonLinesReader.open(DATES, DateReader.standard())) {
      for (InputRecord record : reader.records()) {
        InputRecord.ArticleRecord article = (InputRecord.ArticleRecord) record;
        published.add(
            article.article().id()
                + " "
                + article.article().published().map(Object::toString).orElse("-"));
        said.report(record, (where, message) -> warnings.add(where + ": " + message));
      }
    }
    assertEquals(
        List.of(
            "iso-date 1987-02-26T00:00Z",
            "iso-zone 1987-02-26T16:01:01+01:00",
            "iso-no-zone 1987-02-26T15:01:01Z",
            "rfc-1123 1987-02-26T15:01:01Z",
            "rfc-822-est 1987-02-26T10:01:01-05:00",
            "newswire 1987-02-26T15:01:01.790Z",
            "epoch-seconds 1987-02-26T15:01:01Z",
            "epoch-millis 1987-02-26T15:01:01Z",
            "unreadable -",
            "renamed-1 1987-02-26T15:01:01.790Z",
            "renamed-2 1987-02-27T09:00Z",
            "renamed-bad -",
            "updated -"),
        published);
    assertEquals(
        List.of(
            DATES
                + ":9: article unreadable: published 'last Tuesday' is not a date voxpop reads (ISO 8601, RFC 1123 (Thu, 26 Feb"
                + " 1987 15:01:01 GMT), 26-FEB-1987 15:01:01.79, or epoch seconds/milliseconds; or give --date-format); kept without a date",
            DATES
                + ":10: article field 'topics' is not one voxpop reads: it is kept as an extra field (stored and exported, not"
                + " searched or faceted); said once for all records",
            DATES
                + ":11: comment field 'flag' is not one voxpop reads: it is kept as an extra field (stored and exported, not"
                + " searched or faceted); said once for all records",
            DATES
                + ":12: article field 'date' is not one voxpop reads: it is kept as an extra field (stored and exported, not"
                + " searched or faceted); if it is the publication date, name it 'published'; said once for all records",
            DATES
                + ":12: article renamed-bad: date 'sometime in 1987' is not a date voxpop reads (ISO 8601, RFC 1123 (Thu, 26 Feb"
                + " 1987 15:01:01 GMT), 26-FEB-1987 15:01:01.79, or epoch seconds/milliseconds; or give --date-format); kept without a date",
            DATES
                + ":13: article field 'updated_at' is not one voxpop reads: it is kept as an extra field (stored and exported, not"
                + " searched or faceted); if it is the publication date, name it 'published'; said once for all records"),
        warnings,
        "one warning per unknown field name in the whole run, not one per record");
  }

  @Test
  void aDateUnderAnotherNameOfFeedsIsThePublicationDateAndRoundTrips() {
    InputRecord record =
        JsonRecordParser.parse(
            "{\"id\":\"r\",\"body\":\"b\",\"date\":\"26-FEB-1987 15:01:01.79\",\"places\":[\"usa\"]}",
            new SourceLocation("x", 1));
    var article = ((InputRecord.ArticleRecord) record).article();
    assertEquals(
        Optional.of("1987-02-26T15:01:01.790Z"), article.published().map(Object::toString));
    assertEquals(
        java.util.Set.of("places"), article.extra().keySet(), "the date is read, not kept twice");
    assertEquals(article, ArticleJson.fromJsonLine(ArticleJson.toJsonLine(article)));
    InputRecord both =
        JsonRecordParser.parse(
            "{\"id\":\"r\",\"body\":\"b\",\"published\":\"1987-03-01\",\"date\":\"26-FEB-1987\"}",
            new SourceLocation("x", 1));
    var second = ((InputRecord.ArticleRecord) both).article();
    assertEquals(
        Optional.of("1987-03-01T00:00Z"),
        second.published().map(Object::toString),
        "published wins");
    assertEquals("26-FEB-1987", second.extra().get("date"));
  }

  @Test
  void aDateFormatReadsWhatTheStandardFormsCannot() {
    DateReader reader = DateReader.withPattern("'week of' d MMM yyyy");
    InputRecord record =
        JsonRecordParser.parse(
            "{\"id\":\"w\",\"body\":\"b\",\"published\":\"week of 2 MAR 1987\"}",
            new SourceLocation("x", 1),
            reader);
    assertEquals(
        Optional.of("1987-03-02T00:00Z"),
        ((InputRecord.ArticleRecord) record).article().published().map(Object::toString));
  }
}
