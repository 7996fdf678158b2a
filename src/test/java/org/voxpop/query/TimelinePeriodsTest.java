package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.FixtureIndex;
import org.voxpop.Voxpop;
import org.voxpop.enrich.entity.Gazetteer;

/**
 * A timeline is a time axis: every period from the first match to the last, the empty ones as
 * zeros, named as people write them (issue 19, item 6). Golden values over {@code index-fixtures/}.
 */
class TimelinePeriodsTest {
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  private static List<TimelineBucket> timeline(Interval interval) throws IOException {
    return searcher.timeline(SearchRequest.builder("").build(), interval, Optional.empty());
  }

  @Test
  void everyMonthFromTheFirstMatchToTheLastIsListedTheEmptyOnesAsZero() throws IOException {
    List<TimelineBucket> months = timeline(Interval.MONTH);
    assertEquals(30, months.size(), "2015-06 to 2017-11");
    LocalDate first = LocalDate.of(2015, 6, 1);
    for (int i = 0; i < months.size(); i++) {
      LocalDate start = first.plusMonths(i);
      assertEquals(start.toString(), months.get(i).start());
      assertEquals(start.toString().substring(0, 7), months.get(i).period());
    }
    assertEquals(
        new TimelineBucket("2015-07", "2015-07-01", 0, 0, Optional.empty(), 0, 0, 0),
        months.get(1),
        "the month after the first has no comment and is still there");
    assertEquals(
        List.of("2015-06", "2016-03", "2016-06", "2016-07", "2016-08", "2017-11"),
        months.stream().filter(b -> b.comments() > 0).map(TimelineBucket::period).toList());
  }

  @Test
  void periodsAreNamedAsPeopleWriteThem() throws IOException {
    assertEquals(
        List.of("2015", "2016", "2017"),
        timeline(Interval.YEAR).stream().map(TimelineBucket::period).toList());
    assertEquals(
        List.of(157, 1371, 9),
        timeline(Interval.YEAR).stream().map(TimelineBucket::comments).toList());
    assertEquals("2015-W26", timeline(Interval.WEEK).get(0).period());
    List<TimelineBucket> days = timeline(Interval.DAY);
    assertEquals("2015-06-25", days.get(0).period());
    assertEquals("2015-06-26", days.get(1).period());
    assertEquals(
        1537,
        days.stream().mapToInt(TimelineBucket::comments).sum(),
        "filling the gaps adds no comment");
    // The week of 3 January 2021 is the last of 2020, as an ISO calendar names it.
    assertEquals("2020-W53", Interval.WEEK.label(Interval.WEEK.start(LocalDate.of(2021, 1, 3))));
  }

  @Test
  void aTimelineOfMoreThanFiveThousandPeriodsIsRefusedWithAWayOut(@TempDir Path tmp)
      throws IOException {
    Path input = tmp.resolve("wire.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"old\",\"source\":\"Wire\",\"title\":\"Old news\",\"body\":\"Markets closed.\",\"published\":\"1990-01-02T10:00:00Z\"}\n"
            + "{\"id\":\"new\",\"source\":\"Wire\",\"title\":\"New news\",\"body\":\"Markets opened.\",\"published\":\"2017-11-13T10:00:00Z\"}\n",
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("idx");
    Voxpop.index(index, List.of(input));
    try (VoxpopSearcher wire = VoxpopSearcher.open(index, Gazetteer.defaultGazetteer())) {
      SearchRequest articles = SearchRequest.builder("").scope(Scope.ARTICLES).build();
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> wire.timeline(articles, Interval.DAY, Optional.empty()));
      assertTrue(e.getMessage().contains("10,178 days (1990-01-02 to 2017-11-13)"), e.getMessage());
      assertTrue(e.getMessage().contains("use a wider interval"), e.getMessage());
      List<TimelineBucket> months = wire.timeline(articles, Interval.MONTH, Optional.empty());
      assertEquals(335, months.size(), "1990-01 to 2017-11");
      assertEquals(2, months.stream().mapToInt(TimelineBucket::articles).sum());
    }
  }
}
