package org.voxpop.input;

import java.util.Locale;

/**
 * Limits the reader holds every record to, so that what it accepts can be indexed: one record over
 * a limit is rejected with its own reason, never its neighbours.
 */
public final class InputLimits {

  /**
   * The most UTF-8 bytes an id (of an article or a comment) may take: ids are indexed as single
   * terms, and an index term holds at most 32,766 bytes (Lucene's {@code
   * IndexWriter.MAX_TERM_LENGTH}; this package does not depend on Lucene, a test ties the two).
   */
  public static final int MAX_ID_BYTES = 32_766;

  /**
   * The most comments one article may hold, by default: an article and its comments are indexed as
   * one block, which the engine holds in memory whole while it writes it (about 6 KB a short
   * comment), so one thread of a million comments would need gigabytes. Set the system property
   * {@value #MAX_COMMENTS_PROPERTY} to change it.
   */
  public static final int DEFAULT_MAX_COMMENTS_PER_ARTICLE = 100_000;

  /** The system property that overrides {@link #DEFAULT_MAX_COMMENTS_PER_ARTICLE}. */
  public static final String MAX_COMMENTS_PROPERTY = "voxpop.maxCommentsPerArticle";

  /** How many characters of a value a message repeats before it cuts the rest. */
  public static final int ECHO_CHARS = 80;

  private InputLimits() {}

  /**
   * The most comments one article may hold (read each time, so that it can be changed at run time).
   */
  public static int maxCommentsPerArticle() {
    int max = Integer.getInteger(MAX_COMMENTS_PROPERTY, DEFAULT_MAX_COMMENTS_PER_ARTICLE);
    if (max < 1) {
      throw new IllegalArgumentException(MAX_COMMENTS_PROPERTY + " must be at least 1, not " + max);
    }
    return max;
  }

  /** The length of {@code value} in UTF-8, counted without encoding it. */
  public static long utf8Length(CharSequence value) {
    long bytes = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3; // a lone surrogate is written as the replacement character, three bytes
      }
    }
    return bytes;
  }

  /** Whether {@code id} can be indexed as a term. */
  public static boolean idFits(String id) {
    // a quick pass first: at most three bytes a char, so most ids need no count at all
    return id.length() * 3L <= MAX_ID_BYTES || utf8Length(id) <= MAX_ID_BYTES;
  }

  /**
   * A value as a message repeats it: whole when short, else its first {@link #ECHO_CHARS}
   * characters and how long it was, so that one huge value does not make a huge message.
   */
  public static String echo(String value) {
    return echo(value, ECHO_CHARS);
  }

  /** As {@link #echo(String)}, keeping up to {@code maxChars} characters (a longer message). */
  public static String echo(String value, int maxChars) {
    if (value.length() <= maxChars) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    return String.format(
        Locale.ROOT, "%s… (%,d characters)", value.substring(0, end), value.length());
  }
}
