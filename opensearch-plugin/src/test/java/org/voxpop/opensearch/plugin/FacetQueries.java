package org.voxpop.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voxpop.opensearch.ExpectedFacets;
import org.voxpop.opensearch.OpenSearchFields;

/**
 * voxpop's facet requests as OpenSearch aggregations, run over HTTP against an index loaded by
 * voxpop's bulk loader.
 *
 * <p>Scope comments: a {@code nested} aggregation over the comments, a filter with the drill-downs,
 * a {@code terms} aggregation on the dimension's keyword field for the comment counts and a {@code
 * reverse_nested} under each value for the distinct articles. As in voxpop (drill sideways), the
 * values of a drilled dimension are counted without that dimension's own filter; the totals use
 * every filter. Scope articles: the drill-downs filter the articles, and the terms count them.
 * {@code shard_size} is far above the number of values, so counts are exact on any shard count.
 */
final class FacetQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SHARD_SIZE = 10_000;

  private final HttpClient http;
  private final URI url;
  private final String index;

  FacetQueries(HttpClient http, URI url, String index) {
    this.http = http;
    this.url = url;
    this.index = index;
  }

  /**
   * The case with the results OpenSearch gives, values ordered as the expected ones where equal.
   */
  ExpectedFacets.Case run(ExpectedFacets.Case c) throws IOException, InterruptedException {
    JsonNode response = search(c.comments() ? commentsRequest(c) : articlesRequest(c));
    JsonNode totals;
    JsonNode values;
    ExpectedFacets.Count total;
    if (c.comments()) {
      JsonNode comments = response.path("aggregations").path("comments");
      totals = comments.path("hits");
      total =
          new ExpectedFacets.Count(
              totals.path("doc_count").asLong(),
              totals.path("articles").path("doc_count").asLong());
      values = comments.path("facet").path("values").path("buckets");
    } else {
      long hits = response.path("hits").path("total").path("value").asLong();
      total = new ExpectedFacets.Count(hits, hits);
      values = response.path("aggregations").path("facet").path("values").path("buckets");
    }
    String prefix =
        c.path().isEmpty()
            ? ""
            : String.join(OpenSearchFields.STANCE_SEPARATOR, c.path())
                + OpenSearchFields.STANCE_SEPARATOR;
    List<ExpectedFacets.Value> out = new ArrayList<>();
    for (JsonNode bucket : values) {
      String value = bucket.path("key").asText().substring(prefix.length());
      int docs = bucket.path("doc_count").asInt();
      out.add(
          c.comments()
              ? new ExpectedFacets.Value(
                  value, docs, bucket.path("articles").path("doc_count").asInt())
              : new ExpectedFacets.Value(value, 0, docs));
    }
    return c.withResults(total, out);
  }

  /** The search body for a case, for messages. */
  String describe(ExpectedFacets.Case c) throws IOException {
    return JSON.writeValueAsString(c.comments() ? commentsRequest(c) : articlesRequest(c));
  }

  private Map<String, Object> commentsRequest(ExpectedFacets.Case c) {
    Map<String, Object> articles = Map.of("articles", Map.of("reverse_nested", Map.of()));
    Map<String, Object> terms = terms(c, OpenSearchFields.COMMENTS + "." + field(c.facet(), true));
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("hits", Map.of("filter", filter(c, true, null), "aggs", articles));
    inner.put(
        "facet",
        Map.of(
            "filter",
            filter(c, true, c.facet()),
            "aggs",
            Map.of("values", Map.of("terms", terms, "aggs", articles))));
    return Map.of(
        "size",
        0,
        "aggs",
        Map.of(
            "comments",
            Map.of("nested", Map.of("path", OpenSearchFields.COMMENTS), "aggs", inner)));
  }

  private Map<String, Object> articlesRequest(ExpectedFacets.Case c) {
    return Map.of(
        "size",
        0,
        "track_total_hits",
        true,
        "query",
        filter(c, false, null),
        "aggs",
        Map.of(
            "facet",
            Map.of(
                "filter",
                filter(c, false, c.facet()),
                "aggs",
                Map.of("values", Map.of("terms", terms(c, field(c.facet(), false)))))));
  }

  private static Map<String, Object> terms(ExpectedFacets.Case c, String field) {
    Map<String, Object> terms = new LinkedHashMap<>();
    terms.put("field", field);
    terms.put("size", c.top());
    terms.put("shard_size", SHARD_SIZE);
    if (!c.path().isEmpty()) {
      // A hierarchical dimension's children: the values under "Q30/".
      terms.put(
          "include",
          regexEscape(
                  String.join(OpenSearchFields.STANCE_SEPARATOR, c.path())
                      + OpenSearchFields.STANCE_SEPARATOR)
              + ".*");
    }
    return terms;
  }

  /** The drill-downs as a bool filter, leaving out {@code except} (drill sideways). */
  private static Map<String, Object> filter(
      ExpectedFacets.Case c, boolean onComments, String except) {
    List<Object> clauses = new ArrayList<>();
    c.filters()
        .forEach(
            (dim, values) -> {
              if (!dim.equals(except)) {
                String f = field(dim, onComments);
                clauses.add(
                    Map.of(
                        "terms",
                        Map.of(onComments ? OpenSearchFields.COMMENTS + "." + f : f, values)));
              }
            });
    return Map.of("bool", Map.of("filter", clauses));
  }

  private static String field(String dim, boolean onComments) {
    return OpenSearchFields.forDimension(dim, onComments)
        .orElseThrow(
            () -> new IllegalArgumentException("no OpenSearch field for dimension " + dim));
  }

  /** Lucene regular expressions treat many punctuation marks as operators; ids contain some. */
  private static String regexEscape(String literal) {
    StringBuilder out = new StringBuilder();
    for (char ch : literal.toCharArray()) {
      if (!Character.isLetterOrDigit(ch)) {
        out.append('\\');
      }
      out.append(ch);
    }
    return out.toString();
  }

  private JsonNode search(Map<String, Object> body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(url.resolve("/" + index + "/_search"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException("search failed: HTTP " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** Values by value, for comparisons that ignore the order of equal counts. */
  static Map<String, List<Integer>> byValue(List<ExpectedFacets.Value> values) {
    Map<String, List<Integer>> map = new java.util.TreeMap<>();
    values.forEach(v -> map.put(v.value(), List.of(v.comments(), v.articles())));
    return map;
  }
}
