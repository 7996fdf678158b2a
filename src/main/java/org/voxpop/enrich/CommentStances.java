package org.voxpop.enrich;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mean stance toward each entity over an article's comments, mention by mention: the article-level
 * {@code entity_stance} summary that every index voxpop writes carries. Not thread safe: one per
 * article being mapped.
 */
public final class CommentStances {

  /**
   * The stance of an article's comments toward one entity.
   *
   * @param mean mean stance of the scored mentions, -1..1
   * @param mentions how many mentions were scored
   */
  public record Summary(double mean, int mentions) {}

  private final Map<String, double[]> sums = new LinkedHashMap<>();

  /** Adds the scored mentions of one comment. */
  public void add(List<StancedMention> mentions) {
    for (StancedMention m : mentions) {
      m.stance()
          .value()
          .ifPresent(
              s -> {
                double[] sum = sums.computeIfAbsent(m.mention().id(), k -> new double[2]);
                sum[0] += s;
                sum[1]++;
              });
    }
  }

  /** Per entity id, in order of first scored mention; empty when no mention was scored. */
  public Map<String, Summary> summaries() {
    Map<String, Summary> out = new LinkedHashMap<>();
    sums.forEach((id, sum) -> out.put(id, new Summary(sum[0] / sum[1], (int) sum[1])));
    return Collections.unmodifiableMap(out);
  }
}
