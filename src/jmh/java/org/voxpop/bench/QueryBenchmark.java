package org.voxpop.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.QueryLimits;
import org.voxpop.query.VoxpopSearcher;

/**
 * The query scenarios of the harness ({@code voxpop bench}) under JMH: for each generated index and
 * scenario, the plain Lucene way of answering ({@link #lucene}) and voxpop's ({@link #voxpop}),
 * reported side by side in one run as sampled latencies (p50, p90, p99...). The indexes are the
 * harness's own (generated deterministically from seed 7, merged to one segment per core, cached in
 * {@code bench/work}; {@code -Dvoxpop.bench.work=DIR} moves them), so the first run builds them:
 * about a minute for {@code 20k}, ten for {@code 1m}.
 *
 * <p>Run: {@code bench/jmh QueryBenchmark -p corpus=1m} (about 20 seconds per scenario and side).
 * The harness times the two sides alternately call by call, which cancels the machine's drift; JMH
 * times them in separate forks, one after the other, with its own warm-up and statistics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// voxpop's search paths take about ten seconds to compile on two cores: with JMH's usual few
// seconds of warm-up, its first run measured the JIT (5.6 ms for a search that takes 3.5).
@Fork(1)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 1)
public class QueryBenchmark {

  /** Generated index: {@code 20k} comments in 500 articles, {@code 1m} in 20,000. */
  @Param({"20k", "1m"})
  public String corpus;

  /**
   * {@code match-all}, {@code selective}, {@code drill-sideways}, {@code join} or {@code join-own}
   * (voxpop against itself).
   */
  @Param({"match-all", "selective", "drill-sideways", "join", "join-own"})
  public String scenario;

  private VoxpopSearcher searcher;
  private QueryScenarios scenarios;
  private QueryScenarios.Scenario chosen;

  @Setup(Level.Trial)
  public void open() throws IOException {
    RunSpec.Corpus spec =
        switch (corpus) {
          case "20k" -> new RunSpec.Corpus("generated", 7, 500, 40, null, 0);
          case "100k" -> new RunSpec.Corpus("generated", 7, 2_000, 50, null, 0);
          case "1m" -> new RunSpec.Corpus("generated", 7, 20_000, 50, null, 0);
          default ->
              throw new IllegalArgumentException("corpus must be 20k, 100k or 1m, got " + corpus);
        };
    Path work = Path.of(System.getProperty("voxpop.bench.work", "bench/work"));
    int threads = VoxpopSearcher.defaultSearchThreads();
    Gazetteer gazetteer = Gazetteer.defaultGazetteer();
    Path corpusFile = Corpora.materialise(spec, work, Optional.empty());
    QueryIndex index =
        QueryIndex.prepare(corpusFile, work, threads, gazetteer, new PrintWriter(System.err, true));
    searcher = VoxpopSearcher.open(index.dir(), gazetteer, QueryLimits.defaults(), threads);
    scenarios = new QueryScenarios(index.dir(), searcher, threads);
    chosen =
        scenarios.scenarios().stream()
            .filter(s -> s.key().equals(scenario))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no scenario '" + scenario + "'"));
  }

  @Benchmark
  public void lucene() throws IOException {
    chosen.baseline().run();
  }

  @Benchmark
  public void voxpop() throws IOException {
    chosen.voxpop().run();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    scenarios.close();
    searcher.close();
  }
}
