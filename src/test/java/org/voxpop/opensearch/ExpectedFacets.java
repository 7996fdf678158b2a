package org.voxpop.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facet counts over {@code index-fixtures/} that voxpop's own index and an OpenSearch index
 * loaded with the voxpop plugin must both give: {@code index-fixtures/expected-facets.json}, read
 * by the root project's {@code ExpectedFacetsTest} and the plugin's {@code FacetComparisonIT}, so
 * that "equal" is enforced from one file.
 *
 * <p>Each case: a scope ({@code comments}: comments counted, with their distinct articles; {@code
 * articles}: articles counted), drill-down filters (values OR-ed within a dimension, dimensions
 * AND-ed), the dimension to count (with a path for the hierarchical {@code stance}), how many top
 * values, the expected totals and the expected values. Top-N cuts never fall inside a tie, so the
 * top values are the same set whatever an engine's tie-break.
 */
public record ExpectedFacets(List<Case> cases) {

  /** The fixture files, in the order voxpop's demo and tests index them. */
  public static final List<String> FIXTURES =
      List.of(
          "index-fixtures/bad-input.jsonl",
          "index-fixtures/fox-news.jsonl",
          "index-fixtures/seed.jsonl");

  /** The file, relative to the project root. */
  public static final String FILE = "index-fixtures/expected-facets.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One facet request and its expected answer.
   *
   * @param name what the case shows
   * @param scope {@code comments} or {@code articles}
   * @param filters drill-downs: dimension to accepted values
   * @param facet the dimension counted
   * @param path for {@code stance}: the entity whose stance labels are counted; else empty
   * @param top how many values
   * @param total the matching hits and their distinct articles
   * @param values the top values, most comments (or articles) first
   */
  public record Case(
      String name,
      String scope,
      Map<String, List<String>> filters,
      String facet,
      List<String> path,
      int top,
      Count total,
      List<Value> values) {

    /** Whether comments, not articles, are counted. */
    public boolean comments() {
      return scope.equals("comments");
    }

    /** This case with other results. */
    public Case withResults(Count newTotal, List<Value> newValues) {
      return new Case(name, scope, filters, facet, path, top, newTotal, newValues);
    }
  }

  /**
   * Hit totals.
   *
   * @param hits matching comments (scope comments) or articles (scope articles)
   * @param articles distinct articles among the matches
   */
  public record Count(long hits, long articles) {}

  /**
   * One facet value.
   *
   * @param value the value (an entity id, a label, a source...)
   * @param comments matching comments with it (0 in scope articles)
   * @param articles distinct articles among the matches with it
   */
  public record Value(String value, int comments, int articles) {}

  /** Reads the file under a project root. */
  public static ExpectedFacets read(Path root) throws IOException {
    JsonNode tree = JSON.readTree(root.resolve(FILE).toFile());
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : tree.path("cases")) {
      Map<String, List<String>> filters = new LinkedHashMap<>();
      c.path("filters").properties().forEach(e -> filters.put(e.getKey(), strings(e.getValue())));
      List<Value> values = new ArrayList<>();
      for (JsonNode v : c.path("values")) {
        values.add(
            new Value(
                v.path("value").asText(), v.path("comments").asInt(), v.path("articles").asInt()));
      }
      cases.add(
          new Case(
              c.path("name").asText(),
              c.path("scope").asText("comments"),
              filters,
              c.path("facet").asText(),
              strings(c.path("path")),
              c.path("top").asInt(10),
              new Count(
                  c.path("total").path("hits").asLong(), c.path("total").path("articles").asLong()),
              values));
    }
    return new ExpectedFacets(List.copyOf(cases));
  }

  /** Writes the file under a project root (regeneration after a deliberate change). */
  public void write(Path root) throws IOException {
    ObjectNode tree = JSON.createObjectNode();
    tree.put(
        "_comment",
        "Facet counts over index-fixtures/ that voxpop (ExpectedFacetsTest) and OpenSearch with the voxpop plugin "
            + "(opensearch-plugin FacetComparisonIT) must both give. Regenerate only after a deliberate change: "
            + "./mvnw test -Dtest=ExpectedFacetsTest -Dvoxpop.expected.regenerate=true");
    ArrayNode array = tree.putArray("cases");
    for (Case c : cases) {
      ObjectNode node = array.addObject();
      node.put("name", c.name());
      node.put("scope", c.scope());
      ObjectNode filters = node.putObject("filters");
      c.filters().forEach((dim, vals) -> vals.forEach(filters.putArray(dim)::add));
      node.put("facet", c.facet());
      if (!c.path().isEmpty()) {
        c.path().forEach(node.putArray("path")::add);
      }
      node.put("top", c.top());
      node.putObject("total").put("hits", c.total().hits()).put("articles", c.total().articles());
      ArrayNode values = node.putArray("values");
      for (Value v : c.values()) {
        values
            .addObject()
            .put("value", v.value())
            .put("comments", v.comments())
            .put("articles", v.articles());
      }
    }
    Files.writeString(root.resolve(FILE), JSON.writeValueAsString(tree) + "\n");
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (node.isTextual()) {
      out.add(node.asText());
    }
    return List.copyOf(out);
  }
}
