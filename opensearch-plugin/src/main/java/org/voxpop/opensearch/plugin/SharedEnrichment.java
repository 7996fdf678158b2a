package org.voxpop.opensearch.plugin;

import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.opensearch.SourceEnricher;

/**
 * One enrichment pipeline per node, loaded when the first document or analyzer needs it: loading
 * the gazetteer and lexicons takes about half a second and some 100 MB of heap, which a node that
 * never ingests voxpop documents should not pay. Immutable and thread safe once loaded, so every
 * ingest thread shares it.
 */
final class SharedEnrichment {
  private SharedEnrichment() {}

  /** Holder idiom: the JVM loads the pipeline once, on first access, without locks afterwards. */
  private static final class Holder {
    static final SourceEnricher ENRICHER = new SourceEnricher(EnrichmentPipeline.create());
  }

  /** The node's enricher. */
  static SourceEnricher enricher() {
    return Holder.ENRICHER;
  }

  /** The gazetteer the enricher uses, for resolving names at query time. */
  static Gazetteer gazetteer() {
    return Gazetteer.defaultGazetteer();
  }
}
