package org.voxpop.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.voxpop.enrich.entity.EntityType;
import org.voxpop.enrich.sentiment.AbuseKind;

/**
 * The one place that names the fields of a voxpop document in OpenSearch, the names the plugin
 * registers, and which field holds each of voxpop's facet dimensions.
 *
 * <p>A document is one article in voxpop's input format (docs/input-format.md) with its comments as
 * {@code nested} objects under {@link #COMMENTS}, so that an article and its thread are one Lucene
 * block, as in voxpop's own index. The ingest processor adds the enrichment fields to the article
 * and to every comment, and copies the article's context ({@link #ARTICLE_ID}, source, section,
 * language, publication date) onto each comment, as voxpop does, so that every facet over comments
 * is one nested aggregation.
 */
public final class OpenSearchFields {
  private OpenSearchFields() {}

  // ---- names the plugin registers and the loader uses by default
  /** Type of the ingest processor. */
  public static final String PROCESSOR_TYPE = "voxpop";

  /**
   * Processor option: the content of a newsroom gazetteer (TSV or JSON, docs/entities.md) to add on
   * top of the built-in one. The loader's {@code --gazetteer FILE} puts the file's content here,
   * since the cluster's nodes cannot read the loader's disk.
   */
  public static final String PROCESSOR_GAZETTEER = "gazetteer";

  /** Processor option: the newsroom gazetteer's file name; ".json" is read as JSON, else TSV. */
  public static final String PROCESSOR_GAZETTEER_NAME = "gazetteer_name";

  /**
   * Processor option: the name of a retrained entity tagger, a folder of {@link #ENTITY_MODELS_DIR}
   * in each node's config directory holding what {@code voxpop train entities --out DIR} wrote. A
   * model of several megabytes has no place in a pipeline, which is cluster state: the operator
   * copies the folder to every ingest node, and the pipeline names it.
   */
  public static final String PROCESSOR_ENTITY_MODEL = "entity_model";

  /** The folder of a node's config directory that holds retrained entity taggers, by name. */
  public static final String ENTITY_MODELS_DIR = "voxpop-models";

  /**
   * Whether {@code name} can name a folder of {@link #ENTITY_MODELS_DIR}: letters, digits, ".", "_"
   * and "-", not "." or "..", so that a pipeline cannot point outside that folder.
   */
  public static boolean isEntityModelName(String name) {
    return name.matches("[A-Za-z0-9._-]{1,100}") && !name.equals(".") && !name.equals("..");
  }

  /**
   * Largest newsroom gazetteer the loader puts in a pipeline, in bytes: the pipeline is part of the
   * cluster state that every node holds and every change sends to all of them.
   */
  public static final int MAX_PIPELINE_GAZETTEER_BYTES = 1 << 20;

  /**
   * The token filter, of type {@link #ENTITY_ID_FILTER} with a newsroom gazetteer in its settings,
   * that an index loaded with {@code --gazetteer} defines, so that its queries resolve the names
   * its documents were enriched with.
   */
  public static final String NEWSROOM_ENTITY_ID_FILTER = "voxpop_newsroom_entity_id";

  /** The plugin's tokenizer that keeps the whole text as one token (as Lucene's keyword one). */
  public static final String WHOLE_TEXT_TOKENIZER = "voxpop_whole_text";

  /**
   * The search analyzer of {@code entity.name} in such an index: {@link #WHOLE_TEXT_TOKENIZER},
   * then that filter.
   */
  public static final String NEWSROOM_ENTITY_SEARCH_ANALYZER = "voxpop_newsroom_entity_lookup";

  /** Index the loader writes to unless told otherwise. */
  public static final String DEFAULT_INDEX = "voxpop";

  /** Ingest pipeline (holding the {@link #PROCESSOR_TYPE} processor) the loader uses by default. */
  public static final String DEFAULT_PIPELINE = "voxpop";

  /**
   * Name of the token filter that resolves entity names and aliases to canonical ids, for custom
   * analyzers (after a {@code keyword} tokenizer).
   */
  public static final String ENTITY_ID_FILTER = "voxpop_entity_id";

  /**
   * The plugin's pre-built analyzer that turns a query name ("America", "United States") into its
   * entity id ({@code Q30}): the whole text as one token through {@link #ENTITY_ID_FILTER}.
   */
  public static final String ENTITY_SEARCH_ANALYZER = "voxpop_entity_lookup";

  /** The plugin's pre-built analyzer for text: voxpop's own exact analysis (NewsAnalyzer). */
  public static final String NEWS_ANALYZER = "voxpop_news";

  /**
   * The plugin's pre-built analyzer for the {@link #STEMMED} sub-fields: voxpop's stemmed analysis.
   */
  public static final String NEWS_STEMMED_ANALYZER = "voxpop_news_stemmed";

  /** Sub-field of every text field, analysed with {@link #NEWS_STEMMED_ANALYZER}. */
  public static final String STEMMED = "stemmed";

  // ---- article fields from the input format
  /** Article id; also the document {@code _id}. */
  public static final String ID = "id";

  /** Article URL. */
  public static final String URL = "url";

  /** Publisher; copied onto comments. */
  public static final String SOURCE = "source";

  /** Section; copied onto comments. */
  public static final String SECTION = "section";

  /** Headline. */
  public static final String TITLE = "title";

  /** Article text. */
  public static final String BODY = "body";

  /** Bylines. */
  public static final String AUTHORS = "authors";

  /** Publication time; copied onto comments. */
  public static final String PUBLISHED = "published";

  /** Language code; copied onto comments. */
  public static final String LANGUAGE = "language";

  /** The nested comments. */
  public static final String COMMENTS = "comments";

  // ---- comment fields from the input format (inside {@link #COMMENTS})
  /** Comment id, unique within its article. */
  public static final String COMMENT_ID = "id";

  /** Id of the comment replied to. */
  public static final String PARENT_ID = "parent_id";

  /** Comment author. */
  public static final String AUTHOR = "author";

  /** Comment posting time. */
  public static final String POSTED = "posted";

  /** Comment text. */
  public static final String TEXT = "text";

  /** Comment likes. */
  public static final String LIKES = "likes";

  /** Comments only: the id of their article, copied by the processor. */
  public static final String ARTICLE_ID = "article_id";

  // ---- enrichment of a text: on articles (of title and body) and on comments
  /** Keyword: every entity id mentioned (an article's title and body together). */
  public static final String ENTITY = "entity";

  /**
   * Text sub-field of {@link #ENTITY}: ids indexed as they are, searched by name through {@link
   * #ENTITY_SEARCH_ANALYZER}.
   */
  public static final String ENTITY_NAME = "name";

  /** Keyword: {@code id/label}, the stance toward each entity, e.g. {@code Q30/negative}. */
  public static final String STANCE = "stance";

  /** Separates the entity id from the stance label in {@link #STANCE}. */
  public static final String STANCE_SEPARATOR = "/";

  /** Keyword: negative, neutral or positive. */
  public static final String SENTIMENT = "sentiment";

  /** Double: sentiment compound, -1..1. */
  public static final String COMPOUND = "compound";

  /** Keyword: none, possible or likely. */
  public static final String ABUSE = "abuse";

  /** Double: abuse score, 0..1. */
  public static final String ABUSE_SCORE = "abuse_score";

  /**
   * Keyword: none, possible or likely for one kind of abuse; named as its voxpop facet dimension
   * ({@code identity_attack}, {@code insult}, {@code profanity}, {@code threat}).
   */
  public static String abuseKindField(AbuseKind kind) {
    return kind.dimension();
  }

  /** Double: the score of one kind of abuse, 0..1, e.g. {@code insult_score}. */
  public static String abuseKindScoreField(AbuseKind kind) {
    return kind.dimension() + "_score";
  }

  /**
   * Not indexed: the mentions with id, name, type, surface, offsets, confidence, rule and stance.
   */
  public static final String MENTIONS = "mentions";

  /** Boolean, present when true: the text was longer than the enrichment limit. */
  public static final String TRUNCATED = "truncated";

  // ---- articles only
  /** Keyword: entity ids mentioned in the title. */
  public static final String TITLE_ENTITY = "title_entity";

  /** Not indexed: the title's mentions. */
  public static final String TITLE_MENTIONS = "title_mentions";

  /** Integer: number of comments. */
  public static final String COMMENT_COUNT = "comment_count";

  /** Double: share of the comments that are negative. */
  public static final String NEGATIVE_SHARE = "negative_share";

  /** Not indexed: mean stance and count per entity over the comments. */
  public static final String ENTITY_STANCE = "entity_stance";

  // ---- comments only
  /** Integer: depth in the thread, 0 for top level. */
  public static final String DEPTH = "depth";

  /** Keyword: yes or no. */
  public static final String HAS_REPLIES = "has_replies";

  /** Double: the comment's compound minus its article's. */
  public static final String DIVERGENCE = "divergence";

  // ---- keys inside one mention of {@link #MENTIONS}
  /** Keys of a mention object, in the order the processor writes them. */
  public static final List<String> MENTION_KEYS =
      List.of("id", "name", "type", "surface", "start", "end", "confidence", "source", "stance");

  /** The keyword field holding the entities of one type, e.g. {@code entity_person}. */
  public static String entityField(EntityType type) {
    return ENTITY + "_" + type.name().toLowerCase(Locale.ROOT);
  }

  /** Fields of one enriched text, as the processor writes them on articles and comments. */
  public static List<String> textEnrichmentFields() {
    List<String> fields =
        new ArrayList<>(
            List.of(ENTITY, STANCE, SENTIMENT, COMPOUND, ABUSE, ABUSE_SCORE, MENTIONS, TRUNCATED));
    for (AbuseKind kind : AbuseKind.values()) {
      fields.add(abuseKindField(kind));
      fields.add(abuseKindScoreField(kind));
    }
    for (EntityType type : EntityType.values()) {
      fields.add(entityField(type));
    }
    return List.copyOf(fields);
  }

  /** Every field the processor adds to an article (not to its comments). */
  public static List<String> articleEnrichmentFields() {
    List<String> fields = new ArrayList<>(textEnrichmentFields());
    fields.addAll(
        List.of(TITLE_ENTITY, TITLE_MENTIONS, COMMENT_COUNT, NEGATIVE_SHARE, ENTITY_STANCE));
    return List.copyOf(fields);
  }

  /** Every field the processor adds to a comment, including the article context it copies. */
  public static List<String> commentEnrichmentFields() {
    List<String> fields = new ArrayList<>(textEnrichmentFields());
    fields.addAll(
        List.of(ARTICLE_ID, SOURCE, SECTION, LANGUAGE, PUBLISHED, DEPTH, HAS_REPLIES, DIVERGENCE));
    return List.copyOf(fields);
  }

  /**
   * voxpop's keyword facet dimensions ({@code org.voxpop.index.Dimension}) and the field holding
   * each, on comments and on articles. Spelled out here, not read from the registry, because the
   * plugin is built from this file without voxpop's index package; {@code DimensionRegistryTest}
   * fails when a keyword dimension of the registry has no field here. Date, depth and type
   * dimensions have no keyword field: OpenSearch has date histograms and numeric fields for them.
   */
  private static final Map<String, String[]> BY_DIMENSION = byDimension();

  private static Map<String, String[]> byDimension() {
    Map<String, String[]> map = new java.util.LinkedHashMap<>();
    map.put("entity", new String[] {ENTITY, ENTITY});
    for (EntityType type : EntityType.values()) {
      map.put(
          type.name().toLowerCase(Locale.ROOT),
          new String[] {entityField(type), entityField(type)});
    }
    map.put("stance", new String[] {STANCE, STANCE});
    map.put("sentiment", new String[] {SENTIMENT, SENTIMENT});
    map.put("abuse", new String[] {ABUSE, ABUSE});
    for (AbuseKind kind : AbuseKind.values()) {
      map.put(kind.dimension(), new String[] {abuseKindField(kind), abuseKindField(kind)});
    }
    map.put("source", new String[] {SOURCE, SOURCE});
    map.put("section", new String[] {SECTION, SECTION});
    map.put("language", new String[] {LANGUAGE, LANGUAGE});
    map.put("author", new String[] {AUTHOR, AUTHORS});
    map.put("has_replies", new String[] {HAS_REPLIES, null});
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * The keyword field that holds a voxpop facet dimension: relative to a comment (to be prefixed
   * with {@link #COMMENTS}{@code .}) when {@code onComments}, else on the article.
   */
  public static Optional<String> forDimension(String dimension, boolean onComments) {
    String[] fields = BY_DIMENSION.get(dimension);
    return fields == null ? Optional.empty() : Optional.ofNullable(fields[onComments ? 0 : 1]);
  }

  /** The voxpop facet dimensions that have a keyword field in OpenSearch. */
  public static List<String> dimensions() {
    return List.copyOf(BY_DIMENSION.keySet());
  }
}
