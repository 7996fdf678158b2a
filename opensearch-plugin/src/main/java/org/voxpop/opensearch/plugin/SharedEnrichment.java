package org.voxpop.opensearch.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

  /** A newsroom gazetteer as a pipeline carries it: its file name and content. */
  record NewsroomFile(String name, String content) {}

  /** The last newsroom gazetteer, by its file: one at a time per node. */
  private static volatile Newsroom newsroom;

  private record Newsroom(NewsroomFile file, Gazetteer gazetteer) {}

  /** The last enricher with a newsroom gazetteer or a retrained tagger: one at a time per node. */
  private static volatile Custom custom;

  private record Custom(
      Optional<NewsroomFile> gazetteer,
      Optional<Path> model,
      String modelStamp,
      SourceEnricher enricher) {}

  /**
   * The size and time of change of a model folder's files: a model retrained into the same folder
   * is a new model, loaded when a pipeline is created again, without restarting the node.
   */
  private static String stamp(Optional<Path> model) {
    if (model.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String file : EntityRecognizer.modelFiles()) {
      Path f = model.get().resolve(file);
      try {
        sb.append(Files.size(f)).append('@').append(Files.getLastModifiedTime(f)).append(' ');
      } catch (IOException e) {
        sb.append("unreadable ");
      }
    }
    return sb.toString();
  }

  /**
   * The enricher with a newsroom gazetteer on top of the built-in one, or the tagger of a model
   * folder ({@code voxpop train entities --out DIR}) instead of the bundled one, or both; the
   * node's own without either. Built on first use and kept while pipelines ask for the same (each
   * copy of the gazetteer takes some 100 MB of heap).
   *
   * @throws IllegalArgumentException if the gazetteer is malformed or the model cannot be read
   */
  static synchronized SourceEnricher enricher(
      Optional<NewsroomFile> gazetteer, Optional<Path> model) {
    if (gazetteer.isEmpty() && model.isEmpty()) {
      return enricher();
    }
    Custom c = custom;
    String modelStamp = stamp(model);
    if (c != null
        && c.gazetteer().equals(gazetteer)
        && c.model().equals(model)
        && c.modelStamp().equals(modelStamp)) {
      return c.enricher();
    }
    Gazetteer g =
        gazetteer.map(f -> gazetteer(f.name(), f.content())).orElseGet(Gazetteer::defaultGazetteer);
    EntityRecognizer recognizer;
    try {
      recognizer =
          model.isEmpty() ? EntityRecognizer.create(g) : EntityRecognizer.create(g, model.get());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "entity model "
              + model.get()
              + ": "
              + e.getClass().getSimpleName()
              + " "
              + e.getMessage(),
          e);
    }
    SourceEnricher e =
        new SourceEnricher(
            EnrichmentPipeline.create(EnrichmentPipeline.Options.defaults(), recognizer));
    custom = new Custom(gazetteer, model, modelStamp, e);
    return e;
  }

  /**
   * The built-in gazetteer with a newsroom file on top, built once while pipelines and analyzers
   * ask for the same file, and shared by them.
   *
   * @throws IllegalArgumentException if the file is malformed
   */
  static synchronized Gazetteer gazetteer(String name, String content) {
    NewsroomFile file = new NewsroomFile(name, content);
    Newsroom n = newsroom;
    if (n == null || !n.file().equals(file)) {
      try {
        n = new Newsroom(file, Gazetteer.defaultGazetteer().withOverrides(name, content));
      } catch (IOException e) {
        throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
      }
      newsroom = n;
    }
    return n.gazetteer();
  }

  /** The gazetteer the enricher uses, for resolving names at query time. */
  static Gazetteer gazetteer() {
    return Gazetteer.defaultGazetteer();
  }
}
