package org.voxpop.cli;

import java.util.ArrayList;
import java.util.List;
import org.voxpop.query.SearchRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The query, scope and drill-down options that every search-like command shares. */
final class QueryOptions {
  @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "", description = "The query (default: everything).")
  String query;

  @Option(names = "--scope", defaultValue = "comments", paramLabel = "SCOPE",
      description = {"comments, articles, both (default: ${DEFAULT-VALUE});",
          "articles_by_comments: articles whose comments match, with how many;",
          "comments_by_article: all comments of the articles that match."})
  String scope;

  @Option(names = "--drill", paramLabel = "DIM=VALUE",
      description = {"Keep only hits with this facet value (entities by any name the facets show, e.g. entity=Obama);",
          "repeatable (AND across dimensions, OR within one)."})
  List<String> drills = new ArrayList<>();

  /** A request builder with the query, scope and drill-downs set. */
  SearchRequest.Builder builder() {
    SearchRequest.Builder builder = SearchRequest.builder(query).scope(SearchCommand.parseScope(scope));
    for (String drill : drills) {
      String[] kv = SearchCommand.keyValue("--drill", drill);
      builder.drillDown(kv[0], kv[1].split("/"));
    }
    return builder;
  }
}
