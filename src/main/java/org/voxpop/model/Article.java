package org.voxpop.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article with its comment thread, as it arrived.
 *
 * @param id article id, unique in an archive
 * @param url where the article was published; empty when unknown
 * @param source publisher (e.g. "BBC"); empty when unknown
 * @param section section of the publication; empty when unknown
 * @param title headline; empty when unknown
 * @param body article text, never blank
 * @param authors bylines, possibly empty
 * @param published publication time; empty when unknown
 * @param language language code (e.g. "en"); empty when unknown
 * @param comments the comments in thread order (a reply never precedes its parent)
 * @param extra input fields voxpop does not interpret, kept so that nothing is lost
 */
public record Article(
    String id,
    Optional<String> url,
    Optional<String> source,
    Optional<String> section,
    Optional<String> title,
    String body,
    List<String> authors,
    Optional<OffsetDateTime> published,
    Optional<String> language,
    List<Comment> comments,
    Map<String, Object> extra) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    authors = List.copyOf(authors);
    comments = List.copyOf(comments);
    extra = Map.copyOf(extra);
  }

  /** This article with its comments replaced, e.g. after comments arrived in a separate file. */
  public Article withComments(List<Comment> newComments) {
    return new Article(
        id, url, source, section, title, body, authors, published, language, newComments, extra);
  }
}
