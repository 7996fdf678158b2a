import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentiment + stance + abuse on the Fox News comments, as indexing runs them, for two builds side
 * by side in one process: each jar in its own class loader, through the public API only, in
 * alternating rounds, timed by thread CPU time (robust to other processes' load, unlike wall
 * clock). Also checks that both builds give the same document compound, stance of every mention
 * and abuse score and kinds, to 6 decimals. The mentions are found once by the newer build's
 * entity recogniser and not timed.
 *
 * <p>Run with JDK 21+: {@code java bench/sentiment-cpu/SentimentCpu.java OLD.jar NEW.jar
 * ../shared/corpora/fox-news-comments/fox-news-comments.json [rounds]}, or with {@code
 * jmh:target/voxpop-0.1.0-SNAPSHOT-benchmarks.jar} instead of the file for the JMH benchmark's
 * texts. One jar twice measures the noise. Prints the ratio of the total CPU times and, robust to
 * the few slow rounds of a loaded machine, the median of the rounds' ratios.
 *
 * <p>{@code java bench/sentiment-cpu/SentimentCpu.java --solo JAR CORPUS [rounds]} times one jar
 * alone in this JVM (its own entity recogniser finds the mentions): run it for each build in turn,
 * alternating, because two builds in one process share the JIT's profiles of the JDK's code, which
 * flattered the build that leans on it less.
 */
public class SentimentCpu {
  public static void main(String[] args) throws Exception {
    if (args[0].equals("--solo")) {
      solo(Path.of(args[1]), args[2], args.length > 3 ? Integer.parseInt(args[3]) : 10);
      return;
    }
    List<String> texts = args[2].startsWith("jmh:") ? benchmarkTexts(Path.of(args[2].substring(4)))
        : fox(Path.of(args[2]));
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    Build a = new Build(Path.of(args[0]));
    Build b = new Build(Path.of(args[1]));
    List<List<Object>> spans = b.mentions(texts);
    long bytes = 0;
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    List<String> va = a.values(texts, spans);
    List<String> vb = b.values(texts, spans);
    int diff = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (!va.get(i).equals(vb.get(i))) {
        if (diff++ < 5) {
          System.out.println("differs, comment " + i + ":\n  " + va.get(i) + "\n  " + vb.get(i));
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d comments, %d mentions, %d bytes; values differing to 6 decimals: %d%n",
        texts.size(), spans.stream().mapToInt(List::size).sum(), bytes, diff);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    // each measurement scores about 1 MB, after about 5 CPU seconds of warm-up each (JIT)
    int reps = (int) Math.max(1, 1_000_000 / bytes);
    long warm = mx.getCurrentThreadCpuTime();
    while (mx.getCurrentThreadCpuTime() - warm < 10_000_000_000L) {
      a.run(texts, spans);
      b.run(texts, spans);
    }
    long ta = 0;
    long tb = 0;
    double[] pairRatios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < reps; k++) {
        a.run(texts, spans);
      }
      long t1 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < reps; k++) {
        b.run(texts, spans);
      }
      long t2 = mx.getCurrentThreadCpuTime();
      ta += t1 - t0;
      tb += t2 - t1;
      pairRatios[r] = (double) (t1 - t0) / (t2 - t1);
      System.out.printf(Locale.ROOT, "round %d: old %.2f MB/s, new %.2f MB/s (CPU time)%n", r,
          reps * bytes / 1e6 / ((t1 - t0) / 1e9), reps * bytes / 1e6 / ((t2 - t1) / 1e9));
    }
    System.out.printf(Locale.ROOT, "total: old %.2f MB/s, new %.2f MB/s per CPU second; ratio old/new CPU time %.2f%n",
        rounds * reps * bytes / 1e6 / (ta / 1e9), rounds * reps * bytes / 1e6 / (tb / 1e9), (double) ta / tb);
    // on a loaded machine single rounds swing by a factor of two; the median of the rounds'
    // ratios (each old round next to its new round in time) is what a few slow rounds do not move
    java.util.Arrays.sort(pairRatios);
    double median = rounds % 2 == 1 ? pairRatios[rounds / 2]
        : (pairRatios[rounds / 2 - 1] + pairRatios[rounds / 2]) / 2;
    System.out.printf(Locale.ROOT, "median of the %d rounds' ratios old/new CPU time: %.2f (quartiles %.2f, %.2f)%n",
        rounds, median, pairRatios[rounds / 4], pairRatios[(3 * rounds) / 4]);
  }

  static List<String> texts(String corpus) throws Exception {
    return corpus.startsWith("jmh:") ? benchmarkTexts(Path.of(corpus.substring(4))) : fox(Path.of(corpus));
  }

  /** One build alone: the same warm-up and rounds of about 1 MB, timed by thread CPU time. */
  static void solo(Path jar, String corpus, int rounds) throws Exception {
    List<String> texts = texts(corpus);
    Build a = new Build(jar);
    List<List<Object>> spans = a.mentions(texts);
    long bytes = 0;
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    // rounds of about 0.25 MB: short enough that some of them run while nothing else does
    int reps = (int) Math.max(1, 250_000 / bytes);
    long warm = mx.getCurrentThreadCpuTime();
    while (mx.getCurrentThreadCpuTime() - warm < 10_000_000_000L) {
      a.run(texts, spans);
    }
    double[] rates = new double[rounds];
    long total = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < reps; k++) {
        a.run(texts, spans);
      }
      long t1 = mx.getCurrentThreadCpuTime();
      total += t1 - t0;
      rates[r] = reps * bytes / 1e6 / ((t1 - t0) / 1e9);
    }
    java.util.Arrays.sort(rates);
    // the best round is the one least slowed by other processes on the same core
    System.out.printf(Locale.ROOT, "%s: total %.2f MB/s per CPU second; median of %d rounds %.2f (quartiles %.2f, %.2f), best %.2f%n",
        jar, rounds * reps * bytes / 1e6 / (total / 1e9), rounds, rates[rounds / 2], rates[rounds / 4], rates[(3 * rounds) / 4],
        rates[rounds - 1]);
  }

  /** The texts of {@code SentimentBenchmark} (what the JMH target is measured on), as JSON lines. */
  static List<String> benchmarkTexts(Path benchmarksJar) throws Exception {
    ClassLoader l = new URLClassLoader(new URL[] {benchmarksJar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    java.lang.reflect.Field f = l.loadClass("org.voxpop.bench.SentimentBenchmark").getDeclaredField("TEXTS");
    f.setAccessible(true);
    Class<?> mapper = l.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
    Object m = mapper.getConstructor().newInstance();
    Method write = mapper.getMethod("writeValueAsString", Object.class);
    List<String> out = new ArrayList<>();
    for (Object t : (List<?>) f.get(null)) {
      out.add((String) write.invoke(m, java.util.Map.of("text", t)));
    }
    return out;
  }

  static List<String> fox(Path file) throws Exception {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    }
    return out;
  }

  /** One jar's scorers, reached by reflection through the public API. */
  static final class Build {
    final ClassLoader loader;
    final Object sentiment;
    final Object stance;
    final Object abuse;
    final Method score;
    final Method stances;
    final Method abuseScore;
    final Constructor<?> span;

    Build(Path jar) throws Exception {
      loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> ss = loader.loadClass("org.voxpop.enrich.sentiment.SentimentScorer");
      Class<?> st = loader.loadClass("org.voxpop.enrich.sentiment.StanceScorer");
      Class<?> as = loader.loadClass("org.voxpop.enrich.sentiment.AbuseScorer");
      Class<?> ds = loader.loadClass("org.voxpop.enrich.sentiment.DocumentSentiment");
      sentiment = ss.getMethod("create").invoke(null);
      stance = st.getMethod("create").invoke(null);
      abuse = as.getMethod("create").invoke(null);
      score = ss.getMethod("score", String.class);
      stances = st.getMethod("stances", String.class, ds, List.class);
      abuseScore = as.getMethod("score", String.class, ds);
      span = loader.loadClass("org.voxpop.enrich.sentiment.StanceScorer$Span").getConstructor(int.class, int.class);
    }

    /** The comment text of each line (Jackson from this jar), and its mentions as this jar's spans. */
    List<List<Object>> mentions(List<String> lines) throws Exception {
      Class<?> mapper = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
      Object m = mapper.getConstructor().newInstance();
      Method readTree = mapper.getMethod("readTree", String.class);
      Class<?> rec = loader.loadClass("org.voxpop.enrich.entity.EntityRecognizer");
      Object recognizer = rec.getMethod("create").invoke(null);
      Method recognize = rec.getMethod("recognize", String.class);
      List<List<Object>> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        Object node = readTree.invoke(m, lines.get(i));
        Object text = node.getClass().getMethod("path", String.class).invoke(node, "text");
        String t = (String) text.getClass().getMethod("asText").invoke(text);
        lines.set(i, t);
        List<Object> spans = new ArrayList<>();
        for (Object mention : (List<?>) recognize.invoke(recognizer, t)) {
          int s = (int) mention.getClass().getMethod("start").invoke(mention);
          int e = (int) mention.getClass().getMethod("end").invoke(mention);
          spans.add(new int[] {s, e});
        }
        out.add(spans);
      }
      return out;
    }

    private List<Object> spans(List<Object> raw) throws Exception {
      List<Object> out = new ArrayList<>(raw.size());
      for (Object o : raw) {
        int[] se = (int[]) o;
        out.add(span.newInstance(se[0], se[1]));
      }
      return out;
    }

    List<String> values(List<String> texts, List<List<Object>> raw) throws Exception {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        Object s = score.invoke(sentiment, t);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "compound %.6f", (double) s.getClass().getMethod("compound").invoke(s)));
        for (Object d : (List<?>) stances.invoke(stance, t, s, spans(raw.get(i)))) {
          b.append(String.format(Locale.ROOT, " %.6f", (double) (Double) d));
        }
        Object ab = abuseScore.invoke(abuse, t, s);
        b.append(String.format(Locale.ROOT, " abuse %.6f", (double) ab.getClass().getMethod("score").invoke(ab)));
        Object k = ab.getClass().getMethod("kinds").invoke(ab);
        for (String kind : new String[] {"identityAttack", "insult", "profanity", "threat"}) {
          b.append(String.format(Locale.ROOT, " %s %.6f", kind, (double) k.getClass().getMethod(kind).invoke(k)));
        }
        b.append(' ').append(ab.getClass().getMethod("matchedTerms").invoke(ab));
        out.add(b.toString());
      }
      return out;
    }

    private List<List<Object>> prepared;

    void run(List<String> texts, List<List<Object>> raw) throws Exception {
      if (prepared == null) {
        prepared = new ArrayList<>();
        for (List<Object> r : raw) {
          prepared.add(spans(r));
        }
      }
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        Object s = score.invoke(sentiment, t);
        stances.invoke(stance, t, s, prepared.get(i));
        abuseScore.invoke(abuse, t, s);
      }
    }
  }
}
