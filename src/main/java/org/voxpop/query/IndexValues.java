package org.voxpop.query;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.voxpop.index.Dimension;
import org.voxpop.index.Schema;

/**
 * The facet values one reader (one refresh) holds, by dimension, and the names of its entities:
 * what a user may type wherever a value is accepted ({@code entity:Reagan}, {@code --drill
 * entity=Obama}, {@code source:"fox news"}) is looked up here, so that every name the facets show
 * finds what they count.
 */
final class IndexValues {
  /** The values of each keyword-like dimension the index holds, as indexed. */
  private final Map<String, List<String>> values;

  /** Entity ids by the key ({@link #key}) of each of their names: label, slug and id. */
  private final Map<String, List<String>> entitiesByName;

  /** The label of each entity id the index holds. */
  private final Map<String, String> entityLabels;

  private IndexValues(
      Map<String, List<String>> values,
      Map<String, List<String>> entitiesByName,
      Map<String, String> entityLabels) {
    this.values = values;
    this.entitiesByName = entitiesByName;
    this.entityLabels = entityLabels;
  }

  /**
   * The values of {@code fields}, labelling entity ids with {@code entityName} (the labels the
   * facets show).
   */
  static IndexValues of(FacetFields fields, UnaryOperator<String> entityName) throws IOException {
    Map<String, List<String>> values = new HashMap<>();
    for (String dim : Schema.allDims()) {
      if (Dimension.named(dim).orElseThrow().hierarchical()) {
        continue; // dates are checked by their syntax; stance values are entity ids
      }
      Optional<FacetFields.Dim> field = fields.get(dim);
      Set<String> known = new java.util.TreeSet<>(Dimension.named(dim).orElseThrow().vocabulary());
      if (field.isPresent()) {
        known.addAll(topLevel(field.get().state(), dim));
      }
      values.put(dim, List.copyOf(known));
    }
    Map<String, List<String>> byName = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (String id : values.getOrDefault(Schema.DIM_ENTITY, List.of())) {
      String label = entityName.apply(id);
      labels.put(id, label);
      Set<String> keys = new LinkedHashSet<>(List.of(key(id), key(label)));
      if (id.contains(":")) {
        keys.add(key(id.substring(id.indexOf(':') + 1)));
      }
      for (String k : keys) {
        byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(id);
      }
    }
    return new IndexValues(values, byName, labels);
  }

  private static List<String> topLevel(SortedSetDocValuesReaderState state, String dim)
      throws IOException {
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return List.of();
    }
    SortedSetDocValues dv = state.getDocValues();
    List<String> out = new ArrayList<>();
    for (PrimitiveIterator.OfInt it = range.iterator(); it.hasNext(); ) {
      String[] path = FacetsConfig.stringToPath(dv.lookupOrd(it.nextInt()).utf8ToString());
      out.add(path[path.length - 1]);
    }
    return List.copyOf(out);
  }

  /**
   * What a name is compared by: lower case, without accents, with hyphens, underscores and runs of
   * spaces as one space ("quentin-sommerville" = "Quentin Sommerville").
   */
  static String key(String name) {
    String folded =
        Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").strip();
  }

  /** Whether the index holds this entity id. */
  boolean hasEntity(String id) {
    return entityLabels.containsKey(id);
  }

  /** The entity ids of the index that go by this name, label, slug or id; empty when none. */
  List<String> entitiesNamed(String name) {
    return entitiesByName.getOrDefault(key(name), List.of());
  }

  /** The label the facets show for an entity id of the index. */
  Optional<String> entityLabel(String id) {
    return Optional.ofNullable(entityLabels.get(id));
  }

  /** Every entity id of the index. */
  java.util.Collection<String> entityIds() {
    return entityLabels.keySet();
  }

  /** The labels of every entity of the index, for suggestions. */
  java.util.Collection<String> entityLabels() {
    return entityLabels.values();
  }

  /**
   * The indexed values of a keyword dimension that {@code value} stands for: itself when the index
   * holds it as written, else the values equal to it ignoring case (values are names, such as
   * sources and authors, or lower-case labels: nobody means "Fox News" and "fox news" as two).
   */
  List<String> valuesOf(String dim, String value) {
    List<String> known = values.getOrDefault(dim, List.of());
    if (known.contains(value)) {
      return List.of(value);
    }
    List<String> same = new ArrayList<>();
    for (String v : known) {
      if (v.equalsIgnoreCase(value)) {
        same.add(v);
      }
    }
    return same;
  }

  /** Every value of a keyword dimension the index holds. */
  List<String> values(String dim) {
    return values.getOrDefault(dim, List.of());
  }

  /** Whether {@code dim}'s values are checked against the index (keyword-like dimensions). */
  boolean checks(String dim) {
    return values.containsKey(dim);
  }
}
