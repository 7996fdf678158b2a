package org.voxpop.enrich;

import java.util.Objects;
import org.voxpop.enrich.entity.EntityMention;

/**
 * An entity mention with the stance of its text toward it.
 *
 * @param mention the recognised mention with offsets into the enriched text
 * @param stance sentiment toward the entity in -1..1, or why there is none
 */
public record StancedMention(EntityMention mention, Enriched<Double> stance) {
  public StancedMention {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(stance, "stance");
  }
}
