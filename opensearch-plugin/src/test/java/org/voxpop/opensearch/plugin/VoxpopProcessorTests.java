package org.voxpop.opensearch.plugin;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.test.OpenSearchTestCase;
import org.voxpop.opensearch.OpenSearchFields;

/** The processor on single documents, without a cluster. */
public class VoxpopProcessorTests extends OpenSearchTestCase {

  private static VoxpopProcessor processor(Map<String, Object> config) {
    return processor(config, java.nio.file.Path.of("no-such-models-folder"));
  }

  private static VoxpopProcessor processor(Map<String, Object> config, java.nio.file.Path models) {
    return new VoxpopProcessor.Factory(SharedEnrichment::enricher, models)
        .create(Map.of(), "tag", null, new HashMap<>(config));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> seedArticle() throws Exception {
    String line =
        Files.readAllLines(FacetComparison.root().resolve("index-fixtures/seed.jsonl")).get(0);
    return new com.fasterxml.jackson.databind.ObjectMapper().readValue(line, HashMap.class);
  }

  @SuppressWarnings("unchecked")
  public void testEnrichesTheSeedArticleAndEveryComment() throws Exception {
    IngestDocument document =
        new IngestDocument("voxpop", "bbc-raqqa-deal", null, null, null, seedArticle());
    processor(Map.of()).execute(document);
    Map<String, Object> source = document.getSourceAndMetadata();
    assertTrue(
        source.toString(), ((List<String>) source.get(OpenSearchFields.ENTITY)).contains("Q858"));
    assertEquals(8, source.get(OpenSearchFields.COMMENT_COUNT));
    List<Map<String, Object>> comments =
        (List<Map<String, Object>>) source.get(OpenSearchFields.COMMENTS);
    long naming =
        comments.stream()
            .filter(
                c -> c.get(OpenSearchFields.ENTITY) instanceof List<?> ids && ids.contains("Q30"))
            .count();
    assertEquals("the seed's comments that name the United States", 7, naming);
    Map<String, Object> sixth = comments.get(5);
    assertEquals("6", sixth.get(OpenSearchFields.COMMENT_ID));
    assertTrue(
        sixth.toString(),
        ((List<String>) sixth.get(OpenSearchFields.STANCE)).contains("Q30/negative"));
    assertEquals("BBC", sixth.get(OpenSearchFields.SOURCE));
    assertEquals("bbc-raqqa-deal", sixth.get(OpenSearchFields.ARTICLE_ID));
    assertNotNull(sixth.get(OpenSearchFields.SENTIMENT));
    assertNotNull(sixth.get(OpenSearchFields.ABUSE));
    Map<String, Object> mention =
        ((List<Map<String, Object>>) sixth.get(OpenSearchFields.MENTIONS)).get(0);
    String text = (String) sixth.get(OpenSearchFields.TEXT);
    assertEquals(
        mention.get("surface"),
        text.substring((Integer) mention.get("start"), (Integer) mention.get("end")));
  }

  @SuppressWarnings("unchecked")
  public void testEnrichesOneFieldOfAnyDocument() throws Exception {
    Map<String, Object> source =
        new HashMap<>(Map.of("message", "The US has messed up the whole world.."));
    IngestDocument document = new IngestDocument("logs", "1", null, null, null, source);
    processor(Map.of("field", "message", "target_field", "nlp")).execute(document);
    Map<String, Object> nlp = document.getFieldValue("nlp", Map.class);
    assertEquals(List.of("Q30"), nlp.get(OpenSearchFields.ENTITY));
    assertEquals("negative", nlp.get(OpenSearchFields.SENTIMENT));
  }

  public void testANewsroomGazetteerInThePipelineNamesItsEntities() throws Exception {
    String text = "Jane Roe opened the bridge.";
    IngestDocument plain =
        new IngestDocument("x", "1", null, null, null, new HashMap<>(Map.of("message", text)));
    processor(Map.of("field", "message")).execute(plain);
    assertFalse(
        plain.getFieldValue("voxpop", Map.class).toString(),
        plain.getFieldValue("voxpop", Map.class).toString().contains("slug:jane-roe-mayor"));
    IngestDocument withNewsroom =
        new IngestDocument("x", "2", null, null, null, new HashMap<>(Map.of("message", text)));
    processor(
            Map.of(
                "field",
                "message",
                OpenSearchFields.PROCESSOR_GAZETTEER_NAME,
                "newsroom.tsv",
                OpenSearchFields.PROCESSOR_GAZETTEER,
                "slug:jane-roe-mayor\tJane Roe\tPERSON\tmayor\tMayor Roe\t\t\n"))
        .execute(withNewsroom);
    assertEquals(
        List.of("slug:jane-roe-mayor"),
        withNewsroom.getFieldValue("voxpop", Map.class).get(OpenSearchFields.ENTITY));
    // A malformed file fails the pipeline's creation, not each document.
    expectThrows(
        IllegalArgumentException.class,
        () ->
            processor(
                Map.of(OpenSearchFields.PROCESSOR_GAZETTEER, "slug:x\tX\tNOT_A_TYPE\t\t\t\t\n")));
  }

  @SuppressWarnings("unchecked")
  public void testARetrainedTaggerInTheNodesConfigFolderTagsTheNames() throws Exception {
    // What `voxpop train entities --out DIR` writes, copied to the node's config/voxpop-models/.
    java.nio.file.Path models = createTempDir();
    java.nio.file.Path model = Files.createDirectories(models.resolve("newsroom-2026"));
    for (String file : org.voxpop.enrich.entity.EntityRecognizer.modelFiles()) {
      try (java.io.InputStream in =
          org.voxpop.enrich.entity.EntityRecognizer.class.getResourceAsStream(file)) {
        Files.copy(in, model.resolve(file));
      }
    }
    IngestDocument document =
        new IngestDocument(
            "x",
            "1",
            null,
            null,
            null,
            new HashMap<>(Map.of("message", "The US has messed up the whole world..")));
    processor(
            Map.of("field", "message", OpenSearchFields.PROCESSOR_ENTITY_MODEL, "newsroom-2026"),
            models)
        .execute(document);
    assertEquals(
        List.of("Q30"), document.getFieldValue("voxpop", Map.class).get(OpenSearchFields.ENTITY));
    // The same folder gives the same enricher, until a model is retrained into it.
    java.util.Optional<java.nio.file.Path> folder = java.util.Optional.of(model);
    org.voxpop.opensearch.SourceEnricher first =
        SharedEnrichment.enricher(java.util.Optional.empty(), folder);
    assertSame(first, SharedEnrichment.enricher(java.util.Optional.empty(), folder));
    java.nio.file.Path weights =
        model.resolve(org.voxpop.enrich.entity.EntityRecognizer.modelFiles().get(0));
    Files.setLastModifiedTime(
        weights,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(weights).toMillis() + 60_000));
    assertNotSame(first, SharedEnrichment.enricher(java.util.Optional.empty(), folder));
    // A model the node lacks, or a name that leaves the folder, fails the pipeline's creation.
    expectThrows(
        IllegalArgumentException.class,
        () -> processor(Map.of(OpenSearchFields.PROCESSOR_ENTITY_MODEL, "missing"), models));
    expectThrows(
        org.opensearch.OpenSearchException.class,
        () -> processor(Map.of(OpenSearchFields.PROCESSOR_ENTITY_MODEL, "../etc"), models));
  }

  public void testIgnoresDocumentsWithoutTextOnlyWhenAsked() throws Exception {
    IngestDocument empty =
        new IngestDocument("voxpop", "x", null, null, null, new HashMap<>(Map.of("title", "t")));
    processor(Map.of("ignore_missing", true)).execute(empty);
    assertFalse(empty.hasField(OpenSearchFields.ENTITY));
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                processor(Map.of())
                    .execute(
                        new IngestDocument(
                            "voxpop", "x", null, null, null, new HashMap<>(Map.of("title", "t")))));
    assertTrue(e.getMessage(), e.getMessage().contains("[body] is missing"));
  }
}
