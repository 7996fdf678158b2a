package org.voxpop.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable search: query text, scope, facets to count, drill-down filters and paging.
 *
 * <p>Build one with {@link #builder(String)}; every setting has a sensible default.
 *
 * @param query query text in voxpop's syntax ({@code docs/query-syntax.md}); blank matches all
 * @param scope which documents to return and count
 * @param facetDims facet dimensions to count, in the order to show them; a repeated one is counted
 *     once
 * @param facetTopN values to return per dimension
 * @param drillDowns selected values per dimension: AND across dimensions; within one, all of them
 *     or any of them as its {@link DrillMode} says (all of for entities, stance and author)
 * @param pageSize hits per page
 * @param sort how hits are ordered
 * @param after the cursor of the previous page ({@link SearchResult#nextCursor()}); empty for the
 *     first
 * @param facetPrefixes per dimension, only values (or, for entities, names) starting with this text
 * @param facetPaths per hierarchical dimension, the path whose children to count (e.g. published
 *     {@code [2017]} counts months)
 * @param rangeFacets numeric range facets to count, by name ({@link RangeFacets#NAMES})
 */
public record SearchRequest(
    String query,
    Scope scope,
    List<String> facetDims,
    int facetTopN,
    Map<String, List<List<String>>> drillDowns,
    int pageSize,
    SortOrder sort,
    Optional<String> after,
    Map<String, String> facetPrefixes,
    Map<String, List<String>> facetPaths,
    List<String> rangeFacets) {

  /** Largest page a request may ask for. */
  public static final int MAX_PAGE_SIZE = 1_000;

  /** Most facet values per dimension a request may ask for. */
  public static final int MAX_FACET_TOP_N = 1_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(scope, "scope");
    // each dimension once: a repeat would be counted, labelled and sent again for nothing
    facetDims = List.copyOf(new java.util.LinkedHashSet<>(facetDims));
    Map<String, List<List<String>>> copy = new LinkedHashMap<>();
    drillDowns.forEach((dim, paths) -> copy.put(dim, paths.stream().map(List::copyOf).toList()));
    drillDowns = java.util.Collections.unmodifiableMap(copy);
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(after, "after");
    facetPrefixes = Map.copyOf(facetPrefixes);
    Map<String, List<String>> paths = new LinkedHashMap<>();
    facetPaths.forEach((dim, path) -> paths.put(dim, List.copyOf(path)));
    facetPaths = java.util.Collections.unmodifiableMap(paths);
    rangeFacets = List.copyOf(new java.util.LinkedHashSet<>(rangeFacets));
    for (String range : rangeFacets) {
      if (!RangeFacets.NAMES.contains(range)) {
        throw new IllegalArgumentException(
            "unknown range facet '" + range + "'; known: " + String.join(", ", RangeFacets.NAMES));
      }
    }
    if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "page size must be between 0 and " + MAX_PAGE_SIZE + ", was " + pageSize);
    }
    if (facetTopN < 1 || facetTopN > MAX_FACET_TOP_N) {
      throw new IllegalArgumentException(
          "facet top-N must be between 1 and " + MAX_FACET_TOP_N + ", was " + facetTopN);
    }
  }

  /** A builder starting from the given query text. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** Builds {@link SearchRequest}s; not thread safe, the requests it builds are. */
  public static final class Builder {
    private final String query;
    private Scope scope = Scope.COMMENTS;
    private List<String> facetDims = List.of();
    private int facetTopN = 10;
    private final Map<String, List<List<String>>> drillDowns = new LinkedHashMap<>();
    private int pageSize = 10;
    private SortOrder sort = SortOrder.RELEVANCE;
    private Optional<String> after = Optional.empty();
    private final Map<String, String> facetPrefixes = new LinkedHashMap<>();
    private final Map<String, List<String>> facetPaths = new LinkedHashMap<>();
    private List<String> rangeFacets = List.of();

    private Builder(String query) {
      this.query = query;
    }

    /** Which documents to search; default comments. */
    public Builder scope(Scope value) {
      this.scope = value;
      return this;
    }

    /** Facet dimensions to count; default none. */
    public Builder facets(String... dims) {
      this.facetDims = List.of(dims);
      return this;
    }

    /** Values per facet dimension; default 10. */
    public Builder facetTopN(int value) {
      this.facetTopN = value;
      return this;
    }

    /**
     * Adds a drill-down filter: only hits with this value. With other values of the same dimension,
     * hits have all of them or any of them as {@link DrillMode#of(String)} says.
     */
    public Builder drillDown(String dim, String... path) {
      drillDowns.computeIfAbsent(dim, k -> new ArrayList<>()).add(List.of(path));
      return this;
    }

    /** Hits per page; default 10. */
    public Builder pageSize(int value) {
      this.pageSize = value;
      return this;
    }

    /** Hit order; default relevance. */
    public Builder sort(SortOrder value) {
      this.sort = value;
      return this;
    }

    /** Continues after the page that returned this cursor. */
    public Builder after(String cursor) {
      this.after = Optional.of(cursor);
      return this;
    }

    /** Only values of {@code dim} starting with {@code prefix} (entity dims match names). */
    public Builder facetPrefix(String dim, String prefix) {
      facetPrefixes.put(dim, prefix);
      return this;
    }

    /** Counts the children of {@code path} in a hierarchical dimension instead of its top level. */
    public Builder facetPath(String dim, String... path) {
      facetPaths.put(dim, List.of(path));
      return this;
    }

    /** Numeric range facets to count, e.g. {@code compound}. */
    public Builder rangeFacets(String... names) {
      this.rangeFacets = List.of(names);
      return this;
    }

    /** The request. */
    public SearchRequest build() {
      return new SearchRequest(
          query,
          scope,
          facetDims,
          facetTopN,
          drillDowns,
          pageSize,
          sort,
          after,
          facetPrefixes,
          facetPaths,
          rangeFacets);
    }
  }
}
