package org.voxpop.opensearch.plugin;

import java.util.Map;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.ingest.Processor;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.IngestPlugin;
import org.opensearch.plugins.Plugin;
import org.voxpop.opensearch.OpenSearchFields;

/** Registers the {@code voxpop} ingest processor and the {@code voxpop_entity_id} token filter. */
public final class VoxpopPlugin extends Plugin implements IngestPlugin, AnalysisPlugin {

  /** Called by OpenSearch when the node starts; the enrichment data loads on first use. */
  public VoxpopPlugin() {}

  @Override
  public Map<String, Processor.Factory> getProcessors(Processor.Parameters parameters) {
    return Map.of(OpenSearchFields.PROCESSOR_TYPE, new VoxpopProcessor.Factory(SharedEnrichment::enricher));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(OpenSearchFields.ENTITY_ID_FILTER, EntityIdTokenFilterFactory::new);
  }
}
