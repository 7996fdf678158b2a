package org.voxpop.opensearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.voxpop.enrich.entity.Entity;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.opensearch.OpenSearchFields;

/**
 * Builds {@link EntityIdTokenFilter}s over the node's gazetteer, or, when the filter's settings
 * carry a newsroom gazetteer ({@code gazetteer}, {@code gazetteer_name}, as {@code voxpop
 * opensearch-load --gazetteer} writes them into the index template), over that file on top of it.
 */
public final class EntityIdTokenFilterFactory extends AbstractTokenFilterFactory {

  private final Gazetteer gazetteer;

  /** The signature OpenSearch's analysis registry calls. */
  public EntityIdTokenFilterFactory(
      IndexSettings indexSettings, Environment environment, String name, Settings settings) {
    super(indexSettings, name, settings);
    String content = settings.get(OpenSearchFields.PROCESSOR_GAZETTEER);
    this.gazetteer =
        content == null
            ? SharedEnrichment.gazetteer()
            : SharedEnrichment.gazetteer(
                settings.get(OpenSearchFields.PROCESSOR_GAZETTEER_NAME, "newsroom.tsv"), content);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new EntityIdTokenFilter(tokenStream, name -> gazetteer.lookup(name).map(Entity::id));
  }
}
