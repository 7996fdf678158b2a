package org.voxpop.opensearch.plugin;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.opensearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.indices.analysis.PreBuiltCacheFactory;
import org.opensearch.ingest.Processor;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.IngestPlugin;
import org.opensearch.plugins.Plugin;
import org.voxpop.analysis.NewsAnalyzer;
import org.voxpop.opensearch.OpenSearchFields;

/**
 * Registers the {@code voxpop} ingest processor, the {@code voxpop_entity_id} token filter and
 * pre-built analyzers: {@code voxpop_entity_lookup} (names to entity ids), and voxpop's own text
 * analysis, {@code voxpop_news} and {@code voxpop_news_stemmed}.
 */
public final class VoxpopPlugin extends Plugin implements IngestPlugin, AnalysisPlugin {

  /** Called by OpenSearch when the node starts; the enrichment data loads on first use. */
  public VoxpopPlugin() {}

  @Override
  public Map<String, Processor.Factory> getProcessors(Processor.Parameters parameters) {
    return Map.of(
        OpenSearchFields.PROCESSOR_TYPE,
        new VoxpopProcessor.Factory(
            SharedEnrichment::enricher,
            parameters.env.configDir().resolve(OpenSearchFields.ENTITY_MODELS_DIR)));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(OpenSearchFields.ENTITY_ID_FILTER, EntityIdTokenFilterFactory::new);
  }

  /**
   * The whole text as one token, for the newsroom lookup analyzer an index template defines with
   * {@link OpenSearchFields#ENTITY_ID_FILTER}: the same tokenizer as the pre-built lookup analyzer,
   * without the {@code analysis-common} module, whose {@code keyword} tokenizer a node may lack.
   */
  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(
        OpenSearchFields.WHOLE_TEXT_TOKENIZER,
        (indexSettings, environment, name, settings) ->
            TokenizerFactory.newFactory(name, KeywordTokenizer::new));
  }

  @Override
  public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
    PreBuiltCacheFactory.CachingStrategy once = PreBuiltCacheFactory.CachingStrategy.ONE;
    return List.of(
        new PreBuiltAnalyzerProviderFactory(
            OpenSearchFields.ENTITY_SEARCH_ANALYZER, once, EntityLookupAnalyzer::new),
        new PreBuiltAnalyzerProviderFactory(
            OpenSearchFields.NEWS_ANALYZER, once, NewsAnalyzer::exact),
        new PreBuiltAnalyzerProviderFactory(
            OpenSearchFields.NEWS_STEMMED_ANALYZER, once, NewsAnalyzer::stemmed));
  }
}
