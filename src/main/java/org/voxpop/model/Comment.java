package org.voxpop.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A reader comment on an article, as it arrived: one node of the article's comment thread.
 *
 * @param id comment id, unique within its article
 * @param parentId id of the comment this one replies to; empty for a top-level comment
 * @param author display name of the commenter; empty when unknown
 * @param posted when the comment was posted; empty when unknown
 * @param text the comment text, never blank
 * @param likes number of likes or up-votes; empty when unknown
 * @param extra input fields voxpop does not interpret, kept so that nothing is lost
 */
public record Comment(
    String id,
    Optional<String> parentId,
    Optional<String> author,
    Optional<OffsetDateTime> posted,
    String text,
    Optional<Integer> likes,
    Map<String, Object> extra) {

  public Comment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(posted, "posted");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(likes, "likes");
    extra = Map.copyOf(extra);
  }

  /** A top-level comment with only an id and text, for tests and simple callers. */
  public static Comment of(String id, String text) {
    return new Comment(
        id, Optional.empty(), Optional.empty(), Optional.empty(), text, Optional.empty(), Map.of());
  }
}
