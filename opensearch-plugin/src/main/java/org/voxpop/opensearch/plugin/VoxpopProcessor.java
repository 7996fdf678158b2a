package org.voxpop.opensearch.plugin;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.opensearch.ingest.AbstractProcessor;
import org.opensearch.ingest.ConfigurationUtils;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.Processor;
import org.voxpop.opensearch.OpenSearchFields;
import org.voxpop.opensearch.SourceEnricher;

/**
 * The {@code voxpop} ingest processor.
 *
 * <p>Without options it takes the document as a voxpop article (docs/input-format.md) and adds the
 * enrichment of its title and body and of every comment under {@code comments}, with the article's
 * context copied onto each comment ({@link SourceEnricher#enrichArticle}). With {@code field} it
 * enriches that one text field of any document into {@code target_field} (default {@code voxpop}).
 * {@code ignore_missing} lets documents without the text through untouched. With {@code gazetteer}
 * (a newsroom gazetteer's content) and {@code gazetteer_name} (its file name), names are recognised
 * with that file on top of the built-in gazetteer, as {@code voxpop index --gazetteer} does. With
 * {@code entity_model} (a folder's name), names are tagged by the retrained tagger in that folder
 * of the node's {@code config/voxpop-models/}, as {@code voxpop index --model DIR} does.
 */
public final class VoxpopProcessor extends AbstractProcessor {

  private final Supplier<SourceEnricher> enricher;
  private final String field;
  private final String targetField;
  private final boolean ignoreMissing;

  VoxpopProcessor(
      String tag,
      String description,
      Supplier<SourceEnricher> enricher,
      String field,
      String targetField,
      boolean ignoreMissing) {
    super(tag, description);
    this.enricher = enricher;
    this.field = field;
    this.targetField = targetField;
    this.ignoreMissing = ignoreMissing;
  }

  @Override
  public IngestDocument execute(IngestDocument document) {
    if (field != null) {
      String text = document.getFieldValue(field, String.class, ignoreMissing);
      if (text != null) {
        document.setFieldValue(targetField, enricher.get().enrichText(text));
      }
      return document;
    }
    Map<String, Object> source = document.getSourceAndMetadata();
    if (ignoreMissing && source.get(OpenSearchFields.BODY) == null) {
      return document;
    }
    Object id = source.get(IngestDocument.Metadata.ID.getFieldName());
    enricher.get().enrichArticle(source, id == null ? null : id.toString());
    return document;
  }

  @Override
  public String getType() {
    return OpenSearchFields.PROCESSOR_TYPE;
  }

  /** Creates processors from pipeline definitions. */
  static final class Factory implements Processor.Factory {
    private final Supplier<SourceEnricher> enricher;
    private final Path models;

    /**
     * @param enricher the node's enricher with the built-in gazetteer and tagger
     * @param models the node's folder of retrained taggers ({@link
     *     OpenSearchFields#ENTITY_MODELS_DIR} in its config directory)
     */
    Factory(Supplier<SourceEnricher> enricher, Path models) {
      this.enricher = enricher;
      this.models = models;
    }

    @Override
    public VoxpopProcessor create(
        Map<String, Processor.Factory> factories,
        String tag,
        String description,
        Map<String, Object> config) {
      String type = OpenSearchFields.PROCESSOR_TYPE;
      String field = ConfigurationUtils.readOptionalStringProperty(type, tag, config, "field");
      String target =
          ConfigurationUtils.readStringProperty(type, tag, config, "target_field", "voxpop");
      boolean ignoreMissing =
          ConfigurationUtils.readBooleanProperty(type, tag, config, "ignore_missing", false);
      String gazetteer =
          ConfigurationUtils.readOptionalStringProperty(
              type, tag, config, OpenSearchFields.PROCESSOR_GAZETTEER);
      // The file's name only with a file: alone it is an unknown option, which OpenSearch refuses.
      String name =
          gazetteer == null
              ? ""
              : ConfigurationUtils.readStringProperty(
                  type, tag, config, OpenSearchFields.PROCESSOR_GAZETTEER_NAME, "newsroom.tsv");
      String modelName =
          ConfigurationUtils.readOptionalStringProperty(
              type, tag, config, OpenSearchFields.PROCESSOR_ENTITY_MODEL);
      if (gazetteer == null && modelName == null) {
        return new VoxpopProcessor(tag, description, enricher, field, target, ignoreMissing);
      }
      Optional<Path> model = Optional.empty();
      if (modelName != null) {
        if (!OpenSearchFields.isEntityModelName(modelName)) {
          throw ConfigurationUtils.newConfigurationException(
              type,
              tag,
              OpenSearchFields.PROCESSOR_ENTITY_MODEL,
              "a folder name of letters, digits, '.', '_' and '-', was [" + modelName + "]");
        }
        model = Optional.of(models.resolve(modelName));
      }
      // Built here, so that a malformed file or a missing model fails the pipeline's PUT, not
      // every document.
      SourceEnricher custom =
          SharedEnrichment.enricher(
              Optional.ofNullable(gazetteer)
                  .map(content -> new SharedEnrichment.NewsroomFile(name, content)),
              model);
      return new VoxpopProcessor(tag, description, () -> custom, field, target, ignoreMissing);
    }
  }
}
