package org.voxpop.input;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/**
 * Stand-alone comment records merged into the stored version of their article: the rule every
 * writer (the Lucene indexer, the OpenSearch loader) applies, with the same rejects.
 *
 * <p>A comment with an existing id replaces it. Replies may arrive before their parents: whatever
 * can hang on the thread is taken, round after round, until nothing more can; what is left names a
 * parent that never came and is rejected as {@link RejectReason#UNKNOWN_PARENT}.
 *
 * @param article the article with the merged comments
 * @param applied the records merged, in the order they were taken
 * @param rejects the records left out, and why
 */
public record CommentMerge(
    Article article, List<InputRecord.CommentRecord> applied, List<Reject> rejects) {
  public CommentMerge {
    applied = List.copyOf(applied);
    rejects = List.copyOf(rejects);
  }

  /** Merges comment records, all naming {@code stored}'s id, into {@code stored}. */
  public static CommentMerge of(Article stored, List<InputRecord.CommentRecord> records) {
    Map<String, Comment> merged = new LinkedHashMap<>();
    stored.comments().forEach(c -> merged.put(c.id(), c));
    List<InputRecord.CommentRecord> applied = new ArrayList<>();
    List<InputRecord.CommentRecord> waiting = new ArrayList<>(records);
    List<Reject> rejects = new ArrayList<>();
    int max = InputLimits.maxCommentsPerArticle();
    // Comments refused for the limit: their replies are refused for it too, not as orphans.
    java.util.Set<String> refused = new java.util.HashSet<>();
    boolean progress = true;
    while (progress && !waiting.isEmpty()) {
      progress = false;
      for (Iterator<InputRecord.CommentRecord> it = waiting.iterator(); it.hasNext(); ) {
        InputRecord.CommentRecord c = it.next();
        String parent = c.comment().parentId().orElse(null);
        if (parent != null && refused.contains(parent) && !merged.containsKey(parent)) {
          it.remove();
          progress = true;
          refused.add(c.comment().id());
          rejects.add(
              new Reject(
                  c.location(),
                  RejectReason.TOO_MANY_COMMENTS,
                  String.format(
                      Locale.ROOT,
                      "comment '%s' replies to comment '%s', refused because article '%s' holds the most comments an"
                          + " article may hold (system property %s)",
                      InputLimits.echo(c.comment().id()),
                      InputLimits.echo(parent),
                      InputLimits.echo(stored.id()),
                      InputLimits.MAX_COMMENTS_PROPERTY)));
          continue;
        }
        if (parent == null || merged.containsKey(parent)) {
          it.remove();
          progress = true;
          if (merged.size() >= max && !merged.containsKey(c.comment().id())) {
            rejects.add(
                new Reject(
                    c.location(),
                    RejectReason.TOO_MANY_COMMENTS,
                    String.format(
                        Locale.ROOT,
                        "comment '%s': article '%s' holds %,d comments, the most an article may hold (system property %s)",
                        InputLimits.echo(c.comment().id()),
                        InputLimits.echo(stored.id()),
                        merged.size(),
                        InputLimits.MAX_COMMENTS_PROPERTY)));
            refused.add(c.comment().id());
            continue;
          }
          merged.put(c.comment().id(), c.comment());
          applied.add(c);
        }
      }
    }
    for (InputRecord.CommentRecord c : waiting) {
      rejects.add(
          new Reject(
              c.location(),
              RejectReason.UNKNOWN_PARENT,
              "comment '"
                  + InputLimits.echo(c.comment().id())
                  + "': parent_id '"
                  + InputLimits.echo(c.comment().parentId().orElse(""))
                  + "' names no comment of article '"
                  + InputLimits.echo(stored.id())
                  + "'"));
    }
    return new CommentMerge(stored.withComments(List.copyOf(merged.values())), applied, rejects);
  }

  /** The reject for a comment record whose article is in no index. */
  public static Reject unknownArticle(InputRecord.CommentRecord c) {
    return new Reject(
        c.location(),
        RejectReason.UNKNOWN_ARTICLE,
        "comment '"
            + InputLimits.echo(c.comment().id())
            + "': article '"
            + InputLimits.echo(c.articleId())
            + "' is not in the index");
  }
}
