import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Enrichment and document mapping of articles with their comments ({@code
 * EnrichmentPipeline.enrich(Article)} with every step, then {@code BlockMapper.map}), what each
 * indexing thread does before handing the documents to Lucene, for two builds side by side in one
 * process: each jar in its own class loader, through the public API only, in alternating rounds
 * (which build goes first alternates too), timed by thread CPU time. First checks that both builds
 * give the same enrichment (every value at full precision) and the same documents (every field but
 * the entity token streams, whose content the stored mentions hold) for every article.
 *
 * <p>Run with JDK 21+: {@code java bench/enrich-cpu/EnrichCpu.java OLD.jar NEW.jar INPUT.jsonl
 * [rounds] [articles]} with the {@code -all} jars, INPUT a JSON Lines file of articles (such as
 * {@code bench/work/generated-11-2000-50.jsonl}); {@code articles} (default 100) is how many lines
 * a round enriches, and all of them are checked. The first third of the rounds are warm-up. With 0
 * rounds, only the check. Prints each build's median and the median, quartiles and mean with a 95%
 * interval (Student t) of the rounds' CPU time ratios new/old. One jar twice measures the noise.
 *
 * <p>The two builds share the JIT's compiled JDK code, which can favour either (a build run right
 * after the other may pay for recompiling it): for a whole-pipeline figure, time each build in its
 * own JVM ({@code bench/index-cpu/alternate.sh}); this check of the outputs is what this tool is
 * for first.
 */
public class EnrichCpu {
  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[2]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 21;
    int perRound = args.length > 4 ? Integer.parseInt(args[4]) : 100;
    List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
    Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
    int diff = 0;
    long t0c = System.nanoTime();
    for (int i = 0; i < lines.size(); i++) {
      String a = builds[0].dump(lines.get(i));
      String b = builds[1].dump(lines.get(i));
      if (!a.equals(b) && diff++ < 3) {
        int at = 0;
        while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
          at++;
        }
        int from = Math.max(0, at - 200);
        System.out.println("differs, line " + (i + 1) + ":\n  old ..." + a.substring(from, Math.min(a.length(), at + 200))
            + "\n  new ..." + b.substring(from, Math.min(b.length(), at + 200)));
      }
    }
    System.out.printf(Locale.ROOT, "%d articles checked in %.0f s; articles whose output differs: %d%n",
        lines.size(), (System.nanoTime() - t0c) / 1e9, diff);
    if (rounds == 0) {
      return;
    }
    List<List<Object>> articles = new ArrayList<>();
    for (Build b : builds) {
      List<Object> parsed = new ArrayList<>();
      for (String l : lines.subList(0, Math.min(perRound, lines.size()))) {
        parsed.add(b.parse(l));
      }
      articles.add(parsed);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] t = new double[2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k0 = 0; k0 < 2; k0++) {
        int k = r % 2 == 0 ? k0 : 1 - k0;
        long c0 = mx.getCurrentThreadCpuTime();
        for (Object article : articles.get(k)) {
          builds[k].run(article);
        }
        t[k][r] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      }
    }
    int warm = rounds / 3;
    for (int k = 0; k < 2; k++) {
      double[] x = Arrays.copyOfRange(t[k], warm, rounds);
      Arrays.sort(x);
      System.out.printf(Locale.ROOT, "%s: median %.3f s CPU a round, best %.3f (%d rounds after %d warm-up)%n",
          args[k], x[x.length / 2], x[0], x.length, warm);
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
    System.out.printf(Locale.ROOT,
        "CPU time new/old per round: median %.3f, quartiles [%.3f, %.3f], mean %.3f [%.3f, %.3f]%n",
        ratio[n / 2], ratio[n / 4], ratio[3 * n / 4], mean, mean - half, mean + half);
  }

  /** One build: its pipeline and block mapper. */
  static final class Build {
    final Object pipeline;
    final Object mapper;
    final Method parse;
    final Method enrich;
    final Method map;
    final Method documents;
    final Method comments;
    final Method title;
    final Method body;

    Build(Path jar) throws Exception {
      ClassLoader cl =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> pip = cl.loadClass("org.voxpop.enrich.EnrichmentPipeline");
      pipeline = pip.getMethod("create").invoke(null);
      Class<?> art = cl.loadClass("org.voxpop.model.Article");
      enrich = pip.getMethod("enrich", art);
      parse = cl.loadClass("org.voxpop.input.ArticleJson").getMethod("fromJsonLine", String.class);
      Class<?> bm = cl.loadClass("org.voxpop.index.BlockMapper");
      mapper = bm.getConstructor().newInstance();
      Class<?> ea = cl.loadClass("org.voxpop.enrich.EnrichedArticle");
      map = bm.getMethod("map", ea);
      documents = cl.loadClass("org.voxpop.index.BlockMapper$Mapped").getMethod("documents");
      comments = ea.getMethod("comments");
      title = ea.getMethod("title");
      body = ea.getMethod("body");
    }

    Object parse(String line) throws Exception {
      return parse.invoke(null, line);
    }

    void run(Object article) throws Exception {
      map.invoke(mapper, enrich.invoke(pipeline, article));
    }

    /** Every value of the enrichment and of the documents of one article, as text. */
    String dump(String line) throws Exception {
      Object enriched = enrich.invoke(pipeline, parse(line));
      StringBuilder sb = new StringBuilder();
      sb.append(title.invoke(enriched)).append('\n').append(body.invoke(enriched)).append('\n');
      for (Object c : (List<?>) comments.invoke(enriched)) {
        sb.append(c).append('\n');
      }
      for (Object doc : (List<?>) documents.invoke(map.invoke(mapper, enriched))) {
        for (Object field : (Iterable<?>) doc) {
          String f = field.toString();
          if (f.contains("TokenStream")) {
            f = f.substring(0, f.indexOf('<') + 1) + field.getClass().getName();
          }
          sb.append(f).append('|');
        }
        sb.append('\n');
      }
      return sb.toString();
    }
  }

  /**
   * Two-sided 95% quantile of Student's t (as bench/index-cpu/IndexCpu.java has it: single-file
   * programs cannot share code).
   */
  static double tQuantile(int df) {
    double[] q = {12.71, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
      2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086};
    return df < 1 ? Double.NaN : df <= q.length ? q[df - 1] : 1.96 + 2.4 / df;
  }
}
