package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;

/**
 * {@code voxpop timeline} and the date facets as a reader sees them on {@code index-fixtures/}:
 * periods named 2015-06, empty ones listed as 0, dates in date order (issue 19, item 6).
 */
class TimelineCommandTest {

  private static CliTest.Run run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = "--index=" + FixtureIndex.dir();
    System.arraycopy(args, 1, all, 2, args.length - 1);
    CliTest.Run run = CliTest.run(all);
    assertEquals(0, run.code(), run.err());
    return run;
  }

  @Test
  void yearsAreAGoldenTable() {
    assertEquals(
        """
        year  comments  articles  mean sentiment
        ----  --------  --------  --------------
        2015       157         1          -0.044
        2016      1371         9          -0.037
        2017         9         2          -0.419
        """,
        run("timeline", "--interval", "year").out().replace("\r\n", "\n"));
  }

  @Test
  void monthsAreNamedLikeThisAndTheEmptyOnesShowAsZero() {
    List<String> lines = run("timeline").out().lines().toList();
    assertEquals("month    comments  articles  mean sentiment", lines.get(0));
    assertEquals("2015-06       157         1          -0.044", lines.get(2));
    assertEquals(
        "2015-07         0         0",
        lines.get(3),
        "a month without comments, no trailing blanks");
    assertEquals("2016-03       141         1          +0.011", lines.get(11));
    assertEquals(2 + 30, lines.size(), "every month from 2015-06 to 2017-11");
    assertTrue(
        lines.get(lines.size() - 1).startsWith("2017-11         9"), lines.get(lines.size() - 1));
  }

  @Test
  void csvAndJsonNameThePeriodAndItsFirstDay() {
    List<String> csv = run("timeline", "--format", "csv").out().lines().toList();
    assertEquals(
        "period,start,comments,articles,mean_compound,negative,neutral,positive,net_stance",
        csv.get(0));
    assertEquals("2015-07,2015-07-01,0,0,,0,0,0,", csv.get(2));
    String json = run("timeline", "--interval", "week", "--format", "json").out();
    assertTrue(json.contains("\"period\" : \"2015-W26\","), json);
    assertTrue(json.contains("\"period\" : \"2015-W27\","), "the empty week after: " + json);
  }

  @Test
  void wrongIntervalNamesTheFourThereAre() {
    CliTest.Run run =
        CliTest.run("timeline", "--index=" + FixtureIndex.dir(), "--interval", "fortnight");
    assertEquals(1, run.code());
    assertTrue(
        run.err().contains("--interval is day, week, month or year, not 'fortnight'"), run.err());
  }

  @Test
  void theMonthsOfAYearAreInDateOrder() {
    String out = run("facets", "--dims", "published", "--path", "published=2016").out();
    List<String> months =
        out.lines().filter(l -> l.matches("\\d\\d\\s.*")).map(l -> l.substring(0, 2)).toList();
    assertEquals(List.of("03", "06", "07", "08"), months, out);
    String years = run("facets", "--dims", "published").out();
    List<String> order =
        years
            .lines()
            .filter(l -> l.matches("\\s*\\d{4}\\s.*"))
            .map(l -> l.trim().substring(0, 4))
            .toList();
    assertEquals(List.of("2015", "2016", "2017"), order, years);
  }
}
