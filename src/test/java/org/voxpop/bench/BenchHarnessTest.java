package org.voxpop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness on tiny runs: it measures both sides, writes its reports, and fails wrong counts. */
class BenchHarnessTest {
  @TempDir Path tmp;

  @BeforeAll
  static void shortWarmUp() {
    System.setProperty("voxpop.bench.warmupMillis", "50");
  }

  @AfterAll
  static void restore() {
    System.clearProperty("voxpop.bench.warmupMillis");
  }

  @Test
  void theGeneratorIsDeterministic() throws Exception {
    Writer a = new StringWriter();
    Writer b = new StringWriter();
    long comments = new CorpusGenerator(3, 20, 10).write(a);
    assertEquals(comments, new CorpusGenerator(3, 20, 10).write(b));
    assertEquals(a.toString(), b.toString());
    assertEquals(20, a.toString().lines().count());
  }

  @Test
  void runsWriteReportsAndWrongCountsFail() throws Exception {
    StringWriter corpus = new StringWriter();
    long comments = new CorpusGenerator(5, 30, 8).write(corpus);
    Path runs = Files.createDirectories(tmp.resolve("runs"));
    Files.writeString(
        runs.resolve("a-index.json"),
        String.format(
            java.util.Locale.ROOT,
            """
        {"name": "tiny-index", "kind": "indexing", "quick": true,
         "corpus": {"type": "generated", "seed": 5, "articles": 30, "mean_comments": 8},
         "threads": [1], "repetitions": 1, "expected": {"articles": 30, "comments": %d}}
        """,
            comments));
    Files.writeString(
        runs.resolve("b-query.json"),
        """
        {"name": "tiny-query-wrong", "kind": "query", "quick": true,
         "corpus": {"type": "generated", "seed": 5, "articles": 30, "mean_comments": 8},
         "repetitions": 3, "expected": {"articles": 31}}
        """);
    StringWriter log = new StringWriter();
    List<String> failures =
        BenchHarness.run(
            new BenchHarness.Options(
                runs,
                tmp.resolve("out"),
                tmp.resolve("work"),
                true,
                Optional.empty(),
                new PrintWriter(log, true)));
    assertEquals(1, failures.size(), log.toString());
    assertTrue(
        failures.get(0).startsWith("tiny-query-wrong: articles 30 != expected 31"),
        failures.toString());
    String md = Files.readString(tmp.resolve("out/results-quick.md"));
    assertTrue(md.contains("| tiny-index | 1 |"), md);
    assertTrue(md.contains("comment->article join"), md);
    // The whole heap holds the indexing run's tagger too; the open index's own share is told
    // apart, in the JSON and in the table, which shows the same figure.
    JsonNode query = new ObjectMapper().readTree(tmp.resolve("out/results-quick.json").toFile());
    JsonNode run = null;
    for (JsonNode r : query.path("runs")) {
      if (r.path("name").asText().equals("tiny-query-wrong")) {
        run = r;
      }
    }
    assertTrue(run != null, query.toString());
    long share = run.path("heap_bytes_of_open_index").asLong(-1);
    long all = run.path("heap_bytes_after_load").asLong();
    assertTrue(share >= 0 && share < all, run.toString());
    assertTrue(
        md.contains(
            String.format(
                java.util.Locale.ROOT,
                "heap after load %.1f MiB (%.1f MiB of it the open index, both sides)",
                all / 1048576.0,
                share / 1048576.0)),
        md);
    assertTrue(Files.readString(tmp.resolve("out/results-quick.json")).contains("\"commit\""));
    assertTrue(Files.exists(tmp.resolve("out/throughput-vs-threads-quick.svg")));
  }
}
