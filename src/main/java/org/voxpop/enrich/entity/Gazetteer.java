package org.voxpop.enrich.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** STUB: replaced by the entity branch. */
public final class Gazetteer {
  private static final Map<String, Entity> BY_NAME = Map.of(
      "united states", new Entity("Q30", "United States", EntityType.LOCATION, "country", List.of("US", "USA", "America")),
      "usa", new Entity("Q30", "United States", EntityType.LOCATION, "country", List.of("US", "USA", "America")),
      "america", new Entity("Q30", "United States", EntityType.LOCATION, "country", List.of("US", "USA", "America")),
      "israel", new Entity("Q801", "Israel", EntityType.LOCATION, "country", List.of()),
      "raqqa", new Entity("Q184035", "Raqqa", EntityType.LOCATION, "city", List.of()),
      "syria", new Entity("Q858", "Syria", EntityType.LOCATION, "country", List.of()));
  private static final Gazetteer DEFAULT = new Gazetteer();
  public static Gazetteer defaultGazetteer() { return DEFAULT; }
  public Optional<Entity> lookup(String name) {
    Optional<Entity> byId = byId(name);
    return byId.isPresent() ? byId : Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }
  public Optional<Entity> byId(String id) { return BY_NAME.values().stream().filter(e -> e.id().equals(id)).findFirst(); }
  public String version() { return "stub"; }
  public int size() { return BY_NAME.size(); }
}
