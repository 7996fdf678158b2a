package org.voxpop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Materialises a run's corpus as a JSON Lines file in voxpop's input format. */
final class Corpora {
  private Corpora() {}

  static Path materialise(RunSpec.Corpus corpus, Path workDir, Optional<Path> reuters)
      throws IOException {
    Files.createDirectories(workDir);
    return switch (corpus.type()) {
      case "generated" -> generated(corpus, workDir);
      case "fixture" -> repeated(corpus, workDir);
      case "reuters" ->
          reuters(
              reuters.orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "this run needs the Reuters-21578 JSON Lines file: pass --reuters PATH (it is not bundled: research use only)")),
              workDir);
      default -> throw new IllegalArgumentException("unknown corpus type '" + corpus.type() + "'");
    };
  }

  private static Path generated(RunSpec.Corpus corpus, Path workDir) throws IOException {
    Path file =
        workDir.resolve(
            "generated-"
                + corpus.seed()
                + "-"
                + corpus.articles()
                + "-"
                + corpus.meanComments()
                + ".jsonl");
    if (!Files.exists(file)) {
      Path partial = workDir.resolve(file.getFileName() + ".partial");
      try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        new CorpusGenerator(corpus.seed(), corpus.articles(), corpus.meanComments()).write(out);
      }
      Files.move(partial, file);
    }
    return file;
  }

  /** The fixture N times, each copy with its own article ids. */
  private static Path repeated(RunSpec.Corpus corpus, Path workDir) throws IOException {
    Path source = Path.of(corpus.file());
    Path file = workDir.resolve(source.getFileName() + ".x" + corpus.repeat() + ".jsonl");
    ObjectMapper json = new ObjectMapper();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int copy = 0; copy < corpus.repeat(); copy++) {
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
          String line;
          while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
              continue;
            }
            ObjectNode node = (ObjectNode) json.readTree(line);
            node.put("id", node.path("id").asText() + "-copy" + copy);
            out.write(json.writeValueAsString(node));
            out.write('\n');
          }
        }
      }
    }
    return file;
  }

  /** Reuters-21578 records (title, body, places) as articles without comments. */
  private static Path reuters(Path source, Path workDir) throws IOException {
    Path file = workDir.resolve("reuters-21578.voxpop.jsonl");
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = json.readTree(line);
        ObjectNode article = json.createObjectNode();
        article.put("id", "reuters-" + (n++));
        article.put("source", "Reuters");
        article.put("title", record.path("title").asText(""));
        article.put("body", record.path("body").asText(""));
        article.set("places", record.path("places"));
        out.write(json.writeValueAsString(article));
        out.write('\n');
      }
    }
    return file;
  }
}
