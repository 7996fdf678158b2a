package org.voxpop.index;

import java.util.Arrays;
import org.apache.lucene.facet.taxonomy.FacetLabel;
import org.apache.lucene.index.IndexWriter;
import org.voxpop.enrich.entity.EntityType;
import org.voxpop.enrich.sentiment.SentimentLabel;
import org.voxpop.input.InputLimits;

/**
 * The engine's limits on what one value of a document may hold, and the cut that makes a value fit
 * them. A value over a limit makes Lucene refuse the whole document, and with it the whole block
 * (the article with all its comments), so every value is checked here before the document is built.
 *
 * <ul>
 *   <li>A facet path (dimension and labels, with one separator between each) holds at most {@link
 *       FacetLabel#MAX_CATEGORY_PATH_LENGTH} (8,191) characters.
 *   <li>An indexed term (an id, a facet's drill-down term, a doc value) holds at most {@link
 *       IndexWriter#MAX_TERM_LENGTH} (32,766) bytes of UTF-8. Facet paths stay under it by
 *       themselves (8,191 characters are at most 24,573 bytes); ids are checked by the reader
 *       ({@link InputLimits#MAX_ID_BYTES}), which rejects a record whose id cannot be a term.
 *   <li>Stored values have no limit a 64 MiB line can reach.
 * </ul>
 */
final class FieldLimits {

  /** Characters in a facet path, dimension included. */
  static final int MAX_FACET_PATH_CHARS = FacetLabel.MAX_CATEGORY_PATH_LENGTH;

  /** Bytes of UTF-8 in one indexed term. */
  static final int MAX_TERM_BYTES = IndexWriter.MAX_TERM_LENGTH;

  /**
   * The longest entity id every dimension that holds one can take: the entity and per-type
   * dimensions, and the stance dimension, whose path puts a label after the id.
   */
  static final int MAX_ENTITY_ID_CHARS = maxEntityIdChars();

  private FieldLimits() {}

  /**
   * The most characters a label of {@code dim} can hold when {@code deeper} labels follow it in the
   * same path.
   */
  static int labelRoom(String dim, int deeperChars, int deeperLabels) {
    // FacetLabel counts every component and one separator between each
    return MAX_FACET_PATH_CHARS - dim.length() - 1 - deeperChars - deeperLabels;
  }

  /** The most characters one label of a one-level dimension can hold. */
  static int labelRoom(String dim) {
    return labelRoom(dim, 0, 0);
  }

  /**
   * The first {@code maxChars} characters of {@code value}, one fewer when the cut would split a
   * surrogate pair (a half pair is not text, and UTF-8 cannot encode it).
   */
  static String cut(String value, int maxChars) {
    if (value.length() <= maxChars) {
      return value;
    }
    int end = maxChars;
    if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end);
  }

  private static int maxEntityIdChars() {
    int longestStance =
        Arrays.stream(SentimentLabel.values()).mapToInt(l -> l.name().length()).max().orElseThrow();
    int room =
        Math.min(labelRoom(Schema.DIM_ENTITY), labelRoom(Schema.DIM_STANCE, longestStance, 1));
    for (EntityType type : EntityType.values()) {
      room = Math.min(room, labelRoom(Schema.dimFor(type)));
    }
    return room;
  }
}
