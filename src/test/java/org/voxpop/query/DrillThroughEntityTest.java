package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.FixtureIndex;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.Dimension;
import org.voxpop.index.IndexListener;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.Schema;

/**
 * The entities and the stance index no drill-down terms of their own: they drill through the ids of
 * the entity field and, but for the entity dimension, their own doc values. Every value such a
 * facet lists selects exactly as many comments or articles as it counts (an article's title
 * entities too), and the stance toward an entity as a whole selects every comment with any stance
 * toward it.
 */
class DrillThroughEntityTest {

  @Test
  void theEntitiesAndTheStanceIndexNoTermsOfTheirOwn() {
    FacetsConfig config = Schema.facetsConfig();
    for (Dimension d : Dimension.all()) {
      boolean through = d.values() == Dimension.Values.STANCES || d.entities();
      assertEquals(through, d.drillsThroughEntity(), d.name());
      if (through) {
        assertEquals(
            FacetsConfig.DrillDownTermsIndexing.NONE,
            config.getDimConfig(d.name()).drillDownTermsIndexing,
            d.name());
      }
    }
  }

  @Test
  void everyListedStanceSelectsWhatItCounts() throws IOException {
    VoxpopSearcher searcher = FixtureIndex.searcher();
    int checked = 0;
    for (FacetValue entity : facet(searcher, Schema.DIM_STANCE, List.of())) {
      long all = count(searcher, Schema.DIM_STANCE, entity.value());
      assertEquals(entity.comments(), all, "stance " + entity.value());
      long byLabel = 0;
      for (FacetValue label : facet(searcher, Schema.DIM_STANCE, List.of(entity.value()))) {
        long n = count(searcher, Schema.DIM_STANCE, entity.value(), label.value());
        assertEquals(label.comments(), n, "stance " + entity.value() + "/" + label.value());
        byLabel += n;
        checked++;
      }
      assertEquals(all, byLabel, "a comment has one stance toward " + entity.value());
    }
    assertTrue(checked >= 10, "stances checked: " + checked);
  }

  @Test
  void everyListedEntityPersonPlaceAndOrganisationSelectsWhatItCounts() throws IOException {
    VoxpopSearcher searcher = FixtureIndex.searcher();
    for (Scope scope : List.of(Scope.COMMENTS, Scope.ARTICLES)) {
      for (String dim : List.of(Schema.DIM_ENTITY, "person", "location", "organization")) {
        List<FacetValue> values = facet(searcher, scope, dim, List.of());
        assertFalse(values.isEmpty(), dim);
        for (FacetValue value : values) {
          long counted = scope == Scope.COMMENTS ? value.comments() : value.articles();
          assertEquals(counted, count(searcher, scope, dim, value.value()), scope + " " + value);
        }
      }
    }
  }

  /** An entity named only in an article's title is drilled into through the title's ids. */
  @Test
  void anEntityNamedOnlyInATitleIsFound(@TempDir Path tmp) throws IOException {
    Path input = tmp.resolve("titles.jsonl");
    Files.writeString(
        input,
        "{\"id\": \"t1\", \"title\": \"Angela Merkel meets Emmanuel Macron in Berlin\","
            + " \"body\": \"The two leaders talked for an hour about trade.\", \"comments\": []}\n");
    try (Indexer indexer =
        Indexer.open(
            tmp.resolve("idx"), EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(List.of(input), IndexListener.silent());
    }
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(tmp.resolve("idx"), Gazetteer.defaultGazetteer())) {
      List<FacetValue> people = facet(searcher, Scope.ARTICLES, "person", List.of());
      assertFalse(people.isEmpty(), "the title names people");
      for (String dim : List.of(Schema.DIM_ENTITY, "person", Schema.DIM_STANCE)) {
        for (FacetValue value : facet(searcher, Scope.ARTICLES, dim, List.of())) {
          assertEquals(1, value.articles(), dim + " " + value);
          assertEquals(1, count(searcher, Scope.ARTICLES, dim, value.value()), dim + " " + value);
        }
      }
    }
  }

  private static List<FacetValue> facet(VoxpopSearcher searcher, String dim, List<String> path)
      throws IOException {
    return facet(searcher, Scope.COMMENTS, dim, path);
  }

  private static List<FacetValue> facet(
      VoxpopSearcher searcher, Scope scope, String dim, List<String> path) throws IOException {
    SearchRequest.Builder builder =
        SearchRequest.builder("").scope(scope).pageSize(0).facets(dim).facetTopN(20);
    if (!path.isEmpty()) {
      builder.facetPath(dim, path.toArray(String[]::new));
    }
    return searcher.search(builder.build()).facet(dim).orElseThrow().values();
  }

  private static long count(VoxpopSearcher searcher, String dim, String... path)
      throws IOException {
    return count(searcher, Scope.COMMENTS, dim, path);
  }

  private static long count(VoxpopSearcher searcher, Scope scope, String dim, String... path)
      throws IOException {
    return searcher
        .search(SearchRequest.builder("").scope(scope).pageSize(0).drillDown(dim, path).build())
        .totalHits();
  }
}
