package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.Voxpop;
import org.voxpop.enrich.entity.EntityType;
import org.voxpop.index.Schema;

/**
 * An entity the gazetteer does not know is shown by the name the texts gave it, as most of them
 * wrote it: "USDA", not the "Usda" its id spells; and it is still found by that name.
 */
class EntityLabelsTest {
  private static final String ORG_DIM = Schema.dimFor(EntityType.ORGANIZATION);

  @TempDir static Path tmp;
  static VoxpopSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    Path input = tmp.resolve("wire.jsonl");
    Files.writeString(
        input,
        String.join(
            "\n",
            article("a1", "USDA SEES LOWER SUGAR OUTPUT", "The USDA said sugar output would fall."),
            article("a2", "CORN SALES", "The USDA reported corn sales to unknown buyers."),
            ""));
    Voxpop.index(tmp.resolve("idx"), List.of(input));
    searcher = Voxpop.searcher(tmp.resolve("idx"));
  }

  private static String article(String id, String title, String body) {
    return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body + "\"}";
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void anUnknownEntityIsLabelledAsTheTextsWroteIt() throws IOException {
    SearchResult r =
        searcher.search(
            SearchRequest.builder("").scope(Scope.ARTICLES).pageSize(0).facets(ORG_DIM).build());
    Map<String, String> labels =
        r.facet(ORG_DIM).orElseThrow().values().stream()
            .collect(Collectors.toMap(FacetValue::value, FacetValue::label));
    assertEquals("USDA", labels.get("slug:usda"), labels.toString());
    assertEquals("USDA", searcher.entityName("slug:usda"));
    assertEquals(
        2,
        searcher
            .search(
                SearchRequest.builder("organization:USDA")
                    .scope(Scope.ARTICLES)
                    .pageSize(0)
                    .build())
            .totalHits());
  }
}
