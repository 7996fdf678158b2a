package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;

/** Hard-wrapped newswire bodies are shown as paragraphs, not as a ragged column of lines. */
class ParagraphsTest {

  @Test
  void aLineBreakInsideAParagraphIsASpaceAndABlankLineStaysABreak() {
    assertEquals(
        "OPEC ministers met in Vienna on Monday to discuss output.\n\nPrices fell.",
        Paragraphs.unwrap(
            "OPEC ministers met in Vienna\n  on Monday to discuss\r\noutput.\n \n\n   Prices fell."));
    assertEquals("one line", Paragraphs.unwrap("one line"));
  }

  @Test
  void hitSnippetsOfAHardWrappedBodyReadAsParagraphs(@TempDir Path tmp) throws IOException {
    Path input = tmp.resolve("wire.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"w1\",\"title\":\"Oil\",\"body\":\"OPEC ministers met in Vienna\\non Monday to discuss\\noutput."
            + "\\n\\nPrices fell.\"}\n",
        StandardCharsets.UTF_8);
    Path dir = tmp.resolve("idx");
    try (Indexer indexer =
        Indexer.open(
            dir, EnrichmentPipeline.create(), IndexerSettings.defaults().withThreads(1), "test")) {
      indexer.index(List.of(input), IndexListener.silent());
    }
    try (VoxpopSearcher searcher = VoxpopSearcher.open(dir, Gazetteer.defaultGazetteer())) {
      Hit hit =
          searcher
              .search(SearchRequest.builder("Monday").scope(Scope.ARTICLES).build())
              .hits()
              .get(0);
      assertEquals("OPEC ministers met in Vienna on [[Monday]] to discuss output.", hit.snippet());
      assertEquals(true, hit.text().contains("Vienna\non"), "the text itself is kept as written");
    }
  }
}
