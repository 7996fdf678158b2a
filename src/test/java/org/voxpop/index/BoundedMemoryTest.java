package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.input.InputLimits;
import org.voxpop.input.Reject;
import org.voxpop.input.RejectReason;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/**
 * Memory bounded whatever the thread (issue 20, item 2): a limit on comments per article with its
 * own reject, a heap estimate per block, and an out-of-memory stop that reports what was committed.
 */
class BoundedMemoryTest {
  @TempDir Path tmp;

  @AfterEach
  void restoreLimit() {
    System.clearProperty(InputLimits.MAX_COMMENTS_PROPERTY);
  }

  private static String article(String id, int comments) {
    StringBuilder line =
        new StringBuilder("{\"id\":\"" + id + "\",\"body\":\"A body about Obama.\",\"comments\":[");
    for (int i = 0; i < comments; i++) {
      line.append(i == 0 ? "" : ",")
          .append("{\"id\":\"c")
          .append(i)
          .append("\",\"text\":\"comment ")
          .append(i)
          .append("\"}");
    }
    return line.append("]}").toString();
  }

  private static String late(String articleId, String id) {
    return "{\"article_id\":\""
        + articleId
        + "\",\"id\":\""
        + id
        + "\",\"text\":\"A late comment.\"}";
  }

  private static IndexListener collect(List<Reject> rejects) {
    return new IndexListener() {
      @Override
      public synchronized void rejected(Reject reject) {
        rejects.add(reject);
      }
    };
  }

  @Test
  void anArticleOverTheCommentLimitIsRejectedWithItsReasonAndTheRestIsIndexed() throws IOException {
    System.setProperty(InputLimits.MAX_COMMENTS_PROPERTY, "50");
    Path input = tmp.resolve("threads.jsonl");
    Files.writeString(
        input,
        String.join(
                "\n",
                article("huge-thread", 51),
                article("at-the-limit", 50),
                article("almost", 48),
                late("almost", "x1"),
                late("almost", "x2"),
                late("almost", "x3"),
                late("almost", "c0"))
            + "\n",
        StandardCharsets.UTF_8);
    List<Reject> rejects = new ArrayList<>();
    IndexStats stats;
    try (Indexer indexer =
        Indexer.open(
            tmp.resolve("idx"),
            EnrichmentPipeline.create(),
            IndexerSettings.defaults().withThreads(2),
            "test")) {
      stats = indexer.index(List.of(input), collect(rejects));
    }
    assertEquals(2, stats.articlesIndexed());
    assertEquals(98, stats.commentsIndexed());
    assertEquals(
        3,
        stats.commentRecordsApplied(),
        "two new comments fill the article; an edit of an existing one is no new comment");
    assertEquals(
        stats.recordsRead(),
        stats.articlesIndexed() + stats.commentRecordsApplied() + stats.rejectedRecords());
    Reject huge = rejects.stream().filter(r -> r.location().line() == 1).findFirst().orElseThrow();
    assertEquals(RejectReason.TOO_MANY_COMMENTS, huge.reason());
    assertTrue(
        huge.detail().contains("51 comments") && huge.detail().contains("at most 50"),
        huge.detail());
    Reject third = rejects.stream().filter(r -> r.location().line() == 6).findFirst().orElseThrow();
    assertEquals(RejectReason.TOO_MANY_COMMENTS, third.reason(), rejects.toString());
    assertEquals(2, rejects.size(), rejects.toString());
  }

  private static Article article(String id) {
    return new Article(
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "A body.",
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Map.of());
  }

  @Test
  void theHeapEstimateOfABlockDecidesWhetherItIsWrittenAloneOrAtAll() {
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      comments.add(Comment.of("c" + i, "reply number " + i + " is short"));
    }
    Article huge = article("huge").withComments(comments);
    long estimate = BlockBudget.estimate(huge);
    // measured: 100,000 short comments failed in a 384 MiB heap and passed in 768 MiB
    BlockBudget small = new BlockBudget(384L << 20, 2);
    BlockBudget enough = new BlockBudget(1024L << 20, 2);
    assertTrue(small.tooLarge(estimate), "rejected before it can exhaust a 384 MiB heap");
    assertFalse(enough.tooLarge(estimate));
    assertTrue(enough.writeAlone(estimate), "but written with no other block in memory");
    assertFalse(enough.writeAlone(BlockBudget.estimate(article("small"))));
    assertTrue(small.tooLargeDetail("huge", 100_000, estimate).contains("-Xmx"));
  }

  @Test
  void runningOutOfMemoryStopsWithWhatWasCommittedAndAnIntactIndex() throws IOException {
    Path dir = tmp.resolve("idx");
    try (Indexer indexer =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(List.of(Path.of("index-fixtures/seed.jsonl")), IndexListener.silent());
    }
    List<String> before = IndexChecksum.of(dir);
    OutOfMemoryStop stop =
        assertThrows(
            OutOfMemoryStop.class,
            () -> {
              try (Indexer indexer =
                  Indexer.open(
                      dir,
                      BudgetDirectory.outOfMemory(FSDirectory.open(dir), 48 * 1024),
                      EnrichmentPipeline.create(),
                      IndexerSettings.defaults().withCommitEveryArticles(1).withThreads(1),
                      "test")) {
                indexer.index(
                    List.of(Path.of("index-fixtures/fox-news.jsonl")), IndexListener.silent());
              }
            });
    assertTrue(
        stop.getMessage()
            .startsWith(
                "out of memory while indexing into "
                    + dir
                    + " (reading index-fixtures/fox-news.jsonl:"),
        stop.getMessage());
    assertTrue(stop.getMessage().contains("the index holds everything up to the last commit"));
    assertEquals(
        stop.committed().toJson(),
        Files.readString(dir.resolve(Indexer.STATS_FILE)),
        "the stats file says what was committed");
    List<String> after = IndexChecksum.of(dir);
    assertFalse(after.stream().anyMatch(b -> b.endsWith("INCOMPLETE")), "no half block");
    assertTrue(after.containsAll(before));
    assertEquals(
        before.size() + stop.committed().articlesIndexed(),
        after.size(),
        "exactly what the stop reports was committed");
  }

  @Test
  void aMillionCommentLineIsRejectedIn384MiBOfHeapAndTheNextLineIsIndexed() throws Exception {
    Path input = tmp.resolve("million.jsonl");
    try (java.io.Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      out.write("{\"id\":\"million\",\"body\":\"A body.\",\"comments\":[");
      for (int i = 0; i < 1_000_000; i++) {
        out.write(
            (i == 0 ? "" : ",") + "{\"id\":\"c" + i + "\",\"text\":\"short comment " + i + "\"}");
      }
      out.write("]}\n{\"id\":\"next\",\"body\":\"The next article.\"}\n");
    }
    Path index = tmp.resolve("idx");
    String javaCommand = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                javaCommand,
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.voxpop.cli.Main",
                "index",
                "-q",
                "--threads",
                "1",
                "--index",
                index.toString(),
                input.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(0, child.exitValue(), output);
    assertTrue(
        output.contains(input + ":1: TOO_MANY_COMMENTS: article million has 1,000,000 comments"),
        output);
    assertTrue(output.contains("1 article ("), output);
    assertTrue(
        Files.readString(index.resolve(Indexer.STATS_FILE)).contains("\"articles_indexed\" : 1"));
  }
}
