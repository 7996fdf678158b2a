package org.voxpop.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/** Late comments merged into a stored article, at the comment limit. */
class CommentMergeTest {

  @AfterEach
  void restoreLimit() {
    System.clearProperty(InputLimits.MAX_COMMENTS_PROPERTY);
  }

  private static Comment comment(String id, String parent) {
    return new Comment(
        id,
        Optional.ofNullable(parent),
        Optional.empty(),
        Optional.empty(),
        "Text " + id + ".",
        Optional.empty(),
        Map.of());
  }

  private static InputRecord.CommentRecord late(String id, String parent, int line) {
    return new InputRecord.CommentRecord(
        "a", comment(id, parent), new SourceLocation("late.jsonl", line));
  }

  @Test
  void repliesToACommentRefusedForTheLimitAreRefusedForItToo() {
    System.setProperty(InputLimits.MAX_COMMENTS_PROPERTY, "2");
    Article stored =
        new Article(
            "a",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "A body.",
            List.of(),
            Optional.empty(),
            Optional.empty(),
            List.of(comment("c1", null), comment("c2", null)),
            Map.of());
    // The reply comes first in the input: it waits for its parent, then shares its fate.
    CommentMerge merge =
        CommentMerge.of(
            stored, List.of(late("r4", "c3", 2), late("c3", null, 1), late("r5", "r4", 3)));
    assertEquals(0, merge.applied().size());
    assertEquals(3, merge.rejects().size(), merge.rejects().toString());
    for (Reject r : merge.rejects()) {
      assertEquals(RejectReason.TOO_MANY_COMMENTS, r.reason(), r.toString());
    }
  }
}
