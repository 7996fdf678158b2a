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
 * Entity recognition ({@code EntityRecognizer.recognize}, default gazetteer and bundled model) for
 * two builds side by side in one process: each jar in its own class loader, through the public API
 * only, in alternating rounds (which build goes first alternates too), timed by thread CPU time
 * (robust to other processes' load, unlike wall clock). First checks that both builds find the
 * same mentions (offsets, id, type, source, confidence to 4 decimals) in every text.
 *
 * <p>Run with JDK 21+: {@code java bench/ner-cpu/NerCpu.java OLD.jar NEW.jar TEXTS [rounds]} with
 * the {@code -all} jars, where TEXTS is {@code ../shared/corpora/fox-news-comments/fox-news-comments.json}
 * or {@code jmh:src/jmh/java/org/voxpop/bench/EntityRecognitionBenchmark.java} for the JMH
 * benchmark's comments (read from its source), or {@code conll:FILE} for a CoNLL file's documents
 * as {@code voxpop evaluate entities} joins them (with 0 rounds: only the check of the mentions). Each round recognises about 1 MB of text per build;
 * the first third of the rounds are warm-up. Prints each build's median and best MB/s and the
 * median and quartiles of the rounds' speed ratios. One jar twice measures the noise. {@code java
 * bench/ner-cpu/NerCpu.java --solo JAR TEXTS [rounds]} times one build alone in its own JVM, for
 * comparing builds without their sharing the JDK's compiled code.
 */
public class NerCpu {
  public static void main(String[] args) throws Exception {
    boolean solo = args[0].equals("--solo");
    String[] a = solo ? Arrays.copyOfRange(args, 1, args.length) : args;
    int jars = solo ? 1 : 2;
    List<String> texts = texts(a[jars]);
    int rounds = a.length > jars + 1 ? Integer.parseInt(a[jars + 1]) : 21;
    long bytes = 0;
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    Build[] builds = new Build[jars];
    for (int k = 0; k < jars; k++) {
      builds[k] = new Build(Path.of(a[k]));
    }
    if (!solo) {
      List<String> ma = builds[0].mentions(texts);
      List<String> mb = builds[1].mentions(texts);
      int diff = 0;
      for (int i = 0; i < texts.size(); i++) {
        if (!ma.get(i).equals(mb.get(i)) && diff++ < 5) {
          System.out.println("differs, text " + i + ":\n  " + ma.get(i) + "\n  " + mb.get(i));
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%d texts, %d bytes; texts whose mentions differ (to 4 decimals): %d%n",
          texts.size(),
          bytes,
          diff);
      if (rounds == 0) {
        return;
      }
    }
    int reps = (int) Math.max(1, 1_000_000 / bytes);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] t = new double[jars][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k0 = 0; k0 < jars; k0++) {
        int k = r % 2 == 0 ? k0 : jars - 1 - k0;
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
          builds[k].run(texts);
        }
        t[k][r] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
      }
    }
    int warm = rounds / 3;
    double mb = reps * bytes / 1e6;
    for (int k = 0; k < jars; k++) {
      double[] x = Arrays.copyOfRange(t[k], warm, rounds);
      Arrays.sort(x);
      System.out.printf(
          Locale.ROOT,
          "%s: median %.2f MB/s, best %.2f MB/s (thread CPU, %d rounds after %d warm-up)%n",
          a[k],
          mb / x[x.length / 2],
          mb / x[0],
          x.length,
          warm);
    }
    if (!solo) {
      double[] ratio = new double[rounds - warm];
      for (int r = warm; r < rounds; r++) {
        ratio[r - warm] = t[0][r] / t[1][r];
      }
      Arrays.sort(ratio);
      System.out.printf(
          Locale.ROOT,
          "speed new/old per round: median %.3f, quartiles [%.3f, %.3f]%n",
          ratio[ratio.length / 2],
          ratio[ratio.length / 4],
          ratio[3 * ratio.length / 4]);
    }
  }

  /** One build: its recogniser and the accessors of its mentions. */
  static final class Build {
    final Object recognizer;
    final Method recognize;
    final Method[] fields;

    Build(Path jar) throws Exception {
      URLClassLoader cl =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> c = cl.loadClass("org.voxpop.enrich.entity.EntityRecognizer");
      recognizer = c.getMethod("create").invoke(null);
      recognize = c.getMethod("recognize", String.class);
      Class<?> m = cl.loadClass("org.voxpop.enrich.entity.EntityMention");
      String[] names = {"start", "end", "id", "type", "source", "confidence"};
      fields = new Method[names.length];
      for (int i = 0; i < names.length; i++) {
        fields[i] = m.getMethod(names[i]);
      }
    }

    void run(List<String> texts) throws Exception {
      for (String s : texts) {
        recognize.invoke(recognizer, s);
      }
    }

    List<String> mentions(List<String> texts) throws Exception {
      List<String> out = new ArrayList<>(texts.size());
      for (String s : texts) {
        StringBuilder sb = new StringBuilder();
        for (Object x : (List<?>) recognize.invoke(recognizer, s)) {
          sb.append(
              String.format(
                  Locale.ROOT,
                  "[%s %s %s %s %s %.4f]",
                  fields[0].invoke(x),
                  fields[1].invoke(x),
                  fields[2].invoke(x),
                  fields[3].invoke(x),
                  fields[4].invoke(x),
                  (Double) fields[5].invoke(x)));
        }
        out.add(sb.toString());
      }
      return out;
    }
  }

  static List<String> texts(String source) throws Exception {
    List<String> out = new ArrayList<>();
    if (source.startsWith("jmh:")) {
      // The string literals of the benchmark's COMMENTS array, one per line.
      boolean in = false;
      for (String l : Files.readAllLines(Path.of(source.substring(4)), StandardCharsets.UTF_8)) {
        String s = l.strip();
        if (s.startsWith("static final String[] COMMENTS")) {
          in = true;
        } else if (in && s.startsWith("};")) {
          break;
        } else if (in && s.startsWith("\"")) {
          out.add(string(s, 0));
        }
      }
      return out;
    }
    if (source.startsWith("conll:")) {
      return conll(Path.of(source.substring(6)));
    }
    for (String line : Files.readAllLines(Path.of(source), StandardCharsets.UTF_8)) {
      int i = line.indexOf("\"text\": \"");
      if (i >= 0) {
        out.add(string(line, i + 8));
      }
    }
    return out;
  }

  /**
   * The documents of a CoNLL file as {@code voxpop evaluate entities} gives them to the recogniser:
   * a document runs from one "-DOCSTART-" line to the next (without such lines each sentence is a
   * document), its tokens joined by spaces (none after a lone "@"), its sentences by a blank line.
   */
  static List<String> conll(Path file) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    boolean docStarts = lines.stream().anyMatch(l -> l.startsWith("-DOCSTART-"));
    List<String> out = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    List<String> sentence = new ArrayList<>();
    lines.add("");
    for (String l : lines) {
      if (l.isBlank() || l.startsWith("-DOCSTART-")) {
        if (!sentence.isEmpty()) {
          if (!doc.isEmpty()) {
            doc.append("\n\n");
          }
          for (int i = 0; i < sentence.size(); i++) {
            if (i > 0 && !sentence.get(i - 1).equals("@")) {
              doc.append(' ');
            }
            doc.append(sentence.get(i));
          }
          sentence.clear();
        }
        if ((!docStarts || l.startsWith("-DOCSTART-"))
            && !doc.isEmpty()) {
          out.add(doc.toString());
          doc.setLength(0);
        }
      } else {
        sentence.add(l.strip().split("\\s+")[0]);
      }
    }
    if (!doc.isEmpty()) {
      out.add(doc.toString());
    }
    return out;
  }

  /** The JSON (or Java) string literal whose opening quote is at {@code q}. */
  static String string(String s, int q) {
    StringBuilder sb = new StringBuilder();
    for (int i = q + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char d = s.charAt(++i);
      switch (d) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(d);
      }
    }
    throw new IllegalArgumentException("unterminated string: " + s);
  }
}
