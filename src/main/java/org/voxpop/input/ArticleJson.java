package org.voxpop.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/**
 * Writes articles and comments in voxpop's JSON Lines format (see {@code docs/input-format.md}).
 *
 * <p>The output reads back through {@link JsonLinesReader} to an equal record, which is what lets
 * the index keep the raw input (split into the text it stores anyway and the remaining fields, see
 * {@link #fromParts}) and re-enrich it later without the original files.
 */
public final class ArticleJson {
  /**
   * Reads and writes every input record. Jackson refuses strings over 20 million characters by
   * default, which would reject lines the documented limit allows: a string holds no more
   * characters than its line has bytes, so strings up to the line limit parse. Nesting keeps
   * Jackson's limit of 1,000 (deeper lines are {@code MALFORMED_JSON}).
   */
  static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxStringLength(JsonLinesReader.DEFAULT_MAX_LINE_BYTES)
                      .build())
              .build());

  private ArticleJson() {}

  /**
   * Reads back an article written by {@link #toJsonLine(Article)}, as the index stores it.
   *
   * @throws IllegalArgumentException when the line is not a valid article record
   */
  public static Article fromJsonLine(String line) {
    if (JsonRecordParser.parse(line, new SourceLocation("stored", 1))
        instanceof InputRecord.ArticleRecord article) {
      return article.article();
    }
    throw new IllegalArgumentException("not a valid stored article record");
  }

  /** One JSON object, on one line, for the article and its nested comments. */
  public static String toJsonLine(Article article) {
    ObjectNode node = articleNode(article);
    ArrayNode comments = node.putArray(JsonFields.COMMENTS);
    for (Comment comment : article.comments()) {
      comments.add(commentNode(comment, Optional.empty()));
    }
    return write(node);
  }

  private static ObjectNode articleNode(Article article) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put(JsonFields.ID, article.id());
    article.url().ifPresent(v -> node.put(JsonFields.URL, v));
    article.source().ifPresent(v -> node.put(JsonFields.SOURCE, v));
    article.section().ifPresent(v -> node.put(JsonFields.SECTION, v));
    article.title().ifPresent(v -> node.put(JsonFields.TITLE, v));
    node.put(JsonFields.BODY, article.body());
    if (!article.authors().isEmpty()) {
      ArrayNode authors = node.putArray(JsonFields.AUTHORS);
      article.authors().forEach(authors::add);
    }
    article.published().ifPresent(v -> node.put(JsonFields.PUBLISHED, v.toString()));
    article.language().ifPresent(v -> node.put(JsonFields.LANGUAGE, v));
    putExtra(node, article.extra());
    return node;
  }

  /**
   * The article's own fields without its title, body and comments: what an index keeps beside the
   * stored title and text so that {@link #fromParts} can give the article back.
   */
  public static String fieldsWithoutText(Article article) {
    ObjectNode node = articleNode(article);
    node.remove(JsonFields.TITLE);
    node.remove(JsonFields.BODY);
    return write(node);
  }

  /**
   * The comment's fields without its text, the counterpart of {@link #fieldsWithoutText(Article)}.
   */
  public static String fieldsWithoutText(Comment comment) {
    ObjectNode node = commentNode(comment, Optional.empty());
    node.remove(JsonFields.TEXT);
    return write(node);
  }

  /**
   * The text of one comment with the fields {@link #fieldsWithoutText(Comment)} wrote.
   *
   * @param fields the JSON written by {@link #fieldsWithoutText(Comment)}
   * @param text the comment's text
   */
  public record StoredComment(String fields, String text) {}

  /**
   * Reassembles an article from the parts an index keeps, through the same parser as the input
   * files, so that a reassembled article is exactly what reading its JSON line would give.
   *
   * @param fields the JSON written by {@link #fieldsWithoutText(Article)}
   * @param title the title, when the article had one
   * @param body the article text
   * @param comments the comments in thread order
   * @throws IllegalArgumentException when the parts do not make a valid article record
   */
  public static Article fromParts(
      String fields, Optional<String> title, String body, List<StoredComment> comments) {
    try {
      ObjectNode node = (ObjectNode) MAPPER.readTree(fields);
      title.ifPresent(t -> node.put(JsonFields.TITLE, t));
      node.put(JsonFields.BODY, body);
      ArrayNode array = node.putArray(JsonFields.COMMENTS);
      for (StoredComment c : comments) {
        ObjectNode comment = (ObjectNode) MAPPER.readTree(c.fields());
        comment.put(JsonFields.TEXT, c.text());
        array.add(comment);
      }
      return fromJsonLine(write(node));
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("not a valid stored article record: " + e.getMessage(), e);
    }
  }

  /** One JSON object for a comment in a separate comment file, naming its article. */
  public static String toJsonLine(String articleId, Comment comment) {
    return write(commentNode(comment, Optional.of(articleId)));
  }

  private static ObjectNode commentNode(Comment comment, Optional<String> articleId) {
    ObjectNode node = MAPPER.createObjectNode();
    articleId.ifPresent(v -> node.put(JsonFields.ARTICLE_ID, v));
    node.put(JsonFields.ID, comment.id());
    comment.parentId().ifPresent(v -> node.put(JsonFields.PARENT_ID, v));
    comment.author().ifPresent(v -> node.put(JsonFields.AUTHOR, v));
    comment.posted().ifPresent((OffsetDateTime v) -> node.put(JsonFields.POSTED, v.toString()));
    node.put(JsonFields.TEXT, comment.text());
    comment.likes().ifPresent(v -> node.put(JsonFields.LIKES, v));
    putExtra(node, comment.extra());
    return node;
  }

  private static void putExtra(ObjectNode node, Map<String, Object> extra) {
    extra.forEach((key, value) -> node.set(key, MAPPER.valueToTree(value)));
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      // Trees built from strings, numbers and maps always serialise.
      throw new IllegalStateException(e);
    }
  }
}
