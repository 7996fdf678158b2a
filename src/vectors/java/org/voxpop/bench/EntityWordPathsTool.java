package org.voxpop.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.voxpop.enrich.entity.EntityModelBuilder;
import org.voxpop.enrich.entity.tagger.Tokenizer;
import org.voxpop.enrich.entity.tagger.Tokens;
import org.voxpop.enrich.entity.tagger.UnlabelledText;
import org.voxpop.enrich.entity.tagger.WordStatistics;

/**
 * Writes the entity tagger's embedding word classes ({@code bench/entity-word-paths}): each word of
 * the tagger's unlabelled text (and the common English words) embedded alone by the sentence
 * encoder bge-small-en-v1.5 (MIT; langchain4j's quantised ONNX build, run in-process), then split
 * by bisecting 2-means into a binary tree of depth {@link #DEPTH}: a word's path from the root is
 * its class, and words the encoder reads alike share long prefixes, as Brown clusters' words do
 * from their contexts. The encoder has read far more text than we have, so rare words and names get
 * a class that our few million words cannot give them.
 *
 * <p>Vocabulary: the keys ({@link WordStatistics#key}) with a letter of the words of {@link
 * EntityModelBuilder#UNLABELLED} (as for the Brown clusters, not the words of CoNLL-2003, whose
 * Reuters text is for research only) and the common-words list; never the development sets' own
 * words. Output: gzipped lines {@code word TAB path}, sorted. {@code -Dencoders=bge,minilm,e5} sets
 * the three encoders' vectors side by side instead (tried, not kept: docs/entities.md). Needs the
 * {@code word-vectors} Maven profile; never part of the runtime jar.
 */
public final class EntityWordPathsTool {

  /** Depth of the tree: the tagger reads prefixes of 6 and 12 bits (FeatureExtractor). */
  static final int DEPTH = 12;

  /** A node with fewer words is not split further. */
  static final int MIN_SPLIT = 8;

  /** Seed of each split's starting direction. */
  static final long SEED = 7;

  private static final int MAX_LENGTH = 30;

  private EntityWordPathsTool() {}

  /**
   * {@code OUT DATA_DIR WORD_LIST...}: a word list is one word a line ({@code .txt.gz}) or a
   * gazetteer table ({@code .tsv}, {@code .tsv.gz}: the words of its names and aliases).
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path data = Path.of(args[1]);
    SortedSet<String> vocabulary = new TreeSet<>();
    for (String f : EntityModelBuilder.UNLABELLED) {
      UnlabelledText.read(
          data.resolve(f),
          sentence -> {
            for (String w : sentence) {
              add(WordStatistics.key(w), vocabulary);
            }
          });
    }
    System.err.printf(Locale.ROOT, "%,d words of the unlabelled text%n", vocabulary.size());
    for (int a = 2; a < args.length; a++) {
      readWordList(Path.of(args[a]), vocabulary);
      System.err.printf(Locale.ROOT, "%,d words with %s%n", vocabulary.size(), args[a]);
    }
    List<String> words = new ArrayList<>(vocabulary);
    System.err.printf(Locale.ROOT, "%,d words%n", words.size());
    float[][] vectors = embed(words);
    String[] paths = BisectingKMeans.paths(vectors, DEPTH, MIN_SPLIT, SEED);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16);
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
      for (int i = 0; i < words.size(); i++) {
        w.write(words.get(i));
        w.write('\t');
        w.write(paths[i]);
        w.write('\n');
      }
    }
    System.err.println("wrote " + out);
  }

  private static void readWordList(Path file, SortedSet<String> vocabulary) throws IOException {
    String name = file.getFileName().toString();
    boolean table = name.endsWith(".tsv") || name.endsWith(".tsv.gz");
    java.io.InputStream in = Files.newInputStream(file);
    if (name.endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!table) {
          add(WordStatistics.key(line.strip()), vocabulary);
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        List<String> names = new ArrayList<>();
        if (f.length > 1) {
          names.add(f[1]);
        }
        if (f.length > 4 && !f[4].isEmpty()) {
          names.addAll(List.of(f[4].split("\\|")));
        }
        for (String n : names) {
          Tokens t = Tokenizer.tokenize(n);
          for (int i = 0; i < t.size(); i++) {
            add(WordStatistics.key(t.token(i)), vocabulary);
          }
        }
      }
    }
  }

  private static void add(String key, SortedSet<String> vocabulary) {
    if (key.isEmpty() || key.length() > MAX_LENGTH || key.indexOf('\t') >= 0) {
      return;
    }
    for (int i = 0; i < key.length(); i++) {
      if (Character.isLetter(key.charAt(i))) {
        vocabulary.add(key);
        return;
      }
    }
  }

  private static float[][] embed(List<String> words) {
    List<EmbeddingModel> models = new ArrayList<>();
    for (String name : System.getProperty("encoders", "bge").split(",")) {
      models.add(
          switch (name) {
            case "bge" -> new BgeSmallEnV15QuantizedEmbeddingModel();
            case "minilm" -> new AllMiniLmL6V2EmbeddingModel();
            case "e5" -> new E5SmallV2QuantizedEmbeddingModel();
            default -> throw new IllegalArgumentException("unknown encoder " + name);
          });
    }
    float[][] out = new float[words.size()][];
    long t0 = System.nanoTime();
    for (int i = 0; i < words.size(); i += 64) {
      List<TextSegment> batch = new ArrayList<>();
      for (int j = i; j < Math.min(words.size(), i + 64); j++) {
        batch.add(TextSegment.from(words.get(j)));
      }
      List<List<Embedding>> byModel = new ArrayList<>();
      for (EmbeddingModel m : models) {
        byModel.add(m.embedAll(batch).content());
      }
      for (int j = 0; j < batch.size(); j++) {
        float[] v = new float[0];
        for (List<Embedding> e : byModel) {
          float[] part = e.get(j).vector();
          float[] joined = java.util.Arrays.copyOf(v, v.length + part.length);
          System.arraycopy(part, 0, joined, v.length, part.length);
          v = joined;
        }
        out[i + j] = v;
      }
      if ((i / 64) % 100 == 0) {
        System.err.printf(
            Locale.ROOT, "embedded %,d (%.0f s)%n", i, (System.nanoTime() - t0) / 1e9);
      }
    }
    return out;
  }
}
