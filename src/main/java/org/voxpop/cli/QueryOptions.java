package org.voxpop.cli;

import java.util.ArrayList;
import java.util.List;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.VoxpopSearcher;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The query, scope and drill-down options that every search-like command shares. */
final class QueryOptions {
  @Parameters(
      paramLabel = "QUERY",
      arity = "0..1",
      defaultValue = "",
      description = "The query (default: everything).")
  String query;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      description = {
        "comments, articles, both (default: comments, or articles when the index holds no comments);",
        "articles_by_comments: articles whose comments match, with how many;",
        "comments_by_article: all comments of the articles that match."
      })
  String scope;

  @Option(
      names = "--drill",
      paramLabel = "DIM=VALUE",
      description = {
        "Keep only hits with this facet value (entities by any name the facets show, e.g. entity=Obama);",
        "repeatable: AND across dimensions;",
        "within one, AND for those a document has several of (entities, people, places, stance, author;"
            + " counted within the hits), OR for the others (source, sentiment, dates...; counted as if none"
            + " of their values were selected)."
      })
  List<String> drills = new ArrayList<>();

  /**
   * A request builder with the query, scope and drill-downs set; without {@code --scope}, the scope
   * the index calls for ({@link #defaultScope}).
   */
  SearchRequest.Builder builder(VoxpopSearcher searcher) throws java.io.IOException {
    SearchRequest.Builder builder = builder();
    defaultScope(builder, searcher);
    return builder;
  }

  /**
   * Without {@code --scope}, sets the searcher's default scope: comments, or articles in an archive
   * of articles alone, which would otherwise look empty.
   */
  void defaultScope(SearchRequest.Builder builder, VoxpopSearcher searcher)
      throws java.io.IOException {
    if (scope == null) {
      builder.scope(searcher.defaultScope());
    }
  }

  /** A request builder with the query, scope (comments unless given) and drill-downs set. */
  SearchRequest.Builder builder() {
    SearchRequest.Builder builder = SearchRequest.builder(query);
    if (scope != null) {
      builder.scope(SearchCommand.parseScope(scope));
    }
    for (String drill : drills) {
      String[] kv = SearchCommand.keyValue("--drill", drill);
      builder.drillDown(kv[0], kv[1].split("/"));
    }
    return builder;
  }
}
