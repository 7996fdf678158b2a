package org.voxpop.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the dates of news feeds into date-times: ISO 8601 with or without a zone (a date alone is
 * midnight UTC, a time without a zone is UTC), RFC 1123 / RFC 822 ({@code Thu, 26 Feb 1987 15:01:01
 * GMT}), the newswire form {@code 26-FEB-1987 15:01:01.79}, and epoch seconds or milliseconds given
 * as numbers; optionally first a user's own {@link DateTimeFormatter} pattern.
 *
 * <p>Month and day names are English and matched without regard to case, whatever the JVM's default
 * locale (a Turkish default upper-cases {@code i} to a dotted {@code İ}): every formatter here is
 * built with {@link #NAMES} and compares text case-insensitively itself. Not {@link Locale#ROOT}:
 * its full month names are the abbreviations ({@code MMMM} gives "Apr").
 */
public final class DateReader {

  /**
   * Numbers up to this are epoch seconds, above it milliseconds: 10^11 seconds is the year 5138,
   * 10^11 milliseconds is March 1973, earlier than any news archive voxpop is for.
   */
  private static final long SECONDS_UP_TO = 100_000_000_000L;

  /** The language of month and day names: English, as in the feeds voxpop reads. */
  private static final Locale NAMES = Locale.ENGLISH;

  /**
   * Epoch seconds or milliseconds of 9 digits or more (from March 1973 on): a shorter number is
   * more likely a year ("2017") or a compact date ("20170226") than a moment of the 1970s.
   */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern EPOCH = Pattern.compile("\\d{9,18}");

  private static final DateTimeFormatter ISO =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendPattern("['T'][' ']")
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendLiteral('[')
          .appendZoneRegionId()
          .appendLiteral(']')
          .optionalEnd()
          .optionalEnd()
          .toFormatter(NAMES)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  /** RFC 822's zone names, which feeds still use; anything else must be an offset. */
  private static final Map<String, String> RFC_822_ZONES =
      Map.of(
          "GMT", "+00:00", "UT", "+00:00", "UTC", "+00:00", "Z", "+00:00", "EST", "-05:00", "EDT",
          "-04:00", "CST", "-06:00", "CDT", "-05:00", "MST", "-07:00", "MDT", "-06:00");

  private static final DateTimeFormatter RFC_1123 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .optionalStart()
          .appendPattern("EEE")
          .appendLiteral(',')
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalEnd()
          .appendPattern("d MMM yyyy HH:mm[:ss]")
          .toFormatter(NAMES)
          .withResolverStyle(ResolverStyle.SMART);

  private static final DateTimeFormatter NEWSWIRE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-yyyy[ HH:mm[:ss]]")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .toFormatter(NAMES);

  private static final DateReader STANDARD = new DateReader(Optional.empty(), Optional.empty());

  private final Optional<DateTimeFormatter> custom;
  private final Optional<String> pattern;

  private DateReader(Optional<DateTimeFormatter> custom, Optional<String> pattern) {
    this.custom = custom;
    this.pattern = pattern;
  }

  /** The forms of news feeds listed above. */
  public static DateReader standard() {
    return STANDARD;
  }

  /**
   * The user's {@link DateTimeFormatter} pattern first (month and day names in English, any case),
   * then the standard forms. Without a zone in the pattern a time is UTC; without a time, midnight.
   *
   * @throws IllegalArgumentException when the pattern is not a valid pattern
   */
  public static DateReader withPattern(String pattern) {
    DateTimeFormatter formatter;
    try {
      formatter =
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern(pattern)
              .toFormatter(NAMES);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--date-format '" + pattern + "' is not a date pattern: " + e.getMessage(), e);
    }
    return new DateReader(Optional.of(formatter), Optional.of(pattern));
  }

  /** The forms this reader accepts, for the message of a date it could not read. */
  public String accepted() {
    String standard =
        "ISO 8601, RFC 1123 (Thu, 26 Feb 1987 15:01:01 GMT), 26-FEB-1987 15:01:01.79, or epoch seconds/milliseconds";
    return pattern.map(p -> "the pattern '" + p + "', " + standard).orElse(standard);
  }

  /**
   * The date-time a value stands for.
   *
   * @param value the text of a JSON string, or the digits of a JSON number
   * @throws DateTimeException when no accepted form reads it
   */
  public OffsetDateTime read(String value) {
    if (custom.isEmpty()) {
      Optional<OffsetDateTime> common = commonIso(value);
      if (common.isPresent()) {
        return common.get();
      }
    }
    return readForms(value);
  }

  /** {@link #read} by the formatters alone, without {@link #commonIso}'s shortcut. */
  OffsetDateTime readForms(String value) {
    // feeds pad: the Reuters archive writes "3-MAR-1987  09:15:05.40" with two spaces
    String text = SPACES.matcher(value.strip()).replaceAll(" ");
    if (custom.isPresent()) {
      try {
        return resolve(
            custom
                .get()
                .parseBest(
                    text,
                    OffsetDateTime::from,
                    ZonedDateTime::from,
                    LocalDateTime::from,
                    LocalDate::from));
      } catch (DateTimeException notThisForm) {
        // the standard forms may still read it
      }
    }
    if (EPOCH.matcher(text).matches()) {
      long number = Long.parseLong(text);
      Instant instant =
          number <= SECONDS_UP_TO ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
      return instant.atOffset(ZoneOffset.UTC);
    }
    for (DateTimeFormatter form : List.of(ISO, NEWSWIRE)) {
      try {
        return resolve(
            form.parseBest(
                text,
                OffsetDateTime::from,
                ZonedDateTime::from,
                LocalDateTime::from,
                LocalDate::from));
      } catch (DateTimeException notThisForm) {
        // try the next form
      }
    }
    return rfc1123(text);
  }

  /**
   * The form nearly every feed and comment writes, {@code 2017-03-26T12:51Z}, with or without
   * seconds and with {@code Z} or an offset such as {@code +01:00}, read without the formatters:
   * java.time's parser copies its fields into maps for each optional section, a few percent of
   * indexing. Empty for any other text, which the formatters then read (or refuse: an impossible
   * date or time such as 2017-02-30 is refused by {@link OffsetDateTime#of} here and left to them).
   * Where this reads a value, {@link #ISO} reads the same date-time ({@code DateReaderTest}).
   */
  static Optional<OffsetDateTime> commonIso(String s) {
    int n = s.length();
    if (n < 17
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':') {
      return Optional.empty();
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = 0;
    int zone = 16;
    if (s.charAt(16) == ':' && n >= 20) {
      second = digits(s, 17, 19);
      zone = 19;
    }
    if ((year | month | day | hour | minute | second) < 0) {
      return Optional.empty();
    }
    try {
      ZoneOffset offset;
      if (n == zone + 1 && s.charAt(zone) == 'Z') {
        offset = ZoneOffset.UTC;
      } else if (n == zone + 6
          && (s.charAt(zone) == '+' || s.charAt(zone) == '-')
          && s.charAt(zone + 3) == ':') {
        int sign = s.charAt(zone) == '-' ? -1 : 1;
        int oh = digits(s, zone + 1, zone + 3);
        int om = digits(s, zone + 4, zone + 6);
        if ((oh | om) < 0) {
          return Optional.empty();
        }
        offset = ZoneOffset.ofHoursMinutes(sign * oh, sign * om);
      } else {
        return Optional.empty();
      }
      return Optional.of(OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset));
    } catch (DateTimeException outOfRange) {
      return Optional.empty();
    }
  }

  /** The number the ASCII digits {@code s[from, to)} spell, or -1 when one is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * RFC 1123 with its zone split off first: a named zone of RFC 822, or an offset such as +0100.
   */
  private static OffsetDateTime rfc1123(String text) {
    int space = text.lastIndexOf(' ');
    if (space < 0) {
      throw new DateTimeException("not a date: " + text);
    }
    String zone = text.substring(space + 1).toUpperCase(Locale.ROOT);
    String offset = RFC_822_ZONES.get(zone);
    if (offset == null) {
      offset = zone.matches("[+-]\\d{4}") ? zone.substring(0, 3) + ":" + zone.substring(3) : null;
    }
    if (offset == null) {
      throw new DateTimeException("not a date: " + text);
    }
    LocalDateTime local = LocalDateTime.from(RFC_1123.parse(text.substring(0, space).strip()));
    return local.atOffset(ZoneOffset.of(offset));
  }

  private static OffsetDateTime resolve(TemporalAccessor parsed) {
    return switch (parsed) {
      case OffsetDateTime offset -> offset;
      case ZonedDateTime zoned -> zoned.toOffsetDateTime();
      case LocalDateTime local -> local.atOffset(ZoneOffset.UTC);
      case LocalDate date -> date.atStartOfDay().atOffset(ZoneOffset.UTC);
      default -> throw new DateTimeException("not a date-time: " + parsed);
    };
  }
}
