package org.voxpop.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.voxpop.enrich.entity.Entity;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.Dimension;
import org.voxpop.index.Schema;

/**
 * Turns what a user typed for a dimension (a query's {@code entity:Reagan}, a drill-down's {@code
 * entity=Obama}, a timeline's entity) into the values the index holds: entity names through the
 * index's own entity labels as well as the gazetteer, keyword values as written or else ignoring
 * case.
 */
final class ValueResolver implements QueryTranslator.Resolver {
  private final IndexValues index;
  private final Gazetteer gazetteer;

  ValueResolver(IndexValues index, Gazetteer gazetteer) {
    this.index = index;
    this.gazetteer = gazetteer;
  }

  /** Whether a dimension's values are entity ids. */
  static boolean isEntityDim(String dim) {
    return Dimension.named(dim).map(Dimension::entities).orElse(false);
  }

  /**
   * The entity ids a name stands for: those of the index that the gazetteer or the index's own
   * labels call so (all of them: "Reagan" may be the gazetteer's Ronald Reagan and a name the
   * recogniser met alone); when the index holds none, the gazetteer's id, whose zero is a true one.
   *
   * @throws UnknownValueException when neither the index nor the gazetteer knows the name
   */
  @Override
  public List<String> entityIds(String name) {
    Set<String> ids = new LinkedHashSet<>();
    Optional<Entity> known = gazetteer.lookup(name);
    known.filter(e -> index.hasEntity(e.id())).ifPresent(e -> ids.add(e.id()));
    ids.addAll(index.entitiesNamed(name));
    if (ids.isEmpty()) {
      ids.add(known.map(Entity::id).orElseThrow(() -> unknownEntity(name)));
    }
    return List.copyOf(ids);
  }

  private UnknownValueException unknownEntity(String name) {
    // The names one may type for the index's entities: the labels the facets show, and the
    // gazetteer's names and aliases of those entities ("Amercia" is nearest to "America").
    Set<String> names = new LinkedHashSet<>(index.entityLabels());
    for (String id : index.entityIds()) {
      gazetteer
          .byId(id)
          .ifPresent(
              e -> {
                names.add(e.name());
                names.addAll(e.aliases());
              });
    }
    List<String> near = Suggestions.nearest(name, names);
    return new UnknownValueException(
        Schema.DIM_ENTITY,
        name,
        near,
        "no entity is known as '" + name + "', in the index or the gazetteer" + didYouMean(near));
  }

  /**
   * The indexed values a keyword value stands for: as written, else ignoring case.
   *
   * @throws UnknownValueException when the index holds no such value
   */
  @Override
  public List<String> values(String dim, String value) {
    List<String> found = index.valuesOf(dim, value);
    if (!found.isEmpty()) {
      return found;
    }
    List<String> all = index.values(dim);
    if (all.isEmpty()) {
      throw new UnknownValueException(
          dim, value, List.of(), "no document of the index has a '" + dim + "' value");
    }
    List<String> near = Suggestions.nearest(value, all);
    String message = "'" + dim + "' has no value '" + value + "' in the index" + didYouMean(near);
    if (all.size() <= SMALL_DIMENSION) {
      message += " (its values: " + String.join(", ", all) + ")";
    }
    throw new UnknownValueException(dim, value, near, message);
  }

  /** Dimensions with at most this many values list them all when a value is unknown. */
  private static final int SMALL_DIMENSION = 12;

  private static String didYouMean(List<String> near) {
    return near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?";
  }

  /** The drill-down paths a user's path stands for: one per value its first part resolves to. */
  List<List<String>> paths(String dim, List<String> path) {
    if (path.isEmpty()) {
      return List.of(path);
    }
    List<String> firsts;
    if (isEntityDim(dim) || dim.equals(Schema.DIM_STANCE)) {
      firsts = entityIds(path.get(0));
    } else if (index.checks(dim) && !dim.equals(Schema.DIM_TYPE)) {
      firsts = values(dim, path.get(0));
    } else {
      return List.of(path);
    }
    List<List<String>> out = new ArrayList<>(firsts.size());
    for (String first : firsts) {
      List<String> resolved = new ArrayList<>(path);
      resolved.set(0, first);
      out.add(List.copyOf(resolved));
    }
    return out;
  }

  /** The label to show for a selected value: an entity's name, or the value itself. */
  String label(String dim, List<String> path) {
    if (isEntityDim(dim) || dim.equals(Schema.DIM_STANCE)) {
      String id = entityIds(path.get(0)).get(0);
      String name =
          index.entityLabel(id).or(() -> gazetteer.byId(id).map(Entity::name)).orElse(path.get(0));
      return path.size() == 1
          ? name
          : name + " / " + String.join(" / ", path.subList(1, path.size()));
    }
    return String.join(" / ", path);
  }
}
