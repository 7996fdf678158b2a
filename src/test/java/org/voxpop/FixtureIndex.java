package org.voxpop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.IndexStats;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.query.VoxpopSearcher;

/**
 * The index of {@code index-fixtures/}, built once per test JVM and shared read-only by the golden
 * tests, so that the suite pays for enrichment once.
 */
public final class FixtureIndex {
  /** The fixture files, in the order the demo reads them. */
  public static final List<Path> FILES =
      List.of(
          Path.of("index-fixtures/bad-input.jsonl"),
          Path.of("index-fixtures/fox-news.jsonl"),
          Path.of("index-fixtures/seed.jsonl"));

  private static Path dir;
  private static IndexStats stats;
  private static VoxpopSearcher searcher;

  private FixtureIndex() {}

  /** The directory of the shared fixture index. */
  public static synchronized Path dir() {
    build();
    return dir;
  }

  /**
   * One searcher over the fixture index, shared by the test classes that only read it (a searcher
   * is thread safe); it lives as long as the test JVM, like the index.
   */
  public static synchronized VoxpopSearcher searcher() {
    if (searcher == null) {
      try {
        searcher = VoxpopSearcher.open(dir(), Gazetteer.defaultGazetteer());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return searcher;
  }

  /**
   * Indexes the Fox and seed fixtures into {@code target} with a commit after every {@code
   * articlesPerCommit} articles: an index of several segments, fewer than the merge policy's ten
   * per tier, so that no background merge joins them.
   */
  public static void indexInSegments(Path target, int articlesPerCommit) throws IOException {
    // One index run per few articles, each ending with a commit: at least one segment per run,
    // however fast the enrichment threads run (commits every N articles raced with them).
    List<String> lines = java.nio.file.Files.readAllLines(Path.of("index-fixtures/fox-news.jsonl"));
    Path parts = java.nio.file.Files.createTempDirectory(target.getParent(), "parts");
    List<Path> runs = new java.util.ArrayList<>();
    for (int from = 0; from < lines.size(); from += articlesPerCommit) {
      Path part = parts.resolve("part-" + from + ".jsonl");
      java.nio.file.Files.write(
          part, lines.subList(from, Math.min(lines.size(), from + articlesPerCommit)));
      runs.add(part);
    }
    runs.add(Path.of("index-fixtures/seed.jsonl"));
    try (Indexer indexer =
        Indexer.open(
            target,
            EnrichmentPipeline.create(),
            IndexerSettings.defaults().withThreads(1),
            "test")) {
      for (Path run : runs) {
        indexer.index(List.of(run), IndexListener.silent());
      }
    }
  }

  /** What indexing the fixtures did. */
  public static synchronized IndexStats stats() {
    build();
    return stats;
  }

  private static void build() {
    if (dir != null) {
      return;
    }
    try {
      Path target = Files.createTempDirectory("voxpop-fixture-index");
      try (Indexer indexer =
          Indexer.open(
              target,
              EnrichmentPipeline.create(),
              IndexerSettings.defaults(),
              Gazetteer.defaultGazetteer().version())) {
        stats = indexer.index(FILES, IndexListener.silent());
      }
      dir = target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
