package org.voxpop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One declarative benchmark run, read from a JSON file in {@code bench/runs/}: what corpus, at what
 * size, on how many threads, and the counts a correct run must produce. A run whose counts differ
 * fails: a fast wrong answer is not a result.
 *
 * @param name the run's name, used in result files
 * @param kind {@code indexing} or {@code query}
 * @param corpus where the input comes from
 * @param threads thread counts to measure (indexing)
 * @param repetitions repetitions per configuration (indexing) or query iterations (query)
 * @param quick whether the run belongs to {@code --quick}
 * @param expectedArticles articles the index must hold after the run
 * @param expectedComments comments the index must hold after the run
 * @param expectedFacets per dimension, value counts (comments) the index must show
 */
record RunSpec(
    String name,
    String kind,
    Corpus corpus,
    List<Integer> threads,
    int repetitions,
    boolean quick,
    long expectedArticles,
    long expectedComments,
    Map<String, Map<String, Long>> expectedFacets) {

  /**
   * Where a run's input comes from: a generated corpus, a fixture repeated with fresh ids, or the
   * Reuters collection given on the command line.
   *
   * @param type {@code generated}, {@code fixture} or {@code reuters}
   * @param seed generator seed
   * @param articles generated articles
   * @param meanComments generated mean comments per article
   * @param file fixture file
   * @param repeat how many copies of the fixture
   */
  record Corpus(String type, long seed, int articles, int meanComments, String file, int repeat) {}

  static RunSpec read(Path file) throws IOException {
    JsonNode node = new ObjectMapper().readTree(file.toFile());
    JsonNode corpus = node.path("corpus");
    List<Integer> threads = new ArrayList<>();
    node.path("threads").forEach(t -> threads.add(t.asInt()));
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    node.path("expected")
        .path("facets")
        .fields()
        .forEachRemaining(
            dim -> {
              Map<String, Long> values = new LinkedHashMap<>();
              dim.getValue()
                  .fields()
                  .forEachRemaining(v -> values.put(v.getKey(), v.getValue().asLong()));
              facets.put(dim.getKey(), values);
            });
    return new RunSpec(
        node.path("name").asText(file.getFileName().toString()),
        node.path("kind").asText("indexing"),
        new Corpus(
            corpus.path("type").asText("generated"),
            corpus.path("seed").asLong(42),
            corpus.path("articles").asInt(1000),
            corpus.path("mean_comments").asInt(50),
            corpus.path("file").asText(""),
            corpus.path("repeat").asInt(1)),
        threads.isEmpty() ? List.of(1, 2) : threads,
        node.path("repetitions").asInt(3),
        node.path("quick").asBoolean(false),
        node.path("expected").path("articles").asLong(-1),
        node.path("expected").path("comments").asLong(-1),
        facets);
  }
}
