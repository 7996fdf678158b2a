package org.voxpop.enrich.entity;

import java.util.Objects;

/**
 * One mention of an entity in a text.
 *
 * @param id canonical entity id (QID or slug)
 * @param name canonical display name
 * @param type coarse type
 * @param subtype free-text refinement, may be empty
 * @param surface the text as written
 * @param start char offset of the first char in the original text
 * @param end char offset after the last char (exclusive)
 * @param confidence 0..1
 * @param source how the entity was found: "gazetteer" (a name or alias), "demonym",
 *     "gazetteer-fuzzy" (a misspelling), "coref" (named elsewhere in the document or its context),
 *     "surname" (the well-known bearer of a lone surname), "tagger" (a name the gazetteer lacks,
 *     with a slug id) or "handle" (an account)
 */
public record EntityMention(
    String id,
    String name,
    EntityType type,
    String subtype,
    String surface,
    int start,
    int end,
    double confidence,
    String source) {

  public EntityMention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(source, "source");
    subtype = subtype == null ? "" : subtype;
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }

  /** A mention of a known entity, written {@code surface} at {@code [start, end)}. */
  static EntityMention of(
      Entity entity, String surface, int start, int end, double confidence, String source) {
    return new EntityMention(
        entity.id(),
        entity.name(),
        entity.type(),
        entity.subtype(),
        surface,
        start,
        end,
        confidence,
        source);
  }
}
