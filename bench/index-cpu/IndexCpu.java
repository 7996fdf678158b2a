import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Enriched indexing ({@code Indexer.index} with every enrichment step, as the harness's "voxpop
 * enriched" configuration runs it) for two builds side by side in one process: each jar in its own
 * class loader, through the public API only, in alternating rounds (which build goes first
 * alternates too), timed by the process's CPU time (every thread: enrichment, Lucene's flushes,
 * collections and compilation), which other processes' load moves far less than wall clock.
 *
 * <p>Prefer {@code bench/index-cpu/alternate.sh OLD.jar NEW.jar INPUT.jsonl}, which times each
 * build alone in its own JVM ({@code --solo}, see {@link #solo}), in turn: side by side in one JVM,
 * a build run right after the other took up to twice the CPU time in some rounds (by all signs
 * recompiling the JDK code the two share).
 *
 * <p>Run with JDK 21+: {@code java bench/index-cpu/IndexCpu.java OLD.jar NEW.jar INPUT.jsonl
 * [rounds] [threads]} with the {@code -all} jars; INPUT is for example the first 500 lines of
 * {@code bench/work/generated-11-2000-50.jsonl}. The first third of the rounds are warm-up. Prints
 * each build's median CPU seconds per round and the median, quartiles and a 95% interval (Student
 * t) of the rounds' ratios new/old of CPU time. One jar twice measures the noise. Compare the two
 * builds' index content separately (for example {@code voxpop export} of both).
 */
public class IndexCpu {
  public static void main(String[] args) throws Exception {
    if (args[0].equals("--solo")) {
      solo(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      return;
    }
    Path input = Path.of(args[2]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
    Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Path work = Files.createTempDirectory("index-cpu");
    double[][] t = new double[2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k0 = 0; k0 < 2; k0++) {
        int k = r % 2 == 0 ? k0 : 1 - k0;
        Path dir = work.resolve("idx-" + k + "-" + r);
        System.gc();
        long c0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        builds[k].index(dir, input, threads);
        t[k][r] = (os.getProcessCpuTime() - c0) / 1e9;
        double wall = (System.nanoTime() - w0) / 1e9;
        System.out.printf(
            Locale.ROOT, "round %d build %d: %.2f s CPU, %.2f s wall%n", r, k, t[k][r], wall);
        delete(dir);
      }
    }
    int warm = rounds / 3;
    for (int k = 0; k < 2; k++) {
      double[] x = Arrays.copyOfRange(t[k], warm, rounds);
      Arrays.sort(x);
      System.out.printf(
          Locale.ROOT,
          "%s: median %.2f s CPU, best %.2f (%d rounds after %d warm-up)%n",
          args[k],
          x[x.length / 2],
          x[0],
          x.length,
          warm);
    }
    int n = rounds - warm;
    double[] ratio = new double[n];
    for (int r = warm; r < rounds; r++) {
      ratio[r - warm] = t[1][r] / t[0][r];
    }
    double mean = Arrays.stream(ratio).average().orElse(0);
    double var = Arrays.stream(ratio).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, n - 1);
    double half = tQuantile(n - 1) * Math.sqrt(var / n);
    Arrays.sort(ratio);
    System.out.printf(
        Locale.ROOT,
        "CPU time new/old per round: median %.3f, quartiles [%.3f, %.3f], mean %.3f [%.3f, %.3f]%n",
        ratio[n / 2],
        ratio[n / 4],
        ratio[3 * n / 4],
        mean,
        mean - half,
        mean + half);
    delete(work);
  }

  /**
   * One build alone in this JVM: runs until {@link #WARM_UP_CPU} seconds of CPU have gone (the JIT
   * compiles for about that long: a first run takes four times a steady one), then {@code rounds}
   * runs, and prints their median CPU seconds. Two builds in one process share the JIT's compiled
   * JDK code, and a build run after the other took twice the CPU time in some rounds; run each
   * build in its own JVM in turn instead, as {@code alternate.sh} does.
   */
  static void solo(Path jar, Path input, int rounds, int threads) throws Exception {
    Build build = new Build(jar);
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Path work = Files.createTempDirectory("index-cpu");
    long start = os.getProcessCpuTime();
    int warm = 0;
    while (os.getProcessCpuTime() - start < WARM_UP_CPU * 1_000_000_000L) {
      Path dir = work.resolve("warm-" + warm++);
      build.index(dir, input, threads);
      delete(dir);
    }
    double[] t = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      Path dir = work.resolve("idx-" + r);
      System.gc();
      long c0 = os.getProcessCpuTime();
      build.index(dir, input, threads);
      t[r] = (os.getProcessCpuTime() - c0) / 1e9;
      delete(dir);
    }
    delete(work);
    double[] x = t.clone();
    Arrays.sort(x);
    System.out.printf(
        Locale.ROOT,
        "solo %s: median %.3f s CPU after %d warm-up runs, rounds %s%n",
        jar,
        x[x.length / 2],
        warm,
        Arrays.toString(Arrays.stream(t).map(v -> Math.round(v * 100) / 100.0).toArray()));
  }

  /** CPU seconds of warm-up before {@link #solo} measures. */
  static final int WARM_UP_CPU = 90;

  /** Two-sided 95% quantile of Student's t. */
  static double tQuantile(int df) {
    double[] q = {12.71, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
      2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086};
    return df < 1 ? Double.NaN : df <= q.length ? q[df - 1] : 1.96 + 2.4 / df;
  }

  static void delete(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** One build: its pipeline, and the indexer's entry points. */
  static final class Build {
    final ClassLoader cl;
    final Object pipeline;
    final String version;
    final Method open;
    final Method index;
    final Method close;
    final Object silent;
    final Object settings;

    Build(Path jar) throws Exception {
      cl =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> gaz = cl.loadClass("org.voxpop.enrich.entity.Gazetteer");
      Object gazetteer = gaz.getMethod("defaultGazetteer").invoke(null);
      version = (String) gaz.getMethod("version").invoke(gazetteer);
      Class<?> rec = cl.loadClass("org.voxpop.enrich.entity.EntityRecognizer");
      Object recognizer = rec.getMethod("create", gaz).invoke(null, gazetteer);
      Class<?> pip = cl.loadClass("org.voxpop.enrich.EnrichmentPipeline");
      Class<?> opt = cl.loadClass("org.voxpop.enrich.EnrichmentPipeline$Options");
      pipeline =
          pip.getMethod("create", opt, rec)
              .invoke(null, opt.getMethod("defaults").invoke(null), recognizer);
      Class<?> set = cl.loadClass("org.voxpop.index.IndexerSettings");
      Object s = set.getMethod("defaults").invoke(null);
      settings =
          set.getMethod("withCommitEveryArticles", int.class).invoke(s, Integer.MAX_VALUE);
      Class<?> idx = cl.loadClass("org.voxpop.index.Indexer");
      open = idx.getMethod("open", Path.class, pip, set, String.class);
      Class<?> lis = cl.loadClass("org.voxpop.index.IndexListener");
      silent = lis.getMethod("silent").invoke(null);
      index = idx.getMethod("index", List.class, lis);
      close = idx.getMethod("close");
    }

    void index(Path dir, Path input, int threads) throws Exception {
      Object st = settings.getClass().getMethod("withThreads", int.class).invoke(settings, threads);
      Thread.currentThread().setContextClassLoader(cl);
      Object indexer = open.invoke(null, dir, pipeline, st, version);
      try {
        index.invoke(indexer, List.of(input), silent);
      } finally {
        close.invoke(indexer);
      }
    }
  }
}
