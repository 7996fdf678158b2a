package org.voxpop.enrich.entity;

import java.util.List;
import java.util.Objects;

/**
 * A canonical entity of the gazetteer.
 *
 * @param id a Wikidata QID (e.g. {@code Q30}) where known, else a stable slug such as {@code
 *     slug:quentin-sommerville}
 * @param name the canonical display name
 * @param type the coarse type
 * @param subtype a free-text refinement ("country", "city", "armed group"), may be empty
 * @param aliases every other known name, short form and demonym
 */
public record Entity(
    String id, String name, EntityType type, String subtype, List<String> aliases) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    subtype = subtype == null ? "" : subtype;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
