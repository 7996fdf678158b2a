package org.voxpop.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.voxpop.enrich.entity.EntityType;
import org.voxpop.enrich.sentiment.AbuseKind;
import org.voxpop.enrich.sentiment.AbuseLabel;
import org.voxpop.enrich.sentiment.SentimentLabel;

/**
 * One facet dimension, with every fact the index, the query language, the API and the web page need
 * of it. {@link #all()} is the registry: {@link Schema}'s lists, the query translator's field kinds
 * and the page's facet list are derived from it, so a new dimension is one entry here, the mapper
 * that fills it ({@link BlockMapper}) and a test.
 *
 * @param name the dimension as users write it ({@code entity:Q30}, {@code --drill source=BBC})
 * @param label what a user interface calls it
 * @param values what its values are, which says how a query matches them and how they drill down
 * @param multiValued whether a document may carry several values (selected values then narrow: all
 *     of them must match)
 * @param onPage whether the web page lists it among its facets
 * @param vocabulary every value a dimension of {@link Values#LABELS} can take, held or not (so that
 *     {@code threat:possible} on an index without one is a true zero, not an unknown value); empty
 *     for open dimensions
 */
public record Dimension(
    String name,
    String label,
    Values values,
    boolean multiValued,
    boolean onPage,
    List<String> vocabulary) {

  public Dimension {
    vocabulary = List.copyOf(vocabulary);
  }

  private Dimension(String name, String label, Values values, boolean multiValued, boolean onPage) {
    this(name, label, values, multiValued, onPage, List.of());
  }

  /** What a dimension's values are. */
  public enum Values {
    /** Entity ids; a query may name them by id, name or alias. */
    ENTITIES,
    /** An entity id and the stance toward it, a path {@code [Q30, negative]}. */
    STANCES,
    /** Values as the input gave them, matched as written (names of sources, authors). */
    KEYWORDS,
    /** Lower-case labels of ours (negative, likely, yes), matched without regard to case. */
    LABELS,
    /** Dates as the path {@code [yyyy, MM, dd]}; drill down as a range of an epoch-ms field. */
    DATES,
    /** Comment depth, 0, 1, 2 or 3+; a query may give a range. */
    DEPTHS,
    /** article or comment; drills down through the document type field. */
    DOC_TYPES
  }

  /** Whether its values are paths (a year, then a month; an entity, then its stance). */
  public boolean hierarchical() {
    return values == Values.STANCES || values == Values.DATES;
  }

  /** Whether its values are entity ids (a query may name them by name). */
  public boolean entities() {
    return values == Values.ENTITIES;
  }

  /**
   * The field a drill-down into this dimension reads instead of its own drill-down terms: the
   * epoch-ms field of a date dimension, the type field of the document type, and for the entities
   * and the stance the {@link Schema#ENTITY} field (with {@link Schema#TITLE_ENTITY}), whose terms
   * are the ids of every entity a document mentions; a dimension other than the entity dimension
   * then checks its own doc values for the documents found (see {@link #drillsThroughEntity}).
   * Those fields are indexed anyway, so indexing the terms too would cost without serving: the
   * entities' and the stance's drill-down terms were more than half of the term bytes of an archive
   * of newswire, four per entity of each document.
   */
  public Optional<String> drillDownField() {
    return switch (values) {
      case DATES ->
          Optional.of(name.equals(Schema.DIM_PUBLISHED) ? Schema.PUBLISHED_MS : Schema.POSTED_MS);
      case DOC_TYPES -> Optional.of(Schema.TYPE);
      case ENTITIES, STANCES -> Optional.of(Schema.ENTITY);
      default -> Optional.empty();
    };
  }

  /**
   * Whether a drill-down into this dimension finds the documents that mention the entity its path
   * starts with, through the {@link Schema#ENTITY} and {@link Schema#TITLE_ENTITY} terms: every
   * document with an entity, a person or a stance toward an entity mentions it.
   */
  public boolean drillsThroughEntity() {
    return values == Values.ENTITIES || values == Values.STANCES;
  }

  private static final List<Dimension> ALL = build();
  private static final Map<String, Dimension> BY_NAME = byName(ALL);

  /** Every facet dimension, in the order a user interface lists them. */
  public static List<Dimension> all() {
    return ALL;
  }

  /** The dimension of this name, if there is one. */
  public static Optional<Dimension> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The names of every dimension with these values. */
  public static List<String> namesOf(Values values) {
    return ALL.stream().filter(d -> d.values == values).map(Dimension::name).toList();
  }

  private static List<Dimension> build() {
    List<Dimension> dims = new ArrayList<>();
    dims.add(new Dimension(Schema.DIM_ENTITY, "Entity", Values.ENTITIES, true, true));
    for (EntityType type : EntityType.values()) {
      String name = nameOf(type);
      // events and other names are too few and too mixed to be worth a panel of their own
      boolean onPage = type != EntityType.EVENT && type != EntityType.OTHER;
      dims.add(new Dimension(name, capitalised(name), Values.ENTITIES, true, onPage));
    }
    dims.add(new Dimension(Schema.DIM_STANCE, "Stance", Values.STANCES, true, false));
    dims.add(
        new Dimension(
            Schema.DIM_SENTIMENT,
            "Sentiment",
            Values.LABELS,
            false,
            true,
            labels(SentimentLabel.class)));
    List<String> abuse = labels(AbuseLabel.class);
    dims.add(new Dimension(Schema.DIM_ABUSE, "Abuse", Values.LABELS, false, true, abuse));
    for (AbuseKind kind : AbuseKind.values()) {
      dims.add(
          new Dimension(
              kind.dimension(),
              capitalised(kind.dimension().replace('_', ' ')),
              Values.LABELS,
              false,
              true,
              abuse));
    }
    dims.add(new Dimension(Schema.DIM_SOURCE, "Source", Values.KEYWORDS, false, true));
    dims.add(new Dimension(Schema.DIM_SECTION, "Section", Values.KEYWORDS, false, true));
    dims.add(new Dimension(Schema.DIM_AUTHOR, "Author", Values.KEYWORDS, true, true));
    dims.add(new Dimension(Schema.DIM_LANGUAGE, "Language", Values.KEYWORDS, false, false));
    dims.add(new Dimension(Schema.DIM_PUBLISHED, "Published", Values.DATES, false, true));
    dims.add(new Dimension(Schema.DIM_POSTED, "Posted", Values.DATES, false, false));
    dims.add(new Dimension(Schema.DIM_TYPE, "Type", Values.DOC_TYPES, false, false));
    dims.add(new Dimension(Schema.DIM_DEPTH, "Depth", Values.DEPTHS, false, false));
    dims.add(
        new Dimension(
            Schema.DIM_HAS_REPLIES,
            "Has replies",
            Values.LABELS,
            false,
            false,
            List.of("no", "yes")));
    return List.copyOf(dims);
  }

  /**
   * The dimension of the entities of one type, e.g. {@code person}. (Reads no other class's
   * statics: {@link Schema}'s lists are made from this class, so it must not need them.)
   */
  static String nameOf(EntityType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Dimension> byName(List<Dimension> dims) {
    Map<String, Dimension> map = new LinkedHashMap<>();
    for (Dimension d : dims) {
      if (map.put(d.name, d) != null) {
        throw new IllegalStateException("two dimensions named " + d.name);
      }
    }
    return map;
  }

  private static List<String> labels(Class<? extends Enum<?>> labels) {
    return java.util.Arrays.stream(labels.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT))
        .toList();
  }

  private static String capitalised(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
