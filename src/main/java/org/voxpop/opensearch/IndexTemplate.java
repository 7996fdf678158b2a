package org.voxpop.opensearch;

import static org.voxpop.opensearch.OpenSearchFields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voxpop.enrich.entity.EntityType;
import org.voxpop.enrich.sentiment.AbuseKind;

/**
 * The composable index template and the ingest pipeline for a voxpop index in OpenSearch, as plain
 * maps (serialise them with any JSON library).
 *
 * <p>Keywords (with doc values) for every id and label, so that terms aggregations count what
 * voxpop's facets count; comments are {@code nested}, one Lucene block per article as in voxpop's
 * own index, so a {@code reverse_nested} aggregation counts distinct articles exactly. Unknown
 * input fields are kept in {@code _source} but not indexed ({@code dynamic: false}).
 */
public final class IndexTemplate {
  private IndexTemplate() {}

  /** Bumped whenever the mapping changes in a way that needs a re-index. */
  public static final int MAPPING_VERSION = 1;

  /**
   * Comments per article that OpenSearch accepts: its default of 10,000 nested objects per document
   * is below the longest threads seen on large news sites.
   */
  public static final int NESTED_OBJECTS_LIMIT = 200_000;

  /** The template's name for an index: one template per index name. */
  public static String name(String index) {
    return "voxpop-" + index;
  }

  /** The template body for {@code PUT _index_template/NAME}, applied to the index {@code index}. */
  public static Map<String, Object> template(String index, int shards) {
    return template(index, shards, java.util.Optional.empty());
  }

  /**
   * As {@link #template(String, int)}; with a newsroom gazetteer, the index's {@code entity.name}
   * queries resolve names through it ({@link OpenSearchFields#NEWSROOM_ENTITY_SEARCH_ANALYZER}), as
   * the pipeline that enriches its documents does, and its mapping names the file.
   */
  public static Map<String, Object> template(
      String index, int shards, java.util.Optional<PipelineGazetteer> gazetteer) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("index.number_of_shards", shards);
    settings.put("index.mapping.nested_objects.limit", NESTED_OBJECTS_LIMIT);
    String lookup = ENTITY_SEARCH_ANALYZER;
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("voxpop_mapping_version", MAPPING_VERSION);
    if (gazetteer.isPresent()) {
      PipelineGazetteer g = gazetteer.get();
      Map<String, Object> filter = new LinkedHashMap<>();
      filter.put("type", OpenSearchFields.ENTITY_ID_FILTER);
      filter.put(OpenSearchFields.PROCESSOR_GAZETTEER_NAME, g.fileName());
      filter.put(OpenSearchFields.PROCESSOR_GAZETTEER, g.content());
      settings.put(
          "analysis",
          Map.of(
              "filter",
              Map.of(OpenSearchFields.NEWSROOM_ENTITY_ID_FILTER, filter),
              "analyzer",
              Map.of(
                  OpenSearchFields.NEWSROOM_ENTITY_SEARCH_ANALYZER,
                  Map.of(
                      "type",
                      "custom",
                      "tokenizer",
                      OpenSearchFields.WHOLE_TEXT_TOKENIZER,
                      "filter",
                      List.of(OpenSearchFields.NEWSROOM_ENTITY_ID_FILTER)))));
      lookup = OpenSearchFields.NEWSROOM_ENTITY_SEARCH_ANALYZER;
      meta.put("voxpop_gazetteer", g.fileName());
    }
    Map<String, Object> mappings = new LinkedHashMap<>();
    mappings.put("dynamic", false);
    mappings.put("_meta", meta);
    mappings.put("properties", articleProperties(lookup));
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("index_patterns", List.of(index));
    template.put("priority", 200);
    template.put("template", Map.of("settings", settings, "mappings", mappings));
    template.put("_meta", Map.of("description", "voxpop articles with nested, enriched comments"));
    return template;
  }

  /** The pipeline body for {@code PUT _ingest/pipeline/NAME}: the voxpop processor alone. */
  public static Map<String, Object> pipeline() {
    return pipeline(java.util.Optional.empty());
  }

  /** As {@link #pipeline()}, its processor given a newsroom gazetteer when there is one. */
  public static Map<String, Object> pipeline(java.util.Optional<PipelineGazetteer> gazetteer) {
    return pipeline(gazetteer, java.util.Optional.empty());
  }

  /**
   * As {@link #pipeline(java.util.Optional)}, its processor also naming a retrained entity tagger
   * ({@link OpenSearchFields#PROCESSOR_ENTITY_MODEL}) when there is one.
   */
  public static Map<String, Object> pipeline(
      java.util.Optional<PipelineGazetteer> gazetteer, java.util.Optional<String> entityModel) {
    Map<String, Object> processor = new LinkedHashMap<>();
    gazetteer.ifPresent(
        g -> {
          processor.put(OpenSearchFields.PROCESSOR_GAZETTEER_NAME, g.fileName());
          processor.put(OpenSearchFields.PROCESSOR_GAZETTEER, g.content());
        });
    entityModel.ifPresent(m -> processor.put(OpenSearchFields.PROCESSOR_ENTITY_MODEL, m));
    return Map.of(
        "description",
        "voxpop: entities, stance, sentiment and abuse of articles and their comments",
        "processors",
        List.of(Map.of(PROCESSOR_TYPE, processor)));
  }

  private static Map<String, Object> articleProperties(String lookup) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(ID, keyword());
    p.put(URL, Map.of("type", "keyword", "index", false, "doc_values", false));
    p.put(SOURCE, keyword());
    p.put(SECTION, keyword());
    p.put(LANGUAGE, keyword());
    p.put(TITLE, text());
    p.put(BODY, text());
    p.put(AUTHORS, keyword());
    p.put(PUBLISHED, date());
    textEnrichment(p, lookup);
    p.put(TITLE_ENTITY, keyword());
    p.put(TITLE_MENTIONS, notIndexed());
    p.put(COMMENT_COUNT, Map.of("type", "integer"));
    p.put(NEGATIVE_SHARE, Map.of("type", "double"));
    p.put(ENTITY_STANCE, notIndexed());
    p.put(
        COMMENTS,
        Map.of("type", "nested", "dynamic", false, "properties", commentProperties(lookup)));
    return p;
  }

  private static Map<String, Object> commentProperties(String lookup) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(COMMENT_ID, keyword());
    p.put(PARENT_ID, keyword());
    p.put(AUTHOR, keyword());
    p.put(POSTED, date());
    p.put(TEXT, text());
    p.put(LIKES, Map.of("type", "integer"));
    p.put(ARTICLE_ID, keyword());
    p.put(SOURCE, keyword());
    p.put(SECTION, keyword());
    p.put(LANGUAGE, keyword());
    p.put(PUBLISHED, date());
    textEnrichment(p, lookup);
    p.put(DEPTH, Map.of("type", "integer"));
    p.put(HAS_REPLIES, keyword());
    p.put(DIVERGENCE, Map.of("type", "double"));
    return p;
  }

  private static void textEnrichment(Map<String, Object> p, String lookup) {
    p.put(
        ENTITY,
        Map.of(
            "type",
            "keyword",
            "fields",
            Map.of(
                ENTITY_NAME,
                Map.of(
                    "type",
                    "text",
                    "analyzer",
                    "keyword",
                    "search_analyzer",
                    lookup,
                    "norms",
                    false,
                    "index_options",
                    "docs"))));
    for (EntityType type : EntityType.values()) {
      p.put(entityField(type), keyword());
    }
    p.put(STANCE, keyword());
    p.put(SENTIMENT, keyword());
    p.put(COMPOUND, Map.of("type", "double"));
    p.put(ABUSE, keyword());
    p.put(ABUSE_SCORE, Map.of("type", "double"));
    for (AbuseKind kind : AbuseKind.values()) {
      p.put(abuseKindField(kind), keyword());
      p.put(abuseKindScoreField(kind), Map.of("type", "double"));
    }
    p.put(MENTIONS, notIndexed());
    p.put(TRUNCATED, Map.of("type", "boolean"));
  }

  private static Map<String, Object> keyword() {
    return Map.of("type", "keyword");
  }

  /**
   * voxpop's own analysis: exact words, plus a stemmed sub-field, as its text and text_stemmed
   * fields.
   */
  private static Map<String, Object> text() {
    return Map.of(
        "type",
        "text",
        "analyzer",
        NEWS_ANALYZER,
        "fields",
        Map.of(
            STEMMED,
            Map.of("type", "text", "analyzer", NEWS_STEMMED_ANALYZER, "index_options", "freqs")));
  }

  /** voxpop writes ISO-8601 with an offset; dates without time are midnight UTC. */
  private static Map<String, Object> date() {
    return Map.of("type", "date", "format", "strict_date_optional_time||epoch_millis");
  }

  private static Map<String, Object> notIndexed() {
    return Map.of("type", "object", "enabled", false);
  }
}
