package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an indexing process with SIGKILL in the middle of a run, several times, and checks that the
 * index still opens, holds only whole article blocks from its last commit, and that re-running the
 * same command converges to the index an uninterrupted run builds.
 */
class CrashSafetyTest {
  private static final int ARTICLES = 2000;

  @TempDir Path tmp;

  @Test
  void killDashNineLeavesTheLastCommitIntactAndARerunCompletesIt() throws Exception {
    Path input = tmp.resolve("articles.jsonl");
    writeInput(input);
    Path reference = tmp.resolve("reference");
    assertEquals(0, indexProcess(reference, input).waitFor(), "an uninterrupted run succeeds");
    List<String> expected = IndexChecksum.of(reference);
    assertEquals(ARTICLES, expected.size());

    Path crashed = tmp.resolve("crashed");
    java.util.Random random = new java.util.Random(Long.getLong("voxpop.crash.seed", 7L));
    for (int attempt = 0; attempt < 3; attempt++) {
      Process child = indexProcess(crashed, input);
      waitForACommit(crashed, child, attempt);
      // Kill at a random point between commits, not right at one: mid-block, mid-flush, anywhere.
      Thread.sleep(random.nextInt(200));
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      List<String> survived = IndexChecksum.of(crashed);
      assertFalse(
          survived.stream().anyMatch(b -> b.endsWith("INCOMPLETE")),
          "no half-written block survives a crash");
      assertTrue(expected.containsAll(survived), "every surviving block is one the input holds");
    }
    assertEquals(
        0, indexProcess(crashed, input).waitFor(), "re-running after the crashes succeeds");
    assertEquals(expected, IndexChecksum.of(crashed), "and converges to the uninterrupted index");
  }

  private static void waitForACommit(Path dir, Process child, int attempt) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    long initial = commitGeneration(dir);
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (commitGeneration(dir) > initial + attempt) {
        return;
      }
      Thread.sleep(20);
    }
    assertTrue(child.isAlive(), "the child should still be indexing when killed");
  }

  /**
   * The generation of the newest commit, from the names of the folder's files alone: the child
   * writes the folder meanwhile, and a commit point read whole may lose its files to the next
   * commit before it is read.
   */
  private static long commitGeneration(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (var fs = FSDirectory.open(dir)) {
      return Math.max(0, SegmentInfos.getLastCommitGeneration(fs));
    }
  }

  private static Process indexProcess(Path dir, Path input) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.voxpop.cli.Main",
                "index",
                "-q",
                "--threads",
                "1",
                "--commit-every",
                "100",
                "--index",
                dir.toString(),
                input.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void writeInput(Path input) throws IOException {
    try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int a = 0; a < ARTICLES; a++) {
        StringBuilder line = new StringBuilder();
        line.append("{\"id\":\"a")
            .append(a)
            .append("\",\"source\":\"Test\",\"body\":\"Article ")
            .append(a)
            .append(" on Raqqa, Syria and the United States.\",\"comments\":[");
        for (int c = 0; c < 5; c++) {
          line.append(c == 0 ? "" : ",")
              .append("{\"id\":\"")
              .append(c)
              .append("\",\"text\":\"Comment ")
              .append(c)
              .append(" blames America and Israel for everything in article ")
              .append(a)
              .append(".\"}");
        }
        out.write(line.append("]}\n").toString());
      }
    }
  }
}
