package org.voxpop.readme;

import java.nio.file.Path;
import java.util.List;
import org.voxpop.Voxpop;
import org.voxpop.query.FacetValue;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SearchResult;
import org.voxpop.query.VoxpopSearcher;

public class EmbeddingExample {
  public static void main(String[] args) throws Exception {
    Path index = Path.of(args.length > 0 ? args[0] : "voxpop-data");
    Voxpop.index(index, List.of(Path.of("index-fixtures/seed.jsonl")));
    try (VoxpopSearcher searcher = Voxpop.searcher(index)) {
      SearchResult result =
          searcher.search(SearchRequest.builder("entity:America").facets("sentiment").build());
      System.out.println(result.totalHits() + " comments mention the United States");
      for (FacetValue v : result.facet("sentiment").orElseThrow().values()) {
        System.out.println(
            v.label() + ": " + v.comments() + " comments in " + v.articles() + " articles");
      }
    }
  }
}
