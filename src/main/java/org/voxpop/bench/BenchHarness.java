package org.voxpop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.util.IOUtils;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.IndexStats;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.query.FacetValue;
import org.voxpop.query.QueryLimits;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.VoxpopSearcher;

/**
 * The macro benchmark harness behind {@code voxpop bench}: runs the declarative runs in {@code
 * bench/runs/}, always measuring voxpop side by side with plain Lucene in the same process, checks
 * each run's counts against what its file declares, and writes JSON, a Markdown table and SVG
 * charts to the output folder.
 */
public final class BenchHarness {

  /**
   * What to run and where to write.
   *
   * @param runsDir folder of run files ({@code *.json})
   * @param outDir folder for results
   * @param workDir folder for generated corpora and indexes (reused between runs)
   * @param quick only the runs marked quick
   * @param reuters the Reuters-21578 JSON Lines file, for the runs that use it
   * @param log where progress goes
   */
  public record Options(
      Path runsDir,
      Path outDir,
      Path workDir,
      boolean quick,
      Optional<Path> reuters,
      PrintWriter log) {}

  private final Options options;
  private final ObjectMapper json = new ObjectMapper();
  private final ArrayNode results = json.createArrayNode();
  private final List<String> failures = new ArrayList<>();

  private BenchHarness(Options options) {
    this.options = options;
  }

  /**
   * Runs the benchmarks; returns the names of runs whose counts were wrong (empty when all passed).
   */
  public static List<String> run(Options options) throws IOException {
    BenchHarness harness = new BenchHarness(options);
    harness.runAll();
    return harness.failures;
  }

  private void runAll() throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(options.runsDir(), "*.json")) {
      stream.forEach(files::add);
    }
    files.sort(Comparator.naturalOrder());
    long started = System.nanoTime();
    for (Path file : files) {
      RunSpec spec = RunSpec.read(file);
      if (options.quick() && !spec.quick()) {
        continue;
      }
      if (spec.corpus().type().equals("reuters") && options.reuters().isEmpty()) {
        options.log().println("skip " + spec.name() + ": needs --reuters PATH");
        continue;
      }
      options.log().printf(Locale.ROOT, "== %s (%s)%n", spec.name(), spec.kind());
      options.log().flush();
      Path corpus = Corpora.materialise(spec.corpus(), options.workDir(), options.reuters());
      ObjectNode result =
          spec.kind().equals("query") ? queryRun(spec, corpus) : indexingRun(spec, corpus);
      results.add(result);
    }
    ObjectNode report = json.createObjectNode();
    report.set("environment", Environment.describe(json, options));
    report.put("total_seconds", (System.nanoTime() - started) / 1e9);
    report.set("runs", results);
    report.set("failures", json.valueToTree(failures));
    Files.createDirectories(options.outDir());
    String stamp = Instant.now().toString().replace(':', '-').substring(0, 19);
    String mode = options.quick() ? "quick" : "full";
    Files.writeString(
        options.outDir().resolve("results-" + mode + ".json"),
        report.toPrettyString(),
        StandardCharsets.UTF_8);
    Files.writeString(
        options.outDir().resolve("results-" + mode + "-" + stamp + ".json"),
        report.toPrettyString(),
        StandardCharsets.UTF_8);
    Files.writeString(
        options.outDir().resolve("results-" + mode + ".md"),
        Report.markdown(report),
        StandardCharsets.UTF_8);
    Charts.write(report, options.outDir(), mode);
    options.log().println("wrote " + options.outDir().resolve("results-" + mode + ".md"));
    options.log().flush();
  }

  // ---------------------------------------------------------------- indexing

  private ObjectNode indexingRun(RunSpec spec, Path corpus) throws IOException {
    ObjectNode out = json.createObjectNode();
    out.put("name", spec.name()).put("kind", "indexing").put("input_bytes", Files.size(corpus));
    ArrayNode perThreads = out.putArray("threads");
    Gazetteer gazetteer = Gazetteer.defaultGazetteer();
    EntityRecognizer recognizer = EntityRecognizer.create(gazetteer);
    EnrichmentPipeline full =
        EnrichmentPipeline.create(EnrichmentPipeline.Options.defaults(), recognizer);
    EnrichmentPipeline bare =
        EnrichmentPipeline.create(EnrichmentPipeline.Options.none(), recognizer);
    out.set(
        "enrichment_mb_per_s_one_thread",
        EnrichmentThroughput.measure(json, corpus, recognizer, options.log()));
    boolean countsChecked = false;
    String[] configs = {"plain", "plain_facets", "voxpop_bare", "voxpop_full"};
    for (int threads : spec.threads()) {
      List<List<Double>> rates = new ArrayList<>();
      for (int c = 0; c < configs.length; c++) {
        rates.add(new ArrayList<>());
      }
      List<Double> facetRatio = new ArrayList<>();
      List<Double> bareRatio = new ArrayList<>();
      List<Double> fullRatio = new ArrayList<>();
      long docs = 0;
      long plainBytes = 0;
      long voxpopBytes = 0;
      for (int rep = -1; rep < spec.repetitions(); rep++) {
        // Repetition -1 warms the JIT for every configuration and is not reported.
        Path base = options.workDir().resolve("idx-" + spec.name() + "-" + threads + "-" + rep);
        IOUtils.rm(base);
        double[] seconds = new double[configs.length];
        for (int step = 0; step < configs.length; step++) {
          // Rotate the order so that neither warm-up nor page cache favours one side.
          int which = (step + Math.max(0, rep)) % configs.length;
          Path dir = base.resolve(configs[which]);
          long t0 = System.nanoTime();
          if (which < 2) {
            docs = PlainLuceneIndexer.index(List.of(corpus), dir, threads, which == 1);
            seconds[which] = (System.nanoTime() - t0) / 1e9;
            if (which == 0) {
              plainBytes = Environment.size(dir);
            }
          } else {
            IndexStats stats;
            try (Indexer indexer =
                Indexer.open(
                    dir,
                    which == 2 ? bare : full,
                    IndexerSettings.defaults()
                        .withThreads(threads)
                        .withCommitEveryArticles(Integer.MAX_VALUE),
                    gazetteer.version())) {
              stats = indexer.index(List.of(corpus), IndexListener.silent());
            }
            seconds[which] = (System.nanoTime() - t0) / 1e9;
            if (which == 3) {
              voxpopBytes = stats.indexBytes();
              if (!countsChecked) {
                check(spec, stats, dir);
                countsChecked = true;
              }
            }
          }
        }
        IOUtils.rm(base);
        if (rep < 0) {
          continue;
        }
        for (int c = 0; c < configs.length; c++) {
          rates.get(c).add(docs / seconds[c]);
        }
        facetRatio.add(seconds[0] / seconds[1]);
        bareRatio.add(seconds[0] / seconds[2]);
        fullRatio.add(seconds[0] / seconds[3]);
        options
            .log()
            .printf(
                Locale.ROOT,
                "  threads %d rep %d: plain %.0f docs/s, plain+facets %.0f, voxpop bare %.0f, voxpop enriched %.0f%n",
                threads,
                rep + 1,
                docs / seconds[0],
                docs / seconds[1],
                docs / seconds[2],
                docs / seconds[3]);
        options.log().flush();
      }
      ObjectNode t = perThreads.addObject();
      t.put("threads", threads).put("docs", docs).put("repetitions", spec.repetitions());
      for (int c = 0; c < configs.length; c++) {
        t.set(configs[c] + "_docs_per_s", interval(Stats.meanCi(rates.get(c))));
      }
      t.set("plain_facets_over_plain", interval(Stats.meanCi(facetRatio)));
      t.set("voxpop_bare_over_plain", interval(Stats.meanCi(bareRatio)));
      t.set("voxpop_full_over_plain", interval(Stats.meanCi(fullRatio)));
      t.put("plain_index_bytes", plainBytes).put("voxpop_index_bytes", voxpopBytes);
      t.put("voxpop_index_over_input", voxpopBytes / (double) Files.size(corpus));
    }
    return out;
  }

  private void check(RunSpec spec, IndexStats stats, Path dir) throws IOException {
    List<String> wrong = new ArrayList<>();
    if (spec.expectedArticles() >= 0 && stats.articlesIndexed() != spec.expectedArticles()) {
      wrong.add("articles " + stats.articlesIndexed() + " != expected " + spec.expectedArticles());
    }
    if (spec.expectedComments() >= 0 && stats.commentsIndexed() != spec.expectedComments()) {
      wrong.add("comments " + stats.commentsIndexed() + " != expected " + spec.expectedComments());
    }
    checkFacets(spec, dir, wrong);
    report(spec, wrong);
  }

  private void checkFacets(RunSpec spec, Path dir, List<String> wrong) throws IOException {
    if (spec.expectedFacets().isEmpty()) {
      return;
    }
    try (VoxpopSearcher searcher = VoxpopSearcher.open(dir, Gazetteer.defaultGazetteer())) {
      for (Map.Entry<String, Map<String, Long>> dim : spec.expectedFacets().entrySet()) {
        List<FacetValue> values =
            searcher
                .search(
                    SearchRequest.builder("")
                        .pageSize(0)
                        .facets(dim.getKey())
                        .facetTopN(1000)
                        .build())
                .facet(dim.getKey())
                .orElseThrow()
                .values();
        for (Map.Entry<String, Long> expected : dim.getValue().entrySet()) {
          long actual =
              values.stream()
                  .filter(v -> v.value().equals(expected.getKey()))
                  .mapToLong(FacetValue::comments)
                  .findFirst()
                  .orElse(0);
          if (actual != expected.getValue()) {
            wrong.add(
                dim.getKey()
                    + "="
                    + expected.getKey()
                    + ": "
                    + actual
                    + " != expected "
                    + expected.getValue());
          }
        }
      }
    }
  }

  private void report(RunSpec spec, List<String> wrong) {
    if (!wrong.isEmpty()) {
      failures.add(spec.name() + ": " + String.join("; ", wrong));
      options.log().println("  COUNTS WRONG: " + String.join("; ", wrong));
    } else {
      options.log().println("  counts as declared");
    }
    options.log().flush();
  }

  // ---------------------------------------------------------------- queries

  private ObjectNode queryRun(RunSpec spec, Path corpus) throws IOException {
    // Query indexes are loaded once and searched a lot: merged to one segment per search thread,
    // as `voxpop index --merge` does, and searched on that many threads by both sides.
    int searchThreads = VoxpopSearcher.defaultSearchThreads();
    Gazetteer gazetteer = Gazetteer.defaultGazetteer();
    QueryIndex index =
        QueryIndex.prepare(corpus, options.workDir(), searchThreads, gazetteer, options.log());
    Path dir = index.dir();
    Optional<IndexStats> stats = index.built();
    ObjectNode out = json.createObjectNode();
    out.put("name", spec.name()).put("kind", "query");
    List<String> wrong = new ArrayList<>();
    // The process's heap also holds what earlier runs loaded (the entity tagger of the indexing
    // runs): the open index's own share is the growth from here to both sides being open.
    long heapBefore = Environment.usedHeap();
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(dir, gazetteer, QueryLimits.defaults(), searchThreads)) {
      var all =
          searcher.search(SearchRequest.builder("").scope(Scope.COMMENTS).pageSize(0).build());
      long articles =
          searcher
              .search(SearchRequest.builder("").scope(Scope.ARTICLES).pageSize(0).build())
              .totalHits();
      if (spec.expectedComments() >= 0 && all.totalHits() != spec.expectedComments()) {
        wrong.add("comments " + all.totalHits() + " != expected " + spec.expectedComments());
      }
      if (spec.expectedArticles() >= 0 && articles != spec.expectedArticles()) {
        wrong.add("articles " + articles + " != expected " + spec.expectedArticles());
      }
      checkFacets(spec, dir, wrong);
      report(spec, wrong);
      out.put("comments", all.totalHits())
          .put("articles", articles)
          .put("index_bytes", Environment.size(dir));
      out.put("search_threads", searchThreads);
      QueryScenarios scenarios = new QueryScenarios(dir, searcher, searchThreads);
      // Both sides open, before any scenario fills a cache; a difference within the collector's
      // noise can come out below zero, which says nothing: 0 then.
      out.put("heap_bytes_of_open_index", Math.max(0, Environment.usedHeap() - heapBefore));
      out.set("scenarios", scenarios.measureAll(json, spec.repetitions(), options.log()));
      out.put("heap_bytes_after_load", Environment.usedHeap());
      scenarios.close();
    }
    stats.ifPresent(built -> out.put("build_docs_per_s", built.docsPerSecond()));
    return out;
  }

  private ObjectNode interval(Stats.Interval interval) {
    return json.createObjectNode()
        .put("mean", round(interval.mean()))
        .put("ci95_low", round(interval.low()))
        .put("ci95_high", round(interval.high()))
        .put("n", interval.n());
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
