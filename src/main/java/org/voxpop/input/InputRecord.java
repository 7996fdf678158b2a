package org.voxpop.input;

import java.util.List;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/**
 * One thing an input reader produced: an article (with its thread), a comment that arrived in a
 * separate comment file, or a rejected record. Readers never throw for bad records; they say so.
 */
public sealed interface InputRecord {

  /** Where the record starts in its input. */
  SourceLocation location();

  /**
   * An article with its valid comments, and the comments of its line that were rejected.
   *
   * @param article the article with every comment that passed
   * @param location file and line of the article
   * @param rejectedComments comments of this line that were left out, and why
   * @param warnings what was read with a loss but kept (a date no form reads, kept without it)
   */
  record ArticleRecord(
      Article article,
      SourceLocation location,
      List<Reject> rejectedComments,
      List<String> warnings)
      implements InputRecord {
    public ArticleRecord {
      rejectedComments = List.copyOf(rejectedComments);
      warnings = List.copyOf(warnings);
    }

    /** An article read without warnings. */
    public ArticleRecord(Article article, SourceLocation location, List<Reject> rejectedComments) {
      this(article, location, rejectedComments, List.of());
    }
  }

  /**
   * A comment for an article indexed before or elsewhere in the batch.
   *
   * @param articleId the article the comment belongs to
   * @param comment the comment
   * @param location file and line of the comment
   * @param warnings what was read with a loss but kept
   */
  record CommentRecord(
      String articleId, Comment comment, SourceLocation location, List<String> warnings)
      implements InputRecord {
    public CommentRecord {
      warnings = List.copyOf(warnings);
    }

    /** A comment read without warnings. */
    public CommentRecord(String articleId, Comment comment, SourceLocation location) {
      this(articleId, comment, location, List.of());
    }
  }

  /** A record that was not accepted as a whole. */
  record Rejected(Reject reject) implements InputRecord {
    @Override
    public SourceLocation location() {
      return reject.location();
    }
  }
}
