package org.voxpop.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One search hit: a comment (with its article's id and title) or an article.
 *
 * @param type {@code comment} or {@code article}
 * @param articleId id of the article (the hit itself, or the comment's article)
 * @param commentId id of the comment; empty for an article hit
 * @param title the article's title; empty when it has none
 * @param text the full text of the hit (article body or comment text)
 * @param snippet a passage of the text with matches wrapped in {@code [[ ]]}
 * @param author the comment author or the article's first byline; empty when unknown
 * @param date the comment's posting or the article's publication time, ISO-8601; empty when unknown
 * @param compound sentiment compound in -1..1; empty when not scored
 * @param sentiment sentiment label; empty when not scored
 * @param abuse abuse score in 0..1; empty when not scored
 * @param abuseKinds the score (0..1) of each kind of abuse above 0, by its dimension name ({@code
 *     identity_attack}, {@code insult}, {@code profanity}, {@code threat}), in that order
 * @param entities the entities the text mentions, with offsets into {@code text}
 * @param matchedComments for {@link Scope#ARTICLES_BY_COMMENTS}: how many of the article's comments
 *     matched; 0 otherwise
 * @param score relevance score (for {@link Scope#ARTICLES_BY_COMMENTS}: matched comments)
 */
public record Hit(
    String type,
    String articleId,
    Optional<String> commentId,
    Optional<String> title,
    String text,
    String snippet,
    Optional<String> author,
    Optional<String> date,
    Optional<Double> compound,
    Optional<String> sentiment,
    Optional<Double> abuse,
    Map<String, Double> abuseKinds,
    List<MentionView> entities,
    int matchedComments,
    float score) {

  public Hit {
    entities = List.copyOf(entities);
    abuseKinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(abuseKinds));
  }

  /**
   * An entity mention as stored in the index.
   *
   * @param id canonical entity id
   * @param name canonical name
   * @param type entity type
   * @param surface the text as written
   * @param start start offset in the hit's text
   * @param end end offset (exclusive)
   * @param stance stance toward the entity in -1..1; empty when not scored
   * @param matched whether the request filtered on this entity ({@code entity:} or a drill-down)
   */
  public record MentionView(
      String id,
      String name,
      String type,
      String surface,
      int start,
      int end,
      Optional<Double> stance,
      boolean matched) {}
}
