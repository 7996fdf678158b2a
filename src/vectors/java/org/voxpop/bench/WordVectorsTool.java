package org.voxpop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the word vectors the stance classifier is trained with ({@code bench/word-vectors}): each
 * word of a vocabulary embedded alone by three small sentence encoders, run in-process by
 * langchain4j's ONNX builds of them: all-MiniLM-L6-v2 (Apache-2.0), BAAI bge-small-en-v1.5 and
 * intfloat e5-small-v2 (both MIT; quantised builds), as static vectors in the manner of Model2Vec.
 * The three unit vectors are set side by side and each component rounded to one of 15 levels
 * ({@link #LEVELS} steps of {@link #SCALE} on each side of 0, about three standard deviations of a
 * component of a 384-dimension unit vector): cross-validated F1m as with full bytes, a file half as
 * large.
 *
 * <p>Vocabulary: the lower-case words of the files given (JSON lines or a JSON array: the texts in
 * {@code sentence_normalized}, {@code sentence}, {@code text}, {@code title}; any other file: one
 * entry per line, the first tab-separated field) seen at least {@code minCount} times, sorted.
 *
 * <p>Output (gzipped, big-endian): magic {@code "VWVC"}, format 1, dimensions, the scale of a byte
 * (a component is {@code byte * scale}), the number of words, then each word (modified UTF-8) and
 * its bytes. Needs the {@code word-vectors} Maven profile; never part of the runtime jar.
 */
public final class WordVectorsTool {
  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final int LEVELS = 7;
  private static final float SCALE = 0.022f;
  private static final List<String> FIELDS =
      List.of("sentence_normalized", "sentence", "text", "title");

  private WordVectorsTool() {}

  /** {@code OUT MIN_COUNT FILE...}. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int minCount = Integer.parseInt(args[1]);
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 2; i < args.length; i++) {
      count(Path.of(args[i]), counts);
    }
    List<String> words = new ArrayList<>();
    counts.forEach(
        (w, c) -> {
          if (c >= minCount && w.length() <= 30) {
            words.add(w);
          }
        });
    System.err.printf(Locale.ROOT, "%,d words%n", words.size());
    List<EmbeddingModel> models =
        List.of(
            new AllMiniLmL6V2EmbeddingModel(),
            new BgeSmallEnV15QuantizedEmbeddingModel(),
            new E5SmallV2QuantizedEmbeddingModel());
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16);
        DataOutputStream data = new DataOutputStream(os)) {
      data.writeInt(0x56575643); // "VWVC"
      data.writeInt(1);
      int dim = 0;
      for (EmbeddingModel model : models) {
        dim += model.embed("the").content().vector().length;
      }
      data.writeInt(dim);
      data.writeFloat(SCALE);
      data.writeInt(words.size());
      for (int i = 0; i < words.size(); i += 64) {
        List<TextSegment> batch = new ArrayList<>();
        for (int j = i; j < Math.min(words.size(), i + 64); j++) {
          batch.add(TextSegment.from(words.get(j)));
        }
        List<List<dev.langchain4j.data.embedding.Embedding>> vectors = new ArrayList<>();
        for (EmbeddingModel model : models) {
          vectors.add(model.embedAll(batch).content());
        }
        for (int j = 0; j < batch.size(); j++) {
          data.writeUTF(batch.get(j).text());
          for (List<dev.langchain4j.data.embedding.Embedding> byModel : vectors) {
            for (float f : byModel.get(j).vector()) {
              data.writeByte((byte) Math.max(-LEVELS, Math.min(LEVELS, Math.round(f / SCALE))));
            }
          }
        }
      }
    }
    System.err.println("wrote " + out);
  }

  private static void count(Path file, Map<String, Integer> counts) throws IOException {
    String name = file.getFileName().toString();
    ObjectMapper json = new ObjectMapper();
    if (name.endsWith(".json") || name.endsWith(".jsonl")) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        r.mark(4);
        boolean array = r.read() == '[';
        r.reset();
        if (array) {
          for (JsonNode n : json.readTree(r)) {
            text(n, counts);
          }
        } else {
          String line;
          while ((line = r.readLine()) != null) {
            if (!line.isBlank()) {
              text(json.readTree(line), counts);
            }
          }
        }
      }
      return;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String w = line.split("\t", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (!w.isEmpty() && !w.contains(" ")) {
        counts.merge(w, Integer.MAX_VALUE / 2, (a, b) -> Integer.MAX_VALUE / 2);
      }
    }
  }

  private static void text(JsonNode n, Map<String, Integer> counts) {
    for (String f : FIELDS) {
      JsonNode v = n.get(f);
      if (v != null && v.isTextual()) {
        for (String w : SPLIT.split(v.asText().toLowerCase(Locale.ROOT))) {
          if (!w.isEmpty()) {
            counts.merge(w, 1, Integer::sum);
          }
        }
        return;
      }
    }
  }
}
