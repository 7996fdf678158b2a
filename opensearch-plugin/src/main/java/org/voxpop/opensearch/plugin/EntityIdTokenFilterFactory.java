package org.voxpop.opensearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.voxpop.enrich.entity.Entity;

/** Builds {@link EntityIdTokenFilter}s over the node's gazetteer; the filter has no settings. */
public final class EntityIdTokenFilterFactory extends AbstractTokenFilterFactory {

  /** The signature OpenSearch's analysis registry calls. */
  public EntityIdTokenFilterFactory(
      IndexSettings indexSettings, Environment environment, String name, Settings settings) {
    super(indexSettings, name, settings);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new EntityIdTokenFilter(
        tokenStream, name -> SharedEnrichment.gazetteer().lookup(name).map(Entity::id));
  }
}
