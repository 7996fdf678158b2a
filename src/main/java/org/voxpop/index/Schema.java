package org.voxpop.index;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.voxpop.analysis.NewsAnalyzer;
import org.voxpop.enrich.entity.EntityType;
import org.voxpop.enrich.sentiment.AbuseKind;

/**
 * The one place that names voxpop's index fields and facet dimensions and says how each is indexed.
 * Every other class refers to these constants; none spells a field name itself.
 *
 * <p>An article and its comments are one document block: the comments first, the article last, told
 * apart by {@link #TYPE}. Every document of a block carries {@link #ARTICLE_ID}, which is the term
 * that replaces the whole block on update.
 */
public final class Schema {

  /**
   * Bumped whenever a change makes older indexes unreadable or wrong for this code. 2: each facet
   * dimension in its own doc-values field. 3: the input kept as {@link #RECORD} beside the stored
   * text instead of a second, deflated copy; mentions stored compactly ({@code StoredMentions}). 4:
   * no offsets in the postings of the text and title (Lucene refuses to mix both in a field). 5:
   * the kinds of abuse, each a facet dimension ({@link #abuseKindDims()}) with its stored score. 6:
   * the {@link #NUMBERS} in doc values only, not also stored ({@code NumericValues} reads them
   * back); mentions stored with each entity's id, name and type once ({@code StoredMentions}); no
   * drill-down terms for the entity, type and stance dimensions ({@code Dimension#drillDownField}).
   */
  public static final int VERSION = 6;

  // ---- identity and structure
  /** Keyword, stored: {@link #TYPE_ARTICLE} or {@link #TYPE_COMMENT}. */
  public static final String TYPE = "type";

  /** Value of {@link #TYPE} on article documents. */
  public static final String TYPE_ARTICLE = "article";

  /** Value of {@link #TYPE} on comment documents. */
  public static final String TYPE_COMMENT = "comment";

  /** Keyword, stored, on every document of a block: the article's id. */
  public static final String ARTICLE_ID = "article_id";

  /** Keyword, stored, on comments: the comment id (unique within its article). */
  public static final String COMMENT_ID = "comment_id";

  /** Stored, on replies: the id of the comment replied to. */
  public static final String PARENT_ID = "parent_id";

  // ---- text
  /** Article headline, exact analysis, stored (articles only). */
  public static final String TITLE = "title";

  /** Comments only: their article's headline, stored for display, not searchable. */
  public static final String ARTICLE_TITLE = "article_title";

  /** Article headline, stemmed analysis, without positions. */
  public static final String TITLE_STEMMED = "title_stemmed";

  /**
   * Article body or comment text, exact analysis with positions, stored. No offsets: highlighting
   * analyses a hit's stored text again.
   */
  public static final String TEXT = "text";

  /**
   * Article body or comment text, stemmed analysis, without positions (phrases use {@link #TEXT}).
   */
  public static final String TEXT_STEMMED = "text_stemmed";

  /** Entity ids at their mention offsets in {@link #TEXT}. */
  public static final String ENTITY = "entity";

  /** Entity ids mentioned in the article's title. */
  public static final String TITLE_ENTITY = "title_entity";

  /**
   * Each entity of the document with the name the recogniser gave it, one term per pair: the id,
   * {@link #ENTITY_NAME_SEPARATOR}, the name ({@code slug:usda}, then {@code USDA}). The facets
   * label an entity the gazetteer does not know by the name most documents gave it, rather than by
   * its id ("Usda"), which has lost its capitals and punctuation. Read by {@link EntityNameTerms}.
   */
  public static final String ENTITY_NAME = "entity_name";

  /**
   * Separates the id from the name in {@link #ENTITY_NAME}: a control character no id or name has.
   */
  public static final char ENTITY_NAME_SEPARATOR = '\u001f';

  // ---- stored only
  /** Article URL. */
  public static final String URL = "url";

  /** Comment author or article byline(s), one stored value each. */
  public static final String AUTHOR = "author";

  /**
   * Entity mentions of {@link #TEXT} (id, name, type, offsets, stance), grouped by entity in the
   * compact JSON of {@link StoredMentions}.
   */
  public static final String MENTIONS = "mentions";

  /**
   * Every document: the input fields of its article or comment other than the title and text (which
   * {@link #TITLE} and {@link #TEXT} store anyway), as JSON. With them the index keeps its whole
   * input once, for re-enrichment without the original files ({@code voxpop reindex}).
   */
  public static final String RECORD = "record";

  /**
   * Article only, in indexes written before {@link #RECORD}: the article with its comments in the
   * input JSON format, deflated, in binary doc values. Still read by {@code voxpop reindex} to
   * upgrade such an index; no longer written, as it kept every text twice.
   */
  public static final String RAW = "raw";

  /** Article only: mean stance per entity over its comments, as JSON. */
  public static final String ENTITY_STANCE = "entity_stance";

  /** Stored "true" when the text was longer than the enrichment limit and was read only in part. */
  public static final String TRUNCATED = "truncated";

  // ---- numeric (points + doc values: range queries, sorting, range facets)
  /** Sentiment compound, -1..1. */
  public static final String COMPOUND = "compound";

  /** Abuse score, 0..1. */
  public static final String ABUSE_SCORE = "abuse_score";

  /** Comment likes. */
  public static final String LIKES = "likes";

  /** Article: number of comments in its block. */
  public static final String COMMENT_COUNT = "comment_count";

  /** Article: share of its comments that are negative, 0..1. */
  public static final String NEGATIVE_SHARE = "negative_share";

  /** Comment: its compound minus its article's compound. */
  public static final String DIVERGENCE = "divergence";

  /** Article publication time (epoch ms), copied onto comments. */
  public static final String PUBLISHED_MS = "published_ms";

  /**
   * The document's own time (epoch ms), for sorting and timelines: a comment's posting time, or its
   * article's publication time when the comment has none; an article's publication time.
   */
  public static final String DATE_MS = "date_ms";

  /** Comment posting time (epoch ms). */
  public static final String POSTED_MS = "posted_ms";

  /** Comment depth in its thread: 0 for top level. */
  public static final String DEPTH = "depth";

  /** How a number of {@link #NUMBERS} is kept in its doc values. */
  public enum NumberKind {
    /** A {@code LongField}: the value itself. */
    LONG,
    /** A {@code DoubleField}: the value as a sortable long. */
    DOUBLE
  }

  /**
   * Every numeric field, with its kind: indexed as points and doc values, never stored (from {@link
   * #VERSION} 6); a hit or an export reads them through {@code NumericValues}.
   */
  public static final java.util.Map<String, NumberKind> NUMBERS =
      java.util.Map.of(
          COMPOUND, NumberKind.DOUBLE,
          ABUSE_SCORE, NumberKind.DOUBLE,
          NEGATIVE_SHARE, NumberKind.DOUBLE,
          DIVERGENCE, NumberKind.DOUBLE,
          LIKES, NumberKind.LONG,
          COMMENT_COUNT, NumberKind.LONG,
          PUBLISHED_MS, NumberKind.LONG,
          DATE_MS, NumberKind.LONG,
          POSTED_MS, NumberKind.LONG,
          DEPTH, NumberKind.LONG);

  // ---- facet dimensions (SortedSetDocValues, one FacetsConfig)
  /** Every entity id mentioned. */
  public static final String DIM_ENTITY = "entity";

  /** Entity id with the stance toward it: {@code [id, negative|neutral|positive]}. */
  public static final String DIM_STANCE = "stance";

  /** Sentiment label. */
  public static final String DIM_SENTIMENT = "sentiment";

  /** Abuse label. */
  public static final String DIM_ABUSE = "abuse";

  /**
   * Label (none, possible, likely) of the identity-attack kind of abuse; the other kinds are {@link
   * #DIM_INSULT}, {@link #DIM_PROFANITY} and {@link #DIM_THREAT}, one dimension each.
   */
  public static final String DIM_IDENTITY_ATTACK = AbuseKind.IDENTITY_ATTACK.dimension();

  /** Label of the insult kind of abuse. */
  public static final String DIM_INSULT = AbuseKind.INSULT.dimension();

  /** Label of the profanity kind of abuse. */
  public static final String DIM_PROFANITY = AbuseKind.PROFANITY.dimension();

  /** Label of the threat kind of abuse. */
  public static final String DIM_THREAT = AbuseKind.THREAT.dimension();

  /** Publisher, copied onto comments. */
  public static final String DIM_SOURCE = "source";

  /** Section, copied onto comments. */
  public static final String DIM_SECTION = "section";

  /** Comment author or article byline. */
  public static final String DIM_AUTHOR = "author";

  /** Language code, copied onto comments. */
  public static final String DIM_LANGUAGE = "language";

  /** Article publication date as {@code [yyyy, MM, dd]}, copied onto comments. */
  public static final String DIM_PUBLISHED = "published";

  /** Comment posting date as {@code [yyyy, MM, dd]}. */
  public static final String DIM_POSTED = "posted";

  /** Document type: article or comment. */
  public static final String DIM_TYPE = "doc_type";

  /** Comment thread depth: 0, 1, 2, 3+. */
  public static final String DIM_DEPTH = "depth";

  /** Whether a comment has replies: yes or no. */
  public static final String DIM_HAS_REPLIES = "has_replies";

  /** The facet dimension holding the entities of one type, e.g. {@code person}. */
  public static String dimFor(EntityType type) {
    return Dimension.nameOf(type);
  }

  /** The facet dimension of one kind of abuse, e.g. {@code insult}. */
  public static String dimFor(AbuseKind kind) {
    return kind.dimension();
  }

  /** Every abuse-kind dimension, in {@link AbuseKind} order. */
  public static List<String> abuseKindDims() {
    return java.util.Arrays.stream(AbuseKind.values()).map(Schema::dimFor).toList();
  }

  /**
   * Stored only, not indexed: the score (0..1) of one kind of abuse, e.g. {@code insult_score},
   * written when above 0, for the hit's display.
   */
  public static String abuseKindScoreField(AbuseKind kind) {
    return kind.dimension() + "_score";
  }

  /** Every per-type entity dimension, in {@link EntityType} order. */
  public static List<String> entityTypeDims() {
    return java.util.Arrays.stream(EntityType.values()).map(Schema::dimFor).toList();
  }

  /**
   * The date dimensions and the epoch-ms field each drills down through (a year, month or day is a
   * range of it): they index no drill-down terms of their own. From {@link Dimension#all()}.
   */
  public static final java.util.Map<String, String> DATE_DIM_FIELDS = dateDimFields();

  private static java.util.Map<String, String> dateDimFields() {
    java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
    for (Dimension d : Dimension.all()) {
      if (d.values() == Dimension.Values.DATES) {
        map.put(d.name(), d.drillDownField().orElseThrow());
      }
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * The path a date facet ({@link #DIM_PUBLISHED}, {@link #DIM_POSTED}) gives a time: its UTC year,
   * month and day, {@code ["2017", "11", "13"]}.
   */
  public static String[] datePath(java.time.OffsetDateTime when) {
    java.time.OffsetDateTime utc = when.withOffsetSameInstant(java.time.ZoneOffset.UTC);
    int year = utc.getYear();
    return new String[] {
      year >= 1000 && year <= 9999
          ? Integer.toString(year)
          : String.format(Locale.ROOT, "%04d", year),
      TWO_DIGITS[utc.getMonthValue()],
      TWO_DIGITS[utc.getDayOfMonth()]
    };
  }

  /** "00" to "31": months and days as the date facets spell them, without formatting each time. */
  private static final String[] TWO_DIGITS = twoDigits();

  private static String[] twoDigits() {
    String[] digits = new String[32];
    for (int i = 0; i < digits.length; i++) {
      digits[i] = (i < 10 ? "0" : "") + i;
    }
    return digits;
  }

  /** Dimensions whose values are hierarchical paths. From {@link Dimension#all()}. */
  public static final List<String> HIERARCHICAL_DIMS =
      Dimension.all().stream().filter(Dimension::hierarchical).map(Dimension::name).toList();

  /** Dimensions a document may carry several values of. From {@link Dimension#all()}. */
  public static List<String> multiValuedDims() {
    return Dimension.all().stream().filter(Dimension::multiValued).map(Dimension::name).toList();
  }

  /** Every facet dimension, in the order a user interface lists them ({@link Dimension#all()}). */
  public static List<String> allDims() {
    return Dimension.all().stream().map(Dimension::name).toList();
  }

  /**
   * The index field that holds one facet dimension's doc values and drill-down terms. Each
   * dimension has its own, so that counting three dimensions reads three dimensions' values, not
   * the values of every dimension a document carries (about 25 values over 19 dimensions).
   */
  public static String facetField(String dim) {
    return FacetsConfig.DEFAULT_INDEX_FIELD_NAME + "." + dim;
  }

  private Schema() {}

  /** The facets contract shared by the indexer and every searcher; a new instance each call. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    // Drill-down terms: only the paths a query can ask for. Nothing drills into a dimension as a
    // whole (missing values are counted from doc values), so the dimension-only term that
    // lucene-facet indexes by default is left out, which saves a term per facet value.
    for (Dimension d : Dimension.all()) {
      String dim = d.name();
      config.setIndexFieldName(dim, facetField(dim));
      config.setHierarchical(dim, d.hierarchical());
      config.setMultiValued(dim, d.multiValued());
      if (d.drillDownField().isPresent()) {
        // Drills down through a field indexed anyway (the range of a date's epoch-ms field, the
        // document type, the ids of the entities mentioned): its own terms (three per date, six on
        // most comments, four per entity) would repeat what that field indexes, at a cost paid on
        // every document.
        config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
      } else {
        config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
      }
    }
    return config;
  }

  /** The analyzer for every text field, by field name. */
  public static Analyzer analyzer() {
    Analyzer exact = NewsAnalyzer.exact();
    Analyzer stemmed = NewsAnalyzer.stemmed();
    return new PerFieldAnalyzerWrapper(
        exact, java.util.Map.of(TEXT_STEMMED, stemmed, TITLE_STEMMED, stemmed));
  }
}
