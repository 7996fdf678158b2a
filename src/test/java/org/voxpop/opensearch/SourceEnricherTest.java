package org.voxpop.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voxpop.enrich.EnrichmentPipeline;

/** The document the ingest processor writes, checked without a cluster. */
class SourceEnricherTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SourceEnricher ENRICHER = new SourceEnricher(EnrichmentPipeline.create());

  @SuppressWarnings("unchecked")
  private static Map<String, Object> seed() throws Exception {
    return JSON.readValue(
        Files.readAllLines(Path.of("index-fixtures/seed.jsonl")).get(0), Map.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSeedGetsVoxpopsFacetValues() throws Exception {
    Map<String, Object> article = seed();
    ENRICHER.enrichArticle(article, "ignored");
    List<Map<String, Object>> comments =
        (List<Map<String, Object>>) article.get(OpenSearchFields.COMMENTS);
    assertEquals(8, article.get(OpenSearchFields.COMMENT_COUNT));
    assertEquals(
        7,
        comments.stream()
            .filter(c -> String.valueOf(c.get(OpenSearchFields.ENTITY)).contains("Q30"))
            .count());
    Map<String, Object> first = comments.get(0);
    assertEquals("bbc-raqqa-deal", first.get(OpenSearchFields.ARTICLE_ID));
    assertEquals(0, first.get(OpenSearchFields.DEPTH));
    assertTrue(List.of("yes", "no").contains(first.get(OpenSearchFields.HAS_REPLIES)));
    assertTrue(article.containsKey(OpenSearchFields.ENTITY_STANCE));
    // each kind of abuse, as voxpop's dimension of the same name, with its score
    for (org.voxpop.enrich.sentiment.AbuseKind kind :
        org.voxpop.enrich.sentiment.AbuseKind.values()) {
      assertTrue(
          List.of("none", "possible", "likely")
              .contains(first.get(OpenSearchFields.abuseKindField(kind))),
          kind.name());
      assertTrue(
          first.get(OpenSearchFields.abuseKindScoreField(kind)) instanceof Double, kind.name());
      assertEquals(
          kind.dimension(), OpenSearchFields.forDimension(kind.dimension(), true).orElseThrow());
    }
    // Every key the processor writes is named in OpenSearchFields.
    assertTrue(
        OpenSearchFields.commentEnrichmentFields()
            .containsAll(
                first.keySet().stream()
                    .filter(k -> !List.of("id", "text", "parent_id").contains(k))
                    .toList()),
        first.keySet().toString());
  }

  @Test
  void enrichingTwiceGivesTheSameDocument() throws Exception {
    Map<String, Object> once = seed();
    ENRICHER.enrichArticle(once, null);
    String first = JSON.writeValueAsString(once);
    ENRICHER.enrichArticle(once, null);
    assertEquals(first, JSON.writeValueAsString(once));
  }

  @Test
  void aDocumentWithoutBodyOrWithBadCommentsIsRefusedWithTheField() {
    IllegalArgumentException noBody =
        assertThrows(
            IllegalArgumentException.class,
            () -> ENRICHER.enrichArticle(new java.util.HashMap<>(Map.of("id", "x")), null));
    assertTrue(noBody.getMessage().contains("[body]"), noBody.getMessage());
    IllegalArgumentException badComments =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ENRICHER.enrichArticle(
                    new java.util.HashMap<>(Map.of("body", "text", "comments", "none")), null));
    assertTrue(badComments.getMessage().contains("[comments]"), badComments.getMessage());
    Map<String, Object> text = ENRICHER.enrichText("Nothing to see here.");
    assertFalse(text.containsKey(OpenSearchFields.ENTITY));
    assertEquals("neutral", text.get(OpenSearchFields.SENTIMENT));
  }
}
