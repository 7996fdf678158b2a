package org.voxpop.opensearch;

import static org.voxpop.opensearch.OpenSearchFields.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.voxpop.enrich.CommentStances;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.EntityFacets;
import org.voxpop.enrich.StancedMention;
import org.voxpop.enrich.TextEnrichment;
import org.voxpop.enrich.entity.DocumentContext;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.enrich.entity.EntityType;
import org.voxpop.enrich.sentiment.AbuseKind;
import org.voxpop.enrich.sentiment.DocumentSentiment;
import org.voxpop.enrich.sentiment.SentimentLabel;
import org.voxpop.model.Comment;
import org.voxpop.model.Genre;
import org.voxpop.model.Threads;

/**
 * Adds voxpop's enrichment to a JSON document held as a map (an OpenSearch {@code _source}), with
 * the same values and facet rules as voxpop's own index: entity ids once per document, one stance
 * label per entity (the mean of its mentions), sentiment and abuse labels, thread depth, replies,
 * divergence and the per-article aggregates.
 *
 * <p>Pure Java over {@code java.util} maps and lists, so that the OpenSearch ingest processor and
 * tests without a cluster share it. Thread safe when its pipeline is (the default one is).
 */
public final class SourceEnricher {

  private final EnrichmentPipeline pipeline;

  /** An enricher running the given pipeline. */
  public SourceEnricher(EnrichmentPipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * Enriches an article in voxpop's input format, in place: its title and body, and each comment
   * under {@link OpenSearchFields#COMMENTS}.
   *
   * @param source the document; {@code body} is required, as is {@code text} on every comment
   * @param fallbackId the article id to copy onto comments when the source has no {@code id} (the
   *     document's {@code _id})
   * @throws IllegalArgumentException when a required field is missing or has the wrong type
   */
  public void enrichArticle(Map<String, Object> source, String fallbackId) {
    String body = requiredString(source, BODY, "article");
    // A document enriched before (re-enrichment with _update_by_query) loses every old value.
    articleEnrichmentFields().forEach(source::remove);
    Optional<String> title = optionalString(source, TITLE);
    // As EnrichmentPipeline.enrich(Article): the body is read with the title's entities, the
    // comments with both.
    TextEnrichment titleEnrichment =
        pipeline.enrich(title.orElse(""), Genre.NEWS, DocumentContext.NONE);
    TextEnrichment bodyEnrichment =
        pipeline.enrich(body, Genre.NEWS, context(DocumentContext.NONE, titleEnrichment));
    List<StancedMention> all = new ArrayList<>(titleEnrichment.mentions());
    all.addAll(bodyEnrichment.mentions());
    putText(source, bodyEnrichment, all);
    if (!titleEnrichment.mentions().isEmpty()) {
      source.put(
          TITLE_ENTITY,
          EntityFacets.of(titleEnrichment.mentions()).entities().stream()
              .map(EntityFacets.Entry::id)
              .toList());
      source.put(TITLE_MENTIONS, mentions(titleEnrichment.mentions()));
    }
    Object raw = source.get(COMMENTS);
    if (raw == null) {
      source.put(COMMENT_COUNT, 0);
      return;
    }
    if (!(raw instanceof List<?> list)) {
      throw new IllegalArgumentException(
          "field [" + COMMENTS + "] must be an array of comment objects");
    }
    List<Map<String, Object>> comments = new ArrayList<>(list.size());
    List<Comment> thread = new ArrayList<>(list.size());
    for (Object element : list) {
      Map<String, Object> comment = asMap(element);
      commentEnrichmentFields().forEach(comment::remove);
      comments.add(comment);
      String text = requiredString(comment, TEXT, "comment");
      thread.add(
          new Comment(
              idOf(comment.get(COMMENT_ID)),
              Optional.ofNullable(comment.get(PARENT_ID)).map(SourceEnricher::idOf),
              Optional.empty(),
              Optional.empty(),
              text,
              Optional.empty(),
              Map.of()));
    }
    enrichComments(
        source,
        fallbackId,
        comments,
        thread,
        bodyEnrichment,
        context(context(DocumentContext.NONE, titleEnrichment), bodyEnrichment));
  }

  private static DocumentContext context(DocumentContext around, TextEnrichment e) {
    List<EntityMention> ms = new ArrayList<>(e.mentions().size());
    e.mentions().forEach(m -> ms.add(m.mention()));
    return around.with(ms);
  }

  private void enrichComments(
      Map<String, Object> article,
      String fallbackId,
      List<Map<String, Object>> comments,
      List<Comment> thread,
      TextEnrichment bodyEnrichment,
      DocumentContext articleContext) {
    Map<String, Integer> depths = Threads.depths(thread);
    Set<String> withReplies = Threads.withReplies(thread);
    Optional<Double> articleCompound = compound(bodyEnrichment);
    Object articleId = article.getOrDefault(ID, fallbackId);
    CommentStances stances = new CommentStances();
    int negative = 0;
    for (int i = 0; i < comments.size(); i++) {
      Map<String, Object> comment = comments.get(i);
      Comment c = thread.get(i);
      TextEnrichment enrichment = pipeline.enrich(c.text(), articleContext);
      putText(comment, enrichment, enrichment.mentions());
      if (articleId != null) {
        comment.put(ARTICLE_ID, articleId.toString());
      }
      for (String context : List.of(SOURCE, SECTION, LANGUAGE, PUBLISHED)) {
        if (article.get(context) != null) {
          comment.put(context, article.get(context));
        }
      }
      comment.put(DEPTH, depths.getOrDefault(c.id(), 0));
      comment.put(HAS_REPLIES, withReplies.contains(c.id()) ? "yes" : "no");
      Optional<Double> commentCompound = compound(enrichment);
      if (commentCompound.isPresent() && articleCompound.isPresent()) {
        comment.put(DIVERGENCE, commentCompound.get() - articleCompound.get());
      }
      if (commentCompound.isPresent()
          && SentimentLabel.of(commentCompound.get()) == SentimentLabel.NEGATIVE) {
        negative++;
      }
      stances.add(enrichment.mentions());
    }
    article.put(COMMENT_COUNT, comments.size());
    if (!comments.isEmpty() && articleCompound.isPresent()) {
      article.put(NEGATIVE_SHARE, negative / (double) comments.size());
    }
    if (!stances.summaries().isEmpty()) {
      Map<String, Object> stance = new LinkedHashMap<>();
      stances
          .summaries()
          .forEach(
              (id, sum) -> stance.put(id, Map.of("mean", round(sum.mean()), "n", sum.mentions())));
      article.put(ENTITY_STANCE, stance);
    }
  }

  /**
   * The enrichment fields of one text: for documents that are not voxpop articles (the processor's
   * {@code field} mode).
   */
  public Map<String, Object> enrichText(String text) {
    Map<String, Object> target = new LinkedHashMap<>();
    TextEnrichment enrichment = pipeline.enrich(text);
    putText(target, enrichment, enrichment.mentions());
    return target;
  }

  /**
   * Writes the fields of one enriched text; {@code facetMentions} are the mentions its entity
   * facets count (an article's title and body together).
   */
  private static void putText(
      Map<String, Object> target, TextEnrichment enrichment, List<StancedMention> facetMentions) {
    for (String field : textEnrichmentFields()) {
      target.remove(field);
    }
    List<String> entities = new ArrayList<>();
    Map<EntityType, List<String>> byType = new LinkedHashMap<>();
    List<String> stances = new ArrayList<>();
    for (EntityFacets.Entry entity : EntityFacets.of(facetMentions).entities()) {
      entities.add(entity.id());
      byType.computeIfAbsent(entity.type(), k -> new ArrayList<>()).add(entity.id());
      entity.stanceLabel().ifPresent(label -> stances.add(entity.id() + STANCE_SEPARATOR + label));
    }
    if (!entities.isEmpty()) {
      target.put(ENTITY, entities);
      byType.forEach((type, ids) -> target.put(entityField(type), ids));
    }
    if (!stances.isEmpty()) {
      target.put(STANCE, stances);
    }
    if (!enrichment.mentions().isEmpty()) {
      target.put(MENTIONS, mentions(enrichment.mentions()));
    }
    enrichment
        .sentiment()
        .value()
        .ifPresent(
            s -> {
              target.put(COMPOUND, s.compound());
              target.put(SENTIMENT, s.label().name().toLowerCase(Locale.ROOT));
            });
    enrichment
        .abuse()
        .value()
        .ifPresent(
            a -> {
              target.put(ABUSE_SCORE, a.score());
              target.put(ABUSE, a.label().name().toLowerCase(Locale.ROOT));
              for (AbuseKind kind : AbuseKind.values()) {
                target.put(
                    abuseKindField(kind), a.kinds().label(kind).name().toLowerCase(Locale.ROOT));
                target.put(abuseKindScoreField(kind), a.kinds().score(kind));
              }
            });
    if (enrichment.truncated()) {
      target.put(TRUNCATED, true);
    }
  }

  private static List<Map<String, Object>> mentions(List<StancedMention> mentions) {
    List<Map<String, Object>> out = new ArrayList<>(mentions.size());
    for (StancedMention stanced : mentions) {
      EntityMention m = stanced.mention();
      Map<String, Object> node = new LinkedHashMap<>();
      List<Object> values =
          List.of(
              m.id(),
              m.name(),
              m.type().name(),
              m.surface(),
              m.start(),
              m.end(),
              round(m.confidence()),
              m.source());
      for (int i = 0; i < values.size(); i++) {
        node.put(MENTION_KEYS.get(i), values.get(i));
      }
      stanced.stance().value().ifPresent(s -> node.put(MENTION_KEYS.get(values.size()), round(s)));
      out.add(node);
    }
    return out;
  }

  private static Optional<Double> compound(TextEnrichment enrichment) {
    return enrichment.sentiment().value().map(DocumentSentiment::compound);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object element) {
    if (element instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException(
        "field [" + COMMENTS + "] must hold objects, found " + element);
  }

  private static String requiredString(Map<String, Object> map, String field, String what) {
    Object value = map.get(field);
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    throw new IllegalArgumentException(
        value == null
            ? what + " field [" + field + "] is missing"
            : what + " field [" + field + "] must be a non-blank string");
  }

  private static Optional<String> optionalString(Map<String, Object> map, String field) {
    return map.get(field) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /** Ids may arrive as numbers from sources other than voxpop's loader. */
  private static String idOf(Object value) {
    return value == null ? "" : value.toString();
  }

  private static double round(double value) {
    return Math.round(value * 10_000d) / 10_000d;
  }
}
