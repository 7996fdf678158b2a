package org.voxpop.opensearch.plugin;

import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.EntityRecognizer;
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

  /** The last newsroom gazetteer's enricher, by its name and content: one at a time per node. */
  private static volatile NewsroomEnricher newsroom;

  private record NewsroomEnricher(
      String name, String content, Gazetteer gazetteer, SourceEnricher enricher) {}

  /**
   * The enricher with a newsroom gazetteer on top of the built-in one, built on first use and kept
   * while pipelines ask for the same file (each copy of the gazetteer takes some 100 MB of heap).
   *
   * @throws IllegalArgumentException if the file is malformed
   */
  static SourceEnricher enricher(String name, String content) {
    return newsroom(name, content).enricher();
  }

  private static synchronized NewsroomEnricher newsroom(String name, String content) {
    NewsroomEnricher n = newsroom;
    if (n == null || !n.name().equals(name) || !n.content().equals(content)) {
      try {
        Gazetteer g = Gazetteer.defaultGazetteer().withOverrides(name, content);
        SourceEnricher e =
            new SourceEnricher(
                EnrichmentPipeline.create(
                    EnrichmentPipeline.Options.defaults(), EntityRecognizer.create(g)));
        n = new NewsroomEnricher(name, content, g, e);
        newsroom = n;
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
      }
    }
    return n;
  }

  /**
   * The built-in gazetteer with a newsroom file on top, shared with the enricher of {@link
   * #enricher(String, String)} when the file is the same.
   *
   * @throws IllegalArgumentException if the file is malformed
   */
  static Gazetteer gazetteer(String name, String content) {
    return newsroom(name, content).gazetteer();
  }

  /** The gazetteer the enricher uses, for resolving names at query time. */
  static Gazetteer gazetteer() {
    return Gazetteer.defaultGazetteer();
  }
}
