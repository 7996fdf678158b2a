package org.voxpop.input;

import static org.voxpop.input.JsonFields.*;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/**
 * Turns one JSON line into input records: an article, a stand-alone comment, or rejects.
 *
 * <p>A bad comment inside an article rejects that comment (and the replies that hang from it), not
 * the article: the rest of the thread is still worth indexing.
 */
final class JsonRecordParser {

  static final Set<String> ARTICLE_FIELDS =
      Set.of(ID, URL, SOURCE, SECTION, TITLE, BODY, AUTHORS, PUBLISHED, LANGUAGE, COMMENTS);
  static final Set<String> COMMENT_FIELDS =
      Set.of(ARTICLE_ID, ID, PARENT_ID, AUTHOR, POSTED, TEXT, LIKES);

  /**
   * Other names feeds give the publication date, read as {@code published} when that is absent (the
   * Reuters archive's {@code date}); a value no date form reads stays an extra field, nothing lost.
   */
  private static final List<String> PUBLISHED_ALIASES =
      List.of("date", "pubDate", "pub_date", "published_at", "publication_date", "datePublished");

  /** Other names of a comment's {@code posted}, read the same way. */
  private static final List<String> POSTED_ALIASES = List.of("date", "created_at", "timestamp");

  /**
   * A date, and the other name it was read under, which is then no extra field.
   *
   * @param value the date, when there is one that reads
   * @param alias the field it came from, when that was not the field's own name
   */
  private record Dated(Optional<OffsetDateTime> value, Optional<String> alias) {}

  /** Signals a record that cannot be accepted; caught within this class only. */
  private static final class RecordException extends Exception {
    private static final long serialVersionUID = 1L;
    final RejectReason reason;

    RecordException(RejectReason reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
    }
  }

  private final DateReader dates;

  /** What this line was read with a loss, each said once: the record is kept. */
  private final List<String> warnings = new ArrayList<>();

  private JsonRecordParser(DateReader dates) {
    this.dates = dates;
  }

  /**
   * Lines longer than this many characters have their comments counted as they stream past before a
   * tree is built: the tree of a line of a million comments alone takes hundreds of MB.
   */
  private static final int COUNT_FIRST_ABOVE_CHARS = 1 << 20;

  static InputRecord parse(String line, SourceLocation location) {
    return parse(line, location, DateReader.standard());
  }

  /** One line's record, reading its dates with {@code dates}. */
  static InputRecord parse(String line, SourceLocation location, DateReader dates) {
    return new JsonRecordParser(dates).record(line, location);
  }

  private InputRecord record(String line, SourceLocation location) {
    if (line.length() > COUNT_FIRST_ABOVE_CHARS) {
      Optional<Reject> tooMany = tooManyComments(line, location);
      if (tooMany.isPresent()) {
        return new InputRecord.Rejected(tooMany.get());
      }
    }
    JsonNode node;
    try {
      node = ArticleJson.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      JsonSyntaxErrors.Explained why = JsonSyntaxErrors.explain(e);
      SourceLocation where =
          why.column().isPresent() ? location.atColumn(why.column().getAsInt()) : location;
      return reject(where, RejectReason.MALFORMED_JSON, "not valid JSON: " + why.reason());
    }
    if (node == null || !node.isObject()) {
      return reject(location, RejectReason.MALFORMED_JSON, "a record must be a JSON object");
    }
    try {
      if (node.has(ARTICLE_ID)) {
        String articleId = id(node, ARTICLE_ID, "comment");
        Comment comment = comment(node, "comment");
        return new InputRecord.CommentRecord(articleId, comment, location, warnings);
      }
      return article(node, location);
    } catch (RecordException e) {
      return reject(location, e.reason, e.getMessage());
    }
  }

  /**
   * The reject of an article line with more comments than an article may hold, found by streaming
   * through the line without building it; empty when the line is within the limit or is no article
   * (the full parse then says what it is).
   */
  private static Optional<Reject> tooManyComments(String line, SourceLocation location) {
    int max = InputLimits.maxCommentsPerArticle();
    String id = "?";
    int comments = -1;
    try (JsonParser parser = ArticleJson.MAPPER.getFactory().createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals(ARTICLE_ID)) {
          return Optional.empty(); // a stand-alone comment
        } else if (field.equals(ID) && value.isScalarValue()) {
          id = parser.getText();
        } else if (field.equals(COMMENTS) && value == JsonToken.START_ARRAY) {
          comments = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            comments++;
            parser.skipChildren();
          }
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      return Optional.empty(); // malformed: the full parse reports it
    }
    if (comments <= max) {
      return Optional.empty();
    }
    return Optional.of(
        new Reject(location, RejectReason.TOO_MANY_COMMENTS, tooManyDetail(id, comments, max)));
  }

  private static String tooManyDetail(String articleId, int comments, int max) {
    return String.format(
        Locale.ROOT,
        "article %s has %,d comments; an article may hold at most %,d (system property %s)",
        InputLimits.echo(articleId),
        comments,
        max,
        InputLimits.MAX_COMMENTS_PROPERTY);
  }

  private InputRecord article(JsonNode node, SourceLocation location) throws RecordException {
    String id = id(node, ID, "article");
    String body = requiredText(node, BODY, "article " + InputLimits.echo(id));
    Dated published = date(node, PUBLISHED, PUBLISHED_ALIASES, "article " + InputLimits.echo(id));
    List<String> authors = authors(node, id);
    List<Reject> rejected = new ArrayList<>();
    List<Comment> comments = comments(node, id, location, rejected);
    Article article =
        new Article(
            id,
            optionalText(node, URL),
            optionalText(node, SOURCE),
            optionalText(node, SECTION),
            optionalText(node, TITLE),
            body,
            authors,
            published.value(),
            optionalText(node, LANGUAGE),
            comments,
            extra(node, ARTICLE_FIELDS, published.alias()));
    return new InputRecord.ArticleRecord(article, location, rejected, warnings);
  }

  private static List<String> authors(JsonNode node, String articleId) throws RecordException {
    JsonNode value = node.get(AUTHORS);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isTextual()) {
      return value.asText().isBlank() ? List.of() : List.of(value.asText().strip());
    }
    if (!value.isArray()) {
      throw new RecordException(
          RejectReason.WRONG_TYPE,
          "article "
              + InputLimits.echo(articleId)
              + ": authors must be a string or an array of strings");
    }
    List<String> authors = new ArrayList<>();
    for (JsonNode author : value) {
      if (author.isTextual() && !author.asText().isBlank()) {
        authors.add(author.asText().strip());
      }
    }
    return authors;
  }

  /** Valid comments in input order; every invalid one is added to {@code rejects}. */
  private List<Comment> comments(
      JsonNode node, String articleId, SourceLocation location, List<Reject> rejects)
      throws RecordException {
    JsonNode array = node.get(COMMENTS);
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new RecordException(
          RejectReason.WRONG_TYPE,
          "article " + InputLimits.echo(articleId) + ": comments must be an array");
    }
    int max = InputLimits.maxCommentsPerArticle();
    if (array.size() > max) {
      // counted before any comment is built: the block could not be written whole anyway
      throw new RecordException(
          RejectReason.TOO_MANY_COMMENTS, tooManyDetail(articleId, array.size(), max));
    }
    Map<String, Comment> byId = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode item : array) {
      index++;
      String what = "article " + InputLimits.echo(articleId) + ", comment #" + index;
      try {
        if (!item.isObject()) {
          throw new RecordException(
              RejectReason.WRONG_TYPE, what + ": a comment must be a JSON object");
        }
        Comment comment = comment(item, what);
        if (byId.containsKey(comment.id())) {
          throw new RecordException(
              RejectReason.DUPLICATE_COMMENT_ID,
              what
                  + ": comment id '"
                  + InputLimits.echo(comment.id())
                  + "' occurs earlier in the same article");
        }
        byId.put(comment.id(), comment);
      } catch (RecordException e) {
        rejects.add(new Reject(location, e.reason, e.getMessage()));
      }
    }
    return threaded(byId, articleId, location, rejects);
  }

  /** Drops comments whose parent is unknown or whose parent chain loops, reporting each one. */
  private static List<Comment> threaded(
      Map<String, Comment> byId, String articleId, SourceLocation location, List<Reject> rejects) {
    Map<String, Boolean> valid = new HashMap<>();
    for (Comment comment : byId.values()) {
      resolve(comment, byId, valid, articleId, location, rejects);
    }
    List<Comment> kept = new ArrayList<>();
    for (Comment comment : byId.values()) {
      if (valid.get(comment.id())) {
        kept.add(comment);
      }
    }
    return kept;
  }

  private static boolean resolve(
      Comment start,
      Map<String, Comment> byId,
      Map<String, Boolean> valid,
      String articleId,
      SourceLocation location,
      List<Reject> rejects) {
    // Walk up the parent chain iteratively: threads can be deep, and recursion would overflow.
    List<Comment> chain = new ArrayList<>();
    Set<String> onChain = new HashSet<>();
    Comment current = start;
    Boolean verdict = null;
    String why = null;
    RejectReason reason = null;
    while (verdict == null) {
      if (valid.containsKey(current.id())) {
        verdict = valid.get(current.id());
        why = "its parent comment was rejected";
        reason = RejectReason.UNKNOWN_PARENT;
        break;
      }
      chain.add(current);
      onChain.add(current.id());
      if (current.parentId().isEmpty()) {
        verdict = true;
        break;
      }
      String parentId = current.parentId().get();
      Comment parent = byId.get(parentId);
      if (parent == null) {
        verdict = false;
        reason = RejectReason.UNKNOWN_PARENT;
        why = "parent_id '" + InputLimits.echo(parentId) + "' names no comment of this article";
      } else if (onChain.contains(parentId)) {
        verdict = false;
        reason = RejectReason.REPLY_CYCLE;
        why =
            "it is in, or replies to, a parent_id chain that loops through comment '"
                + InputLimits.echo(parentId)
                + "'";
      } else {
        current = parent;
      }
    }
    for (Comment comment : chain) {
      valid.put(comment.id(), verdict);
      if (!verdict) {
        boolean last = comment == chain.get(chain.size() - 1);
        String detail =
            "article "
                + InputLimits.echo(articleId)
                + ", comment '"
                + InputLimits.echo(comment.id())
                + "': "
                + (last || reason == RejectReason.REPLY_CYCLE
                    ? why
                    : "its parent comment was rejected");
        rejects.add(new Reject(location, reason, detail));
      }
    }
    return verdict;
  }

  private Comment comment(JsonNode node, String what) throws RecordException {
    String id = id(node, ID, what);
    String text = requiredText(node, TEXT, what + " '" + InputLimits.echo(id) + "'");
    Optional<Integer> likes = Optional.empty();
    JsonNode likesNode = node.get(LIKES);
    if (likesNode != null && !likesNode.isNull()) {
      if (!likesNode.canConvertToInt()) {
        throw new RecordException(RejectReason.WRONG_TYPE, what + ": likes must be a whole number");
      }
      likes = Optional.of(likesNode.asInt());
    }
    Dated posted = date(node, POSTED, POSTED_ALIASES, what + " '" + InputLimits.echo(id) + "'");
    return new Comment(
        id,
        optionalText(node, PARENT_ID),
        optionalText(node, AUTHOR),
        posted.value(),
        text,
        likes,
        extra(node, COMMENT_FIELDS, posted.alias()));
  }

  /**
   * A required id: it becomes an index term, so one that a term cannot hold rejects its own record
   * (never a neighbour's, as a failed write of the block would).
   */
  private static String id(JsonNode node, String field, String what) throws RecordException {
    String id = requiredText(node, field, what);
    if (!InputLimits.idFits(id)) {
      throw new RecordException(
          RejectReason.ID_TOO_LONG,
          String.format(
              Locale.ROOT,
              "%s: field '%s' holds %,d bytes of UTF-8 ('%s'); an id may hold at most %,d",
              what,
              field,
              InputLimits.utf8Length(id),
              InputLimits.echo(id),
              InputLimits.MAX_ID_BYTES));
    }
    return id;
  }

  private static String requiredText(JsonNode node, String field, String what)
      throws RecordException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      throw new RecordException(
          RejectReason.MISSING_FIELD,
          what + ": required field '" + field + "' is missing or blank");
    }
    if (!value.isValueNode()) {
      throw new RecordException(
          RejectReason.WRONG_TYPE, what + ": field '" + field + "' must be a string");
    }
    return value.asText();
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.asText().strip());
  }

  /**
   * A date in any form {@link DateReader} reads. One it cannot read is a warning, and the record is
   * kept without it: its text is worth more than its date.
   */
  private Dated date(JsonNode node, String field, List<String> aliases, String what) {
    if (optionalText(node, field).isEmpty()) {
      for (String alias : aliases) {
        if (optionalText(node, alias).isPresent()) {
          Optional<OffsetDateTime> value = date(node, alias, what);
          return new Dated(value, value.isPresent() ? Optional.of(alias) : Optional.empty());
        }
      }
    }
    return new Dated(date(node, field, what), Optional.empty());
  }

  private Optional<OffsetDateTime> date(JsonNode node, String field, String what) {
    Optional<String> text = optionalText(node, field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get();
    try {
      return Optional.of(dates.read(value));
    } catch (DateTimeException e) {
      warnings.add(
          what
              + ": "
              + field
              + " '"
              + InputLimits.echo(value)
              + "' is not a date voxpop reads ("
              + dates.accepted()
              + "; or give --date-format); kept without a date");
      return Optional.empty();
    }
  }

  private static Map<String, Object> extra(
      JsonNode node, Set<String> known, Optional<String> readAsKnown) {
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!known.contains(field.getKey())
          && !readAsKnown.equals(Optional.of(field.getKey()))
          && !field.getValue().isNull()) {
        extra.put(field.getKey(), ArticleJson.MAPPER.convertValue(field.getValue(), Object.class));
      }
    }
    return extra;
  }

  private static InputRecord.Rejected reject(
      SourceLocation location, RejectReason reason, String detail) {
    return new InputRecord.Rejected(new Reject(location, reason, detail));
  }
}
