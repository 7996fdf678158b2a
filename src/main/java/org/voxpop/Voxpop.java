package org.voxpop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.TextEnrichment;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.IndexStats;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.query.VoxpopSearcher;

/**
 * The shortest way in: static shortcuts over the library with default settings. Every shortcut has
 * a configurable counterpart ({@link Indexer}, {@link VoxpopSearcher}, {@link EnrichmentPipeline})
 * for when the defaults do not fit. Holds no state of its own.
 */
public final class Voxpop {
  private Voxpop() {}

  /**
   * Indexes JSON Lines files into {@code indexDir} with every enrichment step on, and commits.
   * Rejected records are counted in the returned statistics; use {@link Indexer} with an {@link
   * IndexListener} to see each one.
   */
  public static IndexStats index(Path indexDir, List<Path> inputs) throws IOException {
    Gazetteer gazetteer = Gazetteer.defaultGazetteer();
    try (Indexer indexer =
        Indexer.open(
            indexDir,
            EnrichmentPipeline.create(),
            IndexerSettings.defaults(),
            gazetteer.version())) {
      return indexer.index(inputs, IndexListener.silent());
    }
  }

  /** Opens an index for searching; close the searcher when done. Share it between threads. */
  public static VoxpopSearcher searcher(Path indexDir) throws IOException {
    return VoxpopSearcher.open(indexDir, org.voxpop.index.IndexGazetteer.forIndex(indexDir));
  }

  /** Entities, sentiment, stance and abuse of one text, with the default pipeline. */
  public static TextEnrichment enrich(String text) {
    return DefaultPipeline.INSTANCE.enrich(text);
  }

  /** Built on first use, so that callers who never enrich never load the gazetteer. */
  private static final class DefaultPipeline {
    static final EnrichmentPipeline INSTANCE = EnrichmentPipeline.create();
  }
}
