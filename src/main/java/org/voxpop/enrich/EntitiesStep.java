package org.voxpop.enrich;

import java.util.List;
import java.util.Objects;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.enrich.entity.EntityRecognizer;

/**
 * Adds {@link Attribute#MENTIONS}: the entities the text names, read with what its article names.
 */
public final class EntitiesStep implements EnrichmentStep<List<EntityMention>> {

  private final EntityRecognizer recognizer;

  /** A step with the given recognizer (e.g. one with a newsroom gazetteer). */
  public EntitiesStep(EntityRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  @Override
  public Attribute<List<EntityMention>> adds() {
    return Attribute.MENTIONS;
  }

  @Override
  public List<Attribute<?>> requires() {
    return List.of();
  }

  @Override
  public List<EntityMention> compute(Input input) {
    return List.copyOf(
        input
            .genre()
            .map(g -> recognizer.recognize(input.text(), g, input.context()))
            .orElseGet(() -> recognizer.recognize(input.text(), input.context())));
  }
}
