package org.voxpop.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The input fields an index keeps of one article or comment (what {@link
 * ArticleJson#fieldsWithoutText} wrote), read back for exports: the article's source, section and
 * language, and the fields voxpop gives no meaning of its own (a feed's {@code topics}, {@code
 * places}, a corpus label) exactly as the input had them.
 *
 * @param source the article's publisher; empty for a comment or when the input had none
 * @param section the article's section; empty for a comment or when the input had none
 * @param language the article's language code; empty for a comment or when the input had none
 * @param extra the other fields, by name, in input order
 */
public record StoredRecord(
    Optional<String> source,
    Optional<String> section,
    Optional<String> language,
    Map<String, JsonNode> extra) {

  /** A document without a kept record: nothing to show. */
  public static final StoredRecord EMPTY =
      new StoredRecord(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

  public StoredRecord {
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /**
   * Reads a kept record.
   *
   * @param json what {@link ArticleJson#fieldsWithoutText} wrote
   * @param article whether it is an article's record (else a comment's): which fields are voxpop's
   * @throws IllegalArgumentException when {@code json} is not a JSON object
   */
  public static StoredRecord parse(String json, boolean article) {
    JsonNode node;
    try {
      node = ArticleJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "a kept input record is not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a kept input record is not a JSON object");
    }
    Set<String> known = article ? JsonRecordParser.ARTICLE_FIELDS : JsonRecordParser.COMMENT_FIELDS;
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            field -> {
              if (!known.contains(field.getKey())) {
                extra.put(field.getKey(), field.getValue());
              }
            });
    return article
        ? new StoredRecord(
            text(node, JsonFields.SOURCE),
            text(node, JsonFields.SECTION),
            text(node, JsonFields.LANGUAGE),
            extra)
        : new StoredRecord(Optional.empty(), Optional.empty(), Optional.empty(), extra);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
  }
}
