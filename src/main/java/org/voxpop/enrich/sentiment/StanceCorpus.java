package org.voxpop.enrich.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences with the sentiment toward each of their targets, in NewsMTSC's JSON-lines format: one
 * object a line with {@code sentence_normalized} and {@code targets}, each target with {@code
 * Input.gid}, character offsets {@code from} and {@code to} (exclusive) and {@code polarity} 2.0
 * (negative), 4.0 (neutral) or 6.0 (positive).
 */
public final class StanceCorpus {
  private StanceCorpus() {}

  /**
   * One labelled target.
   *
   * @param gid the target's {@code Input.gid}
   * @param start offset of its first character in the sentence
   * @param end offset just past it
   * @param label the human label
   */
  public record Target(String gid, int start, int end, SentimentLabel label) {}

  /** One sentence and its targets. */
  public record Sentence(String text, List<Target> targets) {
    public Sentence {
      targets = List.copyOf(targets);
    }
  }

  /** Reads a file; throws {@link IllegalArgumentException} naming the line for bad data. */
  public static List<Sentence> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Sentence> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(sentence(json.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(file + " line " + no + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  private static Sentence sentence(JsonNode n) {
    String text = n.path("sentence_normalized").asText(null);
    if (text == null) {
      throw new IllegalArgumentException("no sentence_normalized");
    }
    List<Target> targets = new ArrayList<>();
    for (JsonNode t : n.path("targets")) {
      int from = t.path("from").asInt(-1);
      int to = t.path("to").asInt(-1);
      if (from < 0 || to <= from || to > text.length()) {
        throw new IllegalArgumentException(
            "target offsets " + from + ".." + to + " outside the sentence");
      }
      targets.add(
          new Target(
              t.path("Input.gid").asText(""),
              from,
              to,
              label(t.path("polarity").asDouble(Double.NaN))));
    }
    return new Sentence(text, targets);
  }

  private static SentimentLabel label(double polarity) {
    if (polarity == 2.0) {
      return SentimentLabel.NEGATIVE;
    }
    if (polarity == 4.0) {
      return SentimentLabel.NEUTRAL;
    }
    if (polarity == 6.0) {
      return SentimentLabel.POSITIVE;
    }
    throw new IllegalArgumentException("polarity " + polarity + " is not 2.0, 4.0 or 6.0");
  }
}
