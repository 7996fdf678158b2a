package org.voxpop.query;

import java.util.Collection;
import java.util.Locale;
import org.voxpop.index.Schema;

/**
 * How the selected values of one facet dimension combine, and what its counts mean while some are
 * selected. Which mode a dimension has follows from {@link Schema#multiValuedDims()}: a document
 * that may carry several values can be asked for all of them, one that carries one value cannot.
 *
 * <p>The same rule holds for the Java API, the CLI's repeated {@code --drill} and the HTTP API's
 * repeated {@code drill}; across dimensions, selections always combine with AND.
 */
public enum DrillMode {
  /**
   * Multi-valued dimensions (entities, people, places, stance, authors): a second selected value
   * narrows, hits carry every selected value, and the dimension is counted within the hits like any
   * other, so no count exceeds the number of hits.
   */
  ALL_OF,
  /**
   * Single-valued dimensions (source, sentiment, type, language, dates, the abuse labels): a second
   * selected value widens, hits carry any selected value, and the dimension is counted sideways, as
   * if none of its own values were selected, so that the other values stay visible to add.
   */
  ANY_OF;

  /** The mode of a facet dimension. */
  public static DrillMode of(String dim) {
    return Schema.multiValuedDims().contains(dim) ? ALL_OF : ANY_OF;
  }

  /**
   * Whether a dimension's counts ignore its own selection: it is {@link #ANY_OF} and one of its
   * values is among {@code selectedDims}.
   */
  public static boolean countedSideways(String dim, Collection<String> selectedDims) {
    return of(dim) == ANY_OF && selectedDims.contains(dim);
  }

  /** The name the HTTP API and the CLI's JSON give the mode: {@code all_of} or {@code any_of}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
