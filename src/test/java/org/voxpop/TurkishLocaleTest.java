package org.voxpop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.index.Schema;
import org.voxpop.query.FacetValue;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SearchResult;
import org.voxpop.query.VoxpopSearcher;

/**
 * Indexing and searching give the same answers when the JVM's default locale is Turkish, where
 * "I".toLowerCase() is a dotless "ı": every case conversion in voxpop must use Locale.ROOT.
 */
class TurkishLocaleTest {
  private static Locale original;

  @TempDir static Path tmp;

  @BeforeAll
  static void turkish() {
    original = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(original);
  }

  @Test
  void indexingAndSearchingTheSeedIsLocaleIndependent() throws IOException {
    Path index = tmp.resolve("idx");
    Voxpop.index(index, List.of(Path.of("index-fixtures/seed.jsonl")));
    try (VoxpopSearcher searcher = Voxpop.searcher(index)) {
      SearchResult isis = searcher.search(SearchRequest.builder("ISIS").pageSize(0).build());
      assertEquals(2, isis.totalHits(), "comments 2 and 7 name ISIS");
      SearchResult lower = searcher.search(SearchRequest.builder("isis").pageSize(0).build());
      assertEquals(2, lower.totalHits());
      SearchResult typed =
          searcher.search(
              SearchRequest.builder("type:COMMENT AND Syria")
                  .scope(Scope.BOTH)
                  .pageSize(0)
                  .build());
      assertTrue(typed.totalHits() >= 1);
      SearchResult labels =
          searcher.search(
              SearchRequest.builder("")
                  .pageSize(0)
                  .facets(Schema.DIM_SENTIMENT, Schema.DIM_DEPTH)
                  .build());
      for (FacetValue v : labels.facet(Schema.DIM_SENTIMENT).orElseThrow().values()) {
        assertTrue(
            List.of("negative", "neutral", "positive").contains(v.value()), "label " + v.value());
      }
    }
  }
}
