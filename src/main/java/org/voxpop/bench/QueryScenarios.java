package org.voxpop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.voxpop.index.Schema;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.VoxpopSearcher;

/**
 * The query scenarios of the issue, each timed side by side: a plain Lucene way of answering and
 * voxpop's way, alternating call by call on the same index.
 */
final class QueryScenarios implements Closeable {

  /** One timed operation. */
  @FunctionalInterface
  interface Op {
    void run() throws IOException;
  }

  /** Warm-up per scenario; {@code -Dvoxpop.bench.warmupMillis} shortens it for tests. */
  private static final long WARM_UP_MILLIS = Long.getLong("voxpop.bench.warmupMillis", 3_000L);

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher plain;

  /** One state per dimension: each dimension has its own doc-values field. */
  private final java.util.Map<String, DefaultSortedSetDocValuesReaderState> states =
      new java.util.HashMap<>();

  private final FacetsConfig config = Schema.facetsConfig();
  private final VoxpopSearcher voxpop;

  /** The baseline's search threads: as many as voxpop's, so that both sides count in parallel. */
  private final ExecutorService executor;

  QueryScenarios(Path dir, VoxpopSearcher voxpop, int searchThreads) throws IOException {
    this.directory = FSDirectory.open(dir);
    this.reader = DirectoryReader.open(directory);
    this.executor = searchThreads > 1 ? Executors.newFixedThreadPool(searchThreads) : null;
    this.plain = new IndexSearcher(reader, executor);
    for (String dim : List.of(Schema.DIM_ENTITY, Schema.DIM_SENTIMENT, Schema.DIM_SOURCE)) {
      states.put(
          dim, new DefaultSortedSetDocValuesReaderState(reader, Schema.facetField(dim), config));
    }
    this.voxpop = voxpop;
  }

  /**
   * One scenario of the issue: the plain Lucene way of answering and voxpop's.
   *
   * @param charted whether the latency chart draws it (one that times voxpop against itself would
   *     draw a second copy of another line)
   */
  record Scenario(String key, String name, Op baseline, Op voxpop, boolean charted) {
    Scenario(String key, String name, Op baseline, Op voxpop) {
      this(key, name, baseline, voxpop, true);
    }
  }

  /** The scenarios, in report order. */
  List<Scenario> scenarios() {
    Query comments = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_COMMENT));
    Query raqqa =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.TEXT, "raqqa")), BooleanClause.Occur.MUST)
            .add(comments, BooleanClause.Occur.FILTER)
            .build();
    String[] dims = {Schema.DIM_ENTITY, Schema.DIM_SENTIMENT, Schema.DIM_SOURCE};
    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(
        new Scenario(
            "match-all",
            "match-all comments, 3 facet dims",
            () -> rawFacets(comments, dims),
            () -> voxpop.search(SearchRequest.builder("").pageSize(10).facets(dims).build())));
    scenarios.add(
        new Scenario(
            "selective",
            "selective query (raqqa), 3 facet dims",
            () -> rawFacets(raqqa, dims),
            () ->
                voxpop.search(
                    SearchRequest.builder("text:raqqa").pageSize(10).facets(dims).build())));
    DrillDownQuery drilled = new DrillDownQuery(config, comments);
    // A single-valued dimension: voxpop counts only those sideways (DrillMode); a selected entity
    // is a filter, counted within the hits.
    drilled.add(Schema.DIM_SENTIMENT, "negative");
    org.apache.lucene.facet.DrillSideways sideways =
        new org.apache.lucene.facet.DrillSideways(
            plain, config, (org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState) null);
    scenarios.add(
        new Scenario(
            "drill-sideways",
            "drill-sideways on sentiment=negative (Lucene DrillSideways)",
            () -> {
              // Lucene's DrillSideways collects the drill-down hits and, for the drilled dimension,
              // the
              // hits without its own filter; each dimension is then counted from the right set.
              var result =
                  sideways.search(
                      drilled,
                      new org.apache.lucene.search.MultiCollectorManager(
                          new org.apache.lucene.search.TopScoreDocCollectorManager(
                              10, null, Integer.MAX_VALUE),
                          new FacetsCollectorManager()),
                      List.of(new FacetsCollectorManager()));
              Object[] drillDown = result.drillDownResult();
              for (String dim : dims) {
                org.apache.lucene.facet.FacetsCollector hits =
                    dim.equals(Schema.DIM_SENTIMENT)
                        ? result.drillSidewaysResults().get(0)
                        : (org.apache.lucene.facet.FacetsCollector) drillDown[1];
                count(dim, hits).getTopChildren(10, dim);
              }
              loadHits((org.apache.lucene.search.TopDocs) drillDown[0]);
            },
            () ->
                voxpop.search(
                    SearchRequest.builder("")
                        .pageSize(10)
                        .drillDown(Schema.DIM_SENTIMENT, "negative")
                        .facets(dims)
                        .build())));
    scenarios.add(
        new Scenario(
            "join",
            "comment->article join vs plain comment query",
            // Exact hit counts on both sides: voxpop always reports them.
            () ->
                loadHits(
                    plain.search(
                        raqqa,
                        new org.apache.lucene.search.TopScoreDocCollectorManager(
                            10, null, Integer.MAX_VALUE))),
            () ->
                voxpop.search(
                    SearchRequest.builder("text:raqqa")
                        .scope(Scope.ARTICLES_BY_COMMENTS)
                        .pageSize(10)
                        .build())));
    // What the join itself costs: the same page of ten hits, highlighted and with their entity
    // mentions, once as comments and once as the articles those comments belong to.
    scenarios.add(
        new Scenario(
            "join-own",
            "comment->article join vs voxpop's comment query",
            () ->
                voxpop.search(
                    SearchRequest.builder("text:raqqa").scope(Scope.COMMENTS).pageSize(10).build()),
            () ->
                voxpop.search(
                    SearchRequest.builder("text:raqqa")
                        .scope(Scope.ARTICLES_BY_COMMENTS)
                        .pageSize(10)
                        .build()),
            false));
    return scenarios;
  }

  ArrayNode measureAll(ObjectMapper json, int iterations, PrintWriter log) throws IOException {
    ArrayNode out = json.createArrayNode();
    for (Scenario scenario : scenarios()) {
      out.add(
          measure(json, scenario.name(), iterations, log, scenario.baseline(), scenario.voxpop())
              .put("charted", scenario.charted()));
    }
    return out;
  }

  private void rawFacets(Query query, String[] dims) throws IOException {
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.search(plain, query, 10, new FacetsCollectorManager());
    for (String dim : dims) {
      count(dim, result.facetsCollector()).getTopChildren(10, dim);
    }
    loadHits(result.topDocs());
  }

  /**
   * Raw lucene-facet counting of one dimension's field over the hits, on the baseline's threads.
   */
  private org.apache.lucene.facet.Facets count(
      String dim, org.apache.lucene.facet.FacetsCollector hits) throws IOException {
    if (executor == null) {
      return new SortedSetDocValuesFacetCounts(states.get(dim), hits);
    }
    try {
      return new ConcurrentSortedSetDocValuesFacetCounts(states.get(dim), hits, executor);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** A page of hits is shown, not just counted: the baseline loads its stored fields too. */
  private void loadHits(org.apache.lucene.search.TopDocs top) throws IOException {
    org.apache.lucene.index.StoredFields stored = plain.storedFields();
    for (org.apache.lucene.search.ScoreDoc hit : top.scoreDocs) {
      stored.document(hit.doc);
    }
  }

  private static ObjectNode measure(
      ObjectMapper json, String name, int iterations, PrintWriter log, Op baseline, Op voxpop)
      throws IOException {
    // Warm up for a fixed time, long enough for the JIT to compile both paths.
    long warmUntil = System.nanoTime() + WARM_UP_MILLIS * 1_000_000L;
    while (System.nanoTime() < warmUntil) {
      baseline.run();
      voxpop.run();
    }
    List<Double> base = new ArrayList<>();
    List<Double> ours = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      double b;
      double v;
      if (i % 2 == 0) {
        b = time(baseline);
        v = time(voxpop);
      } else {
        v = time(voxpop);
        b = time(baseline);
      }
      base.add(b);
      ours.add(v);
      ratios.add(v / b);
    }
    Stats.Interval ratio = Stats.meanCi(ratios);
    ObjectNode node = json.createObjectNode();
    node.put("scenario", name).put("iterations", iterations);
    node.put("baseline_p50_ms", BenchHarness.round(Stats.percentile(base, 50)))
        .put("baseline_p95_ms", BenchHarness.round(Stats.percentile(base, 95)))
        .put("baseline_p99_ms", BenchHarness.round(Stats.percentile(base, 99)));
    node.put("voxpop_p50_ms", BenchHarness.round(Stats.percentile(ours, 50)))
        .put("voxpop_p95_ms", BenchHarness.round(Stats.percentile(ours, 95)))
        .put("voxpop_p99_ms", BenchHarness.round(Stats.percentile(ours, 99)));
    node.put(
        "ratio_p50", BenchHarness.round(Stats.percentile(ours, 50) / Stats.percentile(base, 50)));
    node.put("ratio_mean", BenchHarness.round(ratio.mean()))
        .put("ratio_ci95_low", BenchHarness.round(ratio.low()))
        .put("ratio_ci95_high", BenchHarness.round(ratio.high()));
    log.printf(
        Locale.ROOT,
        "  %-52s baseline p50 %7.2f ms, voxpop p50 %7.2f ms, ratio %.2f [%.2f, %.2f]%n",
        name,
        Stats.percentile(base, 50),
        Stats.percentile(ours, 50),
        ratio.mean(),
        ratio.low(),
        ratio.high());
    log.flush();
    return node;
  }

  private static double time(Op op) throws IOException {
    long t0 = System.nanoTime();
    op.run();
    return (System.nanoTime() - t0) / 1e6;
  }

  @Override
  public void close() throws IOException {
    if (executor != null) {
      executor.shutdown();
    }
    reader.close();
    directory.close();
  }
}
