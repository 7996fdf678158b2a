package org.voxpop.query;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.Dimension;
import org.voxpop.index.EntityNameTerms;
import org.voxpop.index.Schema;

/**
 * Names entities: the readable name of an entity id, which dimensions hold entity ids, and which
 * entities a request filters on (the mentions a hit marks as matched). One place, so that facets,
 * hits, co-occurrence pairs and value resolution name an entity alike.
 */
final class EntityNames {
  private final Gazetteer gazetteer;

  /** The name most documents gave each entity, from the latest reader ({@link EntityNameTerms}). */
  private volatile Map<String, String> indexed = Map.of();

  EntityNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Names entities with a new reader's names: called on every refresh, before any search. */
  void refreshed(Map<String, String> namesInIndex) {
    indexed = Map.copyOf(namesInIndex);
  }

  /**
   * The canonical name of an entity id: from the gazetteer; else as most documents wrote it
   * ("USDA"); else, in an index written before those names were kept, spelled out from a slug id.
   */
  String name(String id) {
    return gazetteer
        .byId(id)
        .map(e -> e.name())
        .orElseGet(() -> indexed.getOrDefault(id, slugName(id)));
  }

  /** Entity ids get their names; the stance labels under an entity stay as they are. */
  UnaryOperator<String> labeler(String dim, List<String> path) {
    return isEntityDim(dim) && path.isEmpty() ? this::name : UnaryOperator.identity();
  }

  /** Entity ids the request filters on: entity terms in the query, and entity drill-downs. */
  static Set<String> matched(Query base, List<DrillDowns.Selected> selections) {
    Set<Term> terms = new HashSet<>();
    base.visit(QueryVisitor.termCollector(terms));
    Set<String> ids = new HashSet<>();
    for (Term term : terms) {
      if (term.field().equals(Schema.ENTITY) || term.field().equals(Schema.TITLE_ENTITY)) {
        ids.add(term.text());
      }
    }
    for (DrillDowns.Selected selected : selections) {
      if (isEntityDim(selected.dim())) {
        selected.paths().forEach(path -> ids.add(path.get(0)));
      }
    }
    return ids;
  }

  private static boolean isEntityDim(String dim) {
    // a stance's top level is an entity id too
    return Dimension.named(dim)
        .map(d -> d.entities() || d.values() == Dimension.Values.STANCES)
        .orElse(false);
  }

  private static String slugName(String id) {
    String slug = id.contains(":") ? id.substring(id.indexOf(':') + 1) : id;
    StringBuilder name = new StringBuilder();
    for (String word : slug.split("-")) {
      if (!word.isEmpty()) {
        name.append(name.isEmpty() ? "" : " ")
            .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(word.substring(1));
      }
    }
    return name.toString();
  }
}
