package org.voxpop.query;

import java.util.List;
import java.util.Map;
import org.voxpop.index.Schema;

/**
 * The numeric range facets voxpop offers: fixed buckets over sentiment, abuse and likes, with
 * readable labels. Lower bounds are inclusive, upper bounds exclusive, except the last bucket.
 */
public final class RangeFacets {

  /**
   * One bucket.
   *
   * @param label what a user sees, e.g. "very negative"
   * @param min inclusive lower bound
   * @param max exclusive upper bound (inclusive for the last bucket of a facet)
   */
  public record Bucket(String label, double min, double max) {}

  /**
   * A range facet over a numeric field.
   *
   * @param field the numeric field ({@link Schema})
   * @param integral whether the field holds whole numbers ({@code LongField}) rather than doubles
   * @param buckets the buckets, in ascending order
   */
  public record Definition(String field, boolean integral, List<Bucket> buckets) {}

  /** Sentiment buckets; ±0.05 is the neutral band, as for the sentiment label. */
  public static final Definition COMPOUND =
      new Definition(
          Schema.COMPOUND,
          false,
          List.of(
              new Bucket("very negative", -1.0, -0.5),
              new Bucket("negative", -0.5, -0.05),
              new Bucket("neutral", -0.05, 0.05),
              new Bucket("positive", 0.05, 0.5),
              new Bucket("very positive", 0.5, 1.0)));

  /** Abuse score buckets. */
  public static final Definition ABUSE =
      new Definition(
          Schema.ABUSE_SCORE,
          false,
          List.of(
              new Bucket("low", 0.0, 0.3),
              new Bucket("medium", 0.3, 0.6),
              new Bucket("high", 0.6, 1.0)));

  /** Likes buckets. */
  public static final Definition LIKES =
      new Definition(
          Schema.LIKES,
          true,
          List.of(
              new Bucket("0", 0, 1),
              new Bucket("1-9", 1, 10),
              new Bucket("10-99", 10, 100),
              new Bucket("100+", 100, Long.MAX_VALUE)));

  /** The range facets by name. */
  public static final Map<String, Definition> BY_NAME =
      Map.of(Schema.COMPOUND, COMPOUND, Schema.ABUSE_SCORE, ABUSE, Schema.LIKES, LIKES);

  /** Their names, for validation and help. */
  public static final List<String> NAMES =
      List.of(Schema.COMPOUND, Schema.ABUSE_SCORE, Schema.LIKES);

  private RangeFacets() {}
}
