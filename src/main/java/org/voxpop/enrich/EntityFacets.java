package org.voxpop.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.voxpop.enrich.entity.EntityType;
import org.voxpop.enrich.sentiment.SentimentLabel;

/**
 * The entity facet values of one document: each entity once, with its type and the document's mean
 * stance toward it.
 *
 * <p>Every engine that indexes voxpop's enrichment (the Lucene index, the OpenSearch ingest
 * processor) derives its entity, per-type and stance facets from this one class, so that their
 * counts agree.
 *
 * @param entities one entry per entity, in order of first mention
 */
public record EntityFacets(List<Entry> entities) {

  /**
   * One entity of a document.
   *
   * @param id canonical entity id
   * @param type the type of its first mention
   * @param meanStance mean stance of the document's mentions of it, or empty when none was scored
   */
  public record Entry(String id, EntityType type, Optional<Double> meanStance) {

    /**
     * The stance label ({@code negative}, {@code neutral}, {@code positive}) of the mean stance, so
     * that a document counts once under {@code Q30/negative} or {@code Q30/positive}, never under
     * both.
     */
    public Optional<String> stanceLabel() {
      return meanStance.map(s -> SentimentLabel.of(s).name().toLowerCase(Locale.ROOT));
    }
  }

  public EntityFacets {
    entities = List.copyOf(entities);
  }

  /** Groups mentions by entity id. */
  public static EntityFacets of(List<StancedMention> mentions) {
    Map<String, EntityType> types = new LinkedHashMap<>();
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (StancedMention stanced : mentions) {
      String id = stanced.mention().id();
      types.putIfAbsent(id, stanced.mention().type());
      double[] sum = sums.computeIfAbsent(id, k -> new double[2]);
      stanced
          .stance()
          .value()
          .ifPresent(
              s -> {
                sum[0] += s;
                sum[1]++;
              });
    }
    List<Entry> entries = new ArrayList<>(types.size());
    types.forEach(
        (id, type) -> {
          double[] sum = sums.get(id);
          entries.add(
              new Entry(id, type, sum[1] > 0 ? Optional.of(sum[0] / sum[1]) : Optional.empty()));
        });
    return new EntityFacets(entries);
  }
}
