package org.voxpop.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The JSON form of search results, shared by the CLI's {@code --format json} and the HTTP API so
 * that both speak the same documented shape.
 */
public final class ResultJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResultJson() {}

  /**
   * The whole result: counts, hits and facets; each facet that can be selected says whether it was
   * counted sideways ({@code sideways}: as if its own selected values were not selected).
   */
  public static ObjectNode toJson(SearchResult result) {
    ObjectNode node = JSON.createObjectNode();
    node.put("total_hits", result.totalHits());
    node.put("distinct_articles", result.distinctArticles());
    node.put("took_ms", result.took().toMillis());
    ArrayNode hits = node.putArray("hits");
    result.hits().forEach(h -> hits.add(toJson(h)));
    ArrayNode facets = node.putArray("facets");
    java.util.Set<String> selectedDims = new java.util.HashSet<>();
    result.selected().forEach(sel -> selectedDims.add(sel.dim()));
    for (FacetDimension f : result.facets()) {
      ObjectNode facet = toJson(f);
      if (facet.has("select")) {
        facet.put("sideways", DrillMode.countedSideways(f.dim(), selectedDims));
      }
      facets.add(facet);
    }
    put(node, "next_cursor", result.nextCursor());
    ArrayNode selected = node.putArray("selected");
    result
        .selected()
        .forEach(
            sel ->
                selected
                    .addObject()
                    .put("dim", sel.dim())
                    .put("value", sel.value())
                    .put("label", sel.label())
                    .put("select", DrillMode.of(sel.dim()).jsonName()));
    return node;
  }

  /** One hit. */
  public static ObjectNode toJson(Hit hit) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", hit.type());
    node.put("article_id", hit.articleId());
    put(node, "comment_id", hit.commentId());
    put(node, "title", hit.title());
    node.put("text", hit.text());
    node.put("snippet", hit.snippet());
    put(node, "author", hit.author());
    put(node, "date", hit.date());
    hit.compound().ifPresent(v -> node.put("compound", v));
    put(node, "sentiment", hit.sentiment());
    hit.abuse().ifPresent(v -> node.put("abuse", v));
    if (!hit.abuseKinds().isEmpty()) {
      ObjectNode kinds = node.putObject("abuse_kinds");
      hit.abuseKinds().forEach(kinds::put);
    }
    ArrayNode entities = node.putArray("entities");
    for (Hit.MentionView m : hit.entities()) {
      ObjectNode e = entities.addObject();
      e.put("id", m.id());
      e.put("name", m.name());
      e.put("type", m.type());
      e.put("surface", m.surface());
      e.put("start", m.start());
      e.put("end", m.end());
      m.stance().ifPresent(v -> e.put("stance", v));
      e.put("matched", m.matched());
    }
    if (hit.matchedComments() > 0) {
      node.put("matched_comments", hit.matchedComments());
    }
    node.put("score", hit.score());
    return node;
  }

  /**
   * One facet dimension; a dimension one can select values of says how they combine ({@code
   * select}: {@code all_of} or {@code any_of}, {@link DrillMode}).
   */
  public static ObjectNode toJson(FacetDimension dim) {
    ObjectNode node = JSON.createObjectNode();
    node.put("dim", dim.dim());
    if (org.voxpop.index.Schema.allDims().contains(dim.dim())) { // not the numeric range facets
      node.put("select", DrillMode.of(dim.dim()).jsonName());
    }
    ArrayNode path = node.putArray("path");
    dim.path().forEach(path::add);
    node.put("child_count", dim.childCount());
    node.put("missing_comments", dim.missingComments());
    node.put("missing_articles", dim.missingArticles());
    ArrayNode values = node.putArray("values");
    for (FacetValue v : dim.values()) {
      values
          .addObject()
          .put("value", v.value())
          .put("label", v.label())
          .put("comments", v.comments())
          .put("articles", v.articles());
    }
    return node;
  }

  /** A co-occurrence graph: its pairs and its entities. */
  public static ObjectNode toJson(CoOccurrence graph) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode pairs = node.putArray("pairs");
    graph
        .pairs()
        .forEach(
            p ->
                pairs
                    .addObject()
                    .put("first", p.first())
                    .put("first_name", p.firstName())
                    .put("second", p.second())
                    .put("second_name", p.secondName())
                    .put("comments", p.comments()));
    ArrayNode entities = node.putArray("entities");
    graph
        .entities()
        .forEach(
            e ->
                entities
                    .addObject()
                    .put("id", e.value())
                    .put("name", e.label())
                    .put("comments", e.comments()));
    return node;
  }

  /** A timeline: one object per period, empty periods included (as zeros). */
  public static ArrayNode toJson(java.util.List<TimelineBucket> buckets) {
    ArrayNode array = JSON.createArrayNode();
    for (TimelineBucket b : buckets) {
      ObjectNode node =
          array
              .addObject()
              .put("period", b.period())
              .put("start", b.start())
              .put("comments", b.comments())
              .put("articles", b.articles())
              .put("negative", b.negative())
              .put("neutral", b.neutral())
              .put("positive", b.positive());
      b.meanCompound().ifPresent(v -> node.put("mean_compound", v));
      b.netStance().ifPresent(v -> node.put("net_stance", v));
    }
    return array;
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    value.ifPresent(v -> node.put(field, v));
  }
}
