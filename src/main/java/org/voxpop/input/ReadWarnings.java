package org.voxpop.input;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.voxpop.model.Comment;

/**
 * The warnings of one run's reading: what each record was read with a loss (a date no form reads),
 * and, once per field name in the whole run, a field voxpop does not know, which is kept as an
 * extra field: stored and exported, but not searched or faceted. A misspelt or renamed field
 * ({@code date} for {@code published}) is then said once, not lost in silence nor repeated for
 * every record.
 *
 * <p>For the thread that reads the input; not thread safe.
 */
public final class ReadWarnings {
  private final Set<String> unknownFieldsSaid = new HashSet<>();

  /**
   * Says the warnings of one record.
   *
   * @param record a record just read
   * @param warn takes where, and what to say
   */
  public void report(InputRecord record, BiConsumer<SourceLocation, String> warn) {
    switch (record) {
      case InputRecord.ArticleRecord article -> {
        for (String field : new TreeSet<>(article.article().extra().keySet())) {
          unknown("article", field, record.location(), warn);
        }
        for (Comment comment : article.article().comments()) {
          for (String field : new TreeSet<>(comment.extra().keySet())) {
            unknown("comment", field, record.location(), warn);
          }
        }
        article.warnings().forEach(w -> warn.accept(record.location(), w));
      }
      case InputRecord.CommentRecord comment -> {
        for (String field : new TreeSet<>(comment.comment().extra().keySet())) {
          unknown("comment", field, record.location(), warn);
        }
        comment.warnings().forEach(w -> warn.accept(record.location(), w));
      }
      case InputRecord.Rejected rejected -> {
        // a rejected record says why on its own
      }
    }
  }

  private void unknown(
      String kind, String field, SourceLocation where, BiConsumer<SourceLocation, String> warn) {
    if (unknownFieldsSaid.add(kind + '\u0000' + field)) {
      warn.accept(
          where,
          kind
              + " field '"
              + InputLimits.echo(field)
              + "' is not one voxpop reads: it is kept as an extra"
              + " field (stored and exported, not searched or faceted)"
              + hint(kind, field)
              + "; said once for all records");
    }
  }

  /** What a field that looks like a known one under another name should be called. */
  private static String hint(String kind, String field) {
    String name = field.toLowerCase(Locale.ROOT);
    boolean dateLike =
        name.contains("date")
            || name.contains("time")
            || name.endsWith("_at")
            || name.equals("created");
    if (dateLike) {
      return kind.equals("article")
          ? "; if it is the publication date, name it 'published'"
          : "; if it is when the comment was posted, name it 'posted'";
    }
    return "";
  }
}
