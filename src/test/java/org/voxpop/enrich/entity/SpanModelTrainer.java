package org.voxpop.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the span classifier (an averaged perceptron) on CoNLL training files and writes
 * {@code span-model.tsv.gz}. Only training files: never the dev sets. The committed model was
 * built with
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *   org.voxpop.enrich.entity.SpanModelTrainer \
 *   src/main/resources/org/voxpop/enrich/entity/span-model.tsv.gz \
 *   ../shared/eval/wnut17/wnut17train.conll ../shared/eval/btc/btc.train
 * </pre>
 */
public final class SpanModelTrainer {

  private static final Map<String, String> LABEL_OF = Map.ofEntries(
      Map.entry("person", "PERSON"), Map.entry("per", "PERSON"),
      Map.entry("location", "LOCATION"), Map.entry("loc", "LOCATION"),
      Map.entry("group", "ORGANIZATION"), Map.entry("corporation", "ORGANIZATION"),
      Map.entry("org", "ORGANIZATION"), Map.entry("product", "OTHER"),
      Map.entry("creative-work", "OTHER"), Map.entry("misc", "OTHER"));
  private static final int EPOCHS = 8;

  private SpanModelTrainer() {}

  record Example(List<String> features, int label) {}

  /** args: output file, then one or more CoNLL training files. */
  public static void main(String[] args) throws IOException {
    Gazetteer g = Gazetteer.defaultGazetteer();
    List<Example> examples = new ArrayList<>();
    for (int a = 1; a < args.length; a++) {
      examples.addAll(examples(Path.of(args[a]), g));
    }
    int[] byLabel = new int[SpanClassifier.LABELS.length];
    examples.forEach(x -> byLabel[x.label()]++);
    System.out.println("examples: " + examples.size() + " per label " + java.util.Arrays.toString(byLabel));
    Map<String, float[]> w = train(examples);
    Path out = Path.of(args[0]);
    try (Writer wr = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
        StandardCharsets.UTF_8)) {
      wr.write("# voxpop span classifier: averaged perceptron, features x "
          + String.join(",", SpanClassifier.LABELS) + "; built by SpanModelTrainer\n");
      for (Map.Entry<String, float[]> e : new TreeMap<>(w).entrySet()) {
        StringBuilder sb = new StringBuilder(e.getKey());
        boolean any = false;
        for (float v : e.getValue()) {
          any |= Math.abs(v) >= 0.01f;
          sb.append('\t').append(String.format(Locale.ROOT, "%.3f", v));
        }
        if (any) {
          wr.write(sb.append('\n').toString());
        }
      }
    }
    System.out.println("features: " + w.size() + " written to " + out);
  }

  static List<Example> examples(Path conll, Gazetteer g) throws IOException {
    List<Example> out = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
      String line;
      while (true) {
        line = r.readLine();
        if (line == null || line.isBlank()) {
          if (!sentence.isEmpty()) {
            out.addAll(sentenceExamples(sentence, g));
            sentence.clear();
          }
          if (line == null) {
            break;
          }
          continue;
        }
        String[] f = line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.strip().split(" +");
        sentence.add(new String[] {f[0], f[f.length - 1].strip()});
      }
    }
    return out;
  }

  private static List<Example> sentenceExamples(List<String[]> toks, Gazetteer g) {
    StringBuilder sb = new StringBuilder();
    int n = toks.size();
    int[] start = new int[n];
    int[] end = new int[n];
    for (int i = 0; i < n; i++) {
      if (i > 0 && !toks.get(i - 1)[0].equals("@")) {
        sb.append(' ');
      }
      start[i] = sb.length();
      sb.append(toks.get(i)[0]);
      end[i] = sb.length();
    }
    Map<Long, Integer> gold = new HashMap<>();
    int i = 0;
    while (i < n) {
      String tag = toks.get(i)[1];
      if (!tag.startsWith("B-") && !tag.startsWith("I-")) {
        i++;
        continue;
      }
      String raw = tag.substring(2);
      int j = i + 1;
      while (j < n && toks.get(j)[1].equals("I-" + raw)) {
        j++;
      }
      String label = LABEL_OF.get(raw.toLowerCase(Locale.ROOT));
      if (label != null) {
        gold.put(((long) start[i] << 32) | end[j - 1], List.of(SpanClassifier.LABELS).indexOf(label));
      }
      i = j;
    }
    List<EntityRecognizer.SpanExample> rec = new ArrayList<>();
    EntityRecognizer.recording(g, rec).recognize(sb.toString());
    List<Example> out = new ArrayList<>();
    for (EntityRecognizer.SpanExample x : rec) {
      Integer label = gold.get(((long) x.start() << 32) | x.end());
      out.add(new Example(x.features(), label == null ? 0 : label));
    }
    return out;
  }

  static Map<String, float[]> train(List<Example> examples) {
    int k = SpanClassifier.LABELS.length;
    Map<String, float[]> w = new HashMap<>();
    Map<String, float[]> total = new HashMap<>();
    Map<String, int[]> stamp = new HashMap<>();
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(42);
    int c = 1;
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      int errors = 0;
      for (Example x : order) {
        SpanClassifier model = new SpanClassifier(w);
        int guess = model.predict(x.features());
        if (guess != x.label()) {
          errors++;
          for (String f : x.features()) {
            float[] v = w.computeIfAbsent(f, z -> new float[k]);
            float[] t = total.computeIfAbsent(f, z -> new float[k]);
            int[] s = stamp.computeIfAbsent(f, z -> new int[k]);
            for (int lab : new int[] {x.label(), guess}) {
              t[lab] += (c - s[lab]) * v[lab];
              s[lab] = c;
            }
            v[x.label()] += 1;
            v[guess] -= 1;
          }
        }
        c++;
      }
      System.out.printf(Locale.ROOT, "epoch %d: %.3f training errors%n", epoch, errors / (double) order.size());
    }
    Map<String, float[]> avg = new HashMap<>();
    for (Map.Entry<String, float[]> e : w.entrySet()) {
      float[] v = e.getValue();
      float[] t = total.get(e.getKey());
      int[] s = stamp.get(e.getKey());
      float[] a = new float[k];
      for (int lab = 0; lab < k; lab++) {
        a[lab] = (t[lab] + (c - s[lab]) * v[lab]) / c;
      }
      avg.put(e.getKey(), a);
    }
    return avg;
  }
}
