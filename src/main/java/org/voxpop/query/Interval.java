package org.voxpop.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The width of a timeline period, and how a period is named. Weeks start on Monday (ISO-8601); all
 * dates are UTC.
 */
public enum Interval {
  /** One day, named {@code 2016-06-03}. */
  DAY(ChronoUnit.DAYS),
  /**
   * An ISO week from Monday, named {@code 2016-W22} (the week-based year can differ from the
   * day's).
   */
  WEEK(ChronoUnit.WEEKS),
  /** A calendar month, named {@code 2016-06}. */
  MONTH(ChronoUnit.MONTHS),
  /** A calendar year, named {@code 2016}. */
  YEAR(ChronoUnit.YEARS);

  private final ChronoUnit unit;

  Interval(ChronoUnit unit) {
    this.unit = unit;
  }

  /** The first day of the period that holds {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The first day of the period after the one that starts on {@code start}. */
  public LocalDate next(LocalDate start) {
    return start.plus(1, unit);
  }

  /**
   * How many periods run from the one starting on {@code first} to that on {@code last}, both
   * counted.
   */
  public long periods(LocalDate first, LocalDate last) {
    return unit.between(first, last) + 1;
  }

  /**
   * The period's name as people write it: {@code 2016-06-03}, {@code 2016-W22}, {@code 2016-06} or
   * {@code 2016}.
   */
  public String label(LocalDate start) {
    return switch (this) {
      case DAY -> start.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR),
              start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
      case YEAR -> String.format(Locale.ROOT, "%04d", start.getYear());
    };
  }
}
