package org.voxpop.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.voxpop.index.Dimension;
import org.voxpop.index.Schema;

/**
 * Turns the selected facet values of a request into its drill-down query, as {@link DrillMode}
 * says: the values of an {@link DrillMode#ALL_OF} dimension each filter the hits (they narrow, and
 * the dimension is counted within the hits); those of an {@link DrillMode#ANY_OF} dimension are
 * ORed into one drill-down of the query, which drill-sideways counts as if it were not there.
 *
 * <p>Most dimensions drill down through the terms lucene-facet indexes for them; the date
 * dimensions, the document type, the entities and the stance index none (see {@link
 * Schema#facetsConfig()}) and drill down through fields indexed anyway: a year, month or day is a
 * range of the date's epoch-ms point field, a type is the {@link Schema#TYPE} term, an entity is
 * its id in the {@link Schema#ENTITY} or {@link Schema#TITLE_ENTITY} field, and a person or a
 * stance toward an entity is that, with the dimension's doc values checked for only the documents
 * found ({@link Dimension#drillsThroughEntity}). Counting, drill-sideways and the request API do
 * not see the difference.
 */
final class DrillDowns {
  private DrillDowns() {}

  /**
   * One value a user selected in a dimension, with the indexed paths it stands for: several when
   * one name is several entity ids ("Reagan" as the gazetteer's id and as a slug), any of which
   * matches.
   */
  record Selected(String dim, List<List<String>> paths) {
    Selected {
      paths = paths.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A drill-down query and its {@link DrillMode#ANY_OF} dimensions, in the order Lucene's
   * drill-sideways gives their sideways matches.
   */
  record Drilled(DrillDownQuery query, List<String> anyOfDims) {}

  /**
   * The query of {@code scoped} hits narrowed by the selections, each dimension as its mode says.
   */
  static Drilled query(FacetsConfig config, Query scoped, List<Selected> selections) {
    BooleanQuery.Builder allOf = new BooleanQuery.Builder().add(scoped, BooleanClause.Occur.MUST);
    boolean narrowed = false;
    Map<String, List<List<String>>> anyOf = new LinkedHashMap<>();
    for (Selected selected : selections) {
      if (DrillMode.of(selected.dim()) == DrillMode.ALL_OF) {
        allOf.add(anyPath(config, selected), BooleanClause.Occur.FILTER);
        narrowed = true;
      } else {
        anyOf.computeIfAbsent(selected.dim(), d -> new ArrayList<>()).addAll(selected.paths());
      }
    }
    DrillDownQuery query = new DrillDownQuery(config, narrowed ? allOf.build() : scoped);
    anyOf.forEach((dim, paths) -> paths.forEach(path -> add(config, query, dim, path)));
    return new Drilled(query, List.copyOf(anyOf.keySet()));
  }

  /** Documents with any of the paths one selection stands for. */
  private static Query anyPath(FacetsConfig config, Selected selected) {
    if (selected.paths().size() == 1) {
      return path(config, selected.dim(), selected.paths().get(0));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (List<String> path : selected.paths()) {
      any.add(path(config, selected.dim(), path), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * ORs {@code path} into the drill-down of {@code dim}.
   *
   * @throws IllegalArgumentException when a date dimension's path is not {@code yyyy[, MM[, dd]]}
   */
  static void add(FacetsConfig config, DrillDownQuery query, String dim, List<String> path) {
    query.add(dim, path(config, dim, path));
  }

  /**
   * Documents with one value of a dimension.
   *
   * @throws IllegalArgumentException when a date dimension's path is not {@code yyyy[, MM[, dd]]}
   */
  static Query path(FacetsConfig config, String dim, List<String> path) {
    String dateField = Schema.DATE_DIM_FIELDS.get(dim);
    if (dateField != null) {
      return dateRange(dim, dateField, path);
    }
    if (dim.equals(Schema.DIM_TYPE) && path.size() == 1) {
      return new TermQuery(new Term(Schema.TYPE, path.get(0)));
    }
    if (!path.isEmpty() && Dimension.named(dim).map(Dimension::drillsThroughEntity).orElse(false)) {
      Query mentioned =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.ENTITY, path.get(0))), BooleanClause.Occur.SHOULD)
              .add(
                  new TermQuery(new Term(Schema.TITLE_ENTITY, path.get(0))),
                  BooleanClause.Occur.SHOULD)
              .build();
      if (dim.equals(Schema.DIM_ENTITY) && path.size() == 1) {
        return mentioned;
      }
      // The entity's terms find the documents that mention it, few in an archive; the
      // dimension's doc values (which hold each ancestor path, so "Q30" as well as
      // "Q30/negative") are read for those documents only.
      return new BooleanQuery.Builder()
          .add(mentioned, BooleanClause.Occur.FILTER)
          .add(
              SortedSetDocValuesField.newSlowExactQuery(
                  config.getDimConfig(dim).indexFieldName,
                  new BytesRef(FacetsConfig.pathToString(dim, path.toArray(String[]::new)))),
              BooleanClause.Occur.FILTER)
          .build();
    }
    return new TermQuery(
        DrillDownQuery.term(
            config.getDimConfig(dim).indexFieldName, dim, path.toArray(String[]::new)));
  }

  /** The UTC year, month or day that a date facet path names, as a range of its field. */
  private static org.apache.lucene.search.Query dateRange(
      String dim, String field, List<String> path) {
    try {
      // The path's parts are numbers as Schema.datePath spells them ("2017", "0950", "10000").
      int year = Integer.parseInt(path.get(0));
      LocalDate first;
      LocalDate next;
      switch (path.size()) {
        case 1 -> {
          first = LocalDate.of(year, 1, 1);
          next = first.plusYears(1);
        }
        case 2 -> {
          first = YearMonth.of(year, Integer.parseInt(path.get(1))).atDay(1);
          next = first.plusMonths(1);
        }
        case 3 -> {
          first = LocalDate.of(year, Integer.parseInt(path.get(1)), Integer.parseInt(path.get(2)));
          next = first.plusDays(1);
        }
        default ->
            throw new IllegalArgumentException("a date has a year, a month and a day at most");
      }
      return LongField.newRangeQuery(field, epochMillis(first), epochMillis(next) - 1);
    } catch (DateTimeException
        | IllegalArgumentException
        | IndexOutOfBoundsException e) { // NumberFormatException too
      throw new IllegalArgumentException(
          "'"
              + dim
              + "' values are dates as year, month, day (e.g. 2017/11/13); '"
              + org.voxpop.input.InputLimits.echo(String.join("/", path))
              + "' is not one");
    }
  }

  private static long epochMillis(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }
}
