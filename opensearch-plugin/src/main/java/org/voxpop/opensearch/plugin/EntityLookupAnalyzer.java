package org.voxpop.opensearch.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.voxpop.enrich.entity.Entity;

/**
 * The whole query text as one token, resolved to an entity id by {@link EntityIdTokenFilter}: the
 * search analyzer of the {@code entity.name} fields. Pre-built by the plugin, so that mappings name
 * it without analysis settings and without the {@code analysis-common} module.
 */
final class EntityLookupAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KeywordTokenizer tokenizer = new KeywordTokenizer();
    return new TokenStreamComponents(
        tokenizer,
        new EntityIdTokenFilter(
            tokenizer, name -> SharedEnrichment.gazetteer().lookup(name).map(Entity::id)));
  }
}
