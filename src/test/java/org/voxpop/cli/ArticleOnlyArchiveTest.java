package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.FixtureIndex;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.CoOccurrence;
import org.voxpop.query.Interval;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.TimelineBucket;
import org.voxpop.query.VoxpopSearcher;

/**
 * An archive of articles without comments (a newswire) is searched at article scope unless told
 * otherwise, and its timeline, co-occurrences and facets are not empty or full of zeros (issue 19,
 * item 1).
 */
class ArticleOnlyArchiveTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  private static String index;

  /** The fixture articles, their comments left out. */
  @BeforeAll
  static void indexArticlesAlone() throws IOException {
    List<String> articles = new ArrayList<>();
    for (String file : List.of("index-fixtures/fox-news.jsonl", "index-fixtures/seed.jsonl")) {
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        ObjectNode record = (ObjectNode) JSON.readTree(line);
        record.remove("comments");
        articles.add(JSON.writeValueAsString(record));
      }
    }
    Path input = tmp.resolve("articles.jsonl");
    Files.write(input, articles, StandardCharsets.UTF_8);
    index = tmp.resolve("idx").toString();
    CliTest.Run run = CliTest.run("index", "-q", "--index", index, input.toString());
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void theDefaultScopeFollowsWhatTheIndexHolds() throws IOException {
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(Path.of(index), Gazetteer.defaultGazetteer())) {
      assertEquals(Scope.ARTICLES, searcher.defaultScope());
    }
    assertEquals(Scope.COMMENTS, FixtureIndex.searcher().defaultScope());
    CliTest.Run facets = CliTest.run("facets", "--index", index, "--dims", "entity");
    assertEquals(0, facets.code(), facets.err());
    assertTrue(facets.out().startsWith("11 hits in 11 articles"), facets.out());
  }

  @Test
  void aColumnThatIsAlways0IsNotShown() {
    CliTest.Run facets = CliTest.run("facets", "--index", index, "--dims", "entity");
    assertFalse(facets.out().contains("comments"), facets.out());
    assertTrue(facets.out().contains("articles"), facets.out());
    CliTest.Run timeline = CliTest.run("timeline", "--index", index);
    assertFalse(timeline.out().lines().findFirst().orElse("").contains("comments"), timeline.out());
    // An index with comments keeps its comments column.
    CliTest.Run withComments =
        CliTest.run("facets", "--index", FixtureIndex.dir().toString(), "--dims", "entity");
    assertTrue(withComments.out().contains("comments"), withComments.out());
  }

  @Test
  void timelineAndCooccurrenceWorkAtArticleScope() throws IOException {
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(Path.of(index), Gazetteer.defaultGazetteer())) {
      SearchRequest articles = SearchRequest.builder("").scope(Scope.ARTICLES).pageSize(0).build();
      List<TimelineBucket> timeline = searcher.timeline(articles, Interval.MONTH, Optional.empty());
      assertEquals(
          11, timeline.stream().mapToInt(TimelineBucket::articles).sum(), timeline.toString());
      assertEquals(0, timeline.stream().mapToInt(TimelineBucket::comments).sum());
      List<TimelineBucket> obama =
          searcher.timeline(articles, Interval.MONTH, Optional.of("Obama"));
      assertFalse(obama.isEmpty());
      assertTrue(obama.stream().anyMatch(b -> b.netStance().isPresent()), obama.toString());
      CoOccurrence pairs = searcher.cooccurrence(articles, 10, 10);
      assertFalse(pairs.pairs().isEmpty());
    }
    CliTest.Run cooccur = CliTest.run("cooccur", "--index", index, "--scope", "articles");
    assertEquals(0, cooccur.code(), cooccur.err());
    assertTrue(cooccur.out().lines().count() > 2, cooccur.out());
  }

  @Test
  void atCommentScopeTheTimelineStillCountsComments() throws IOException {
    VoxpopSearcher searcher = FixtureIndex.searcher();
    SearchRequest comments = SearchRequest.builder("").pageSize(0).build();
    long dated =
        searcher.timeline(comments, Interval.MONTH, Optional.empty()).stream()
            .mapToLong(TimelineBucket::comments)
            .sum();
    long total = searcher.search(comments).totalHits();
    assertTrue(
        dated > total - 5 && dated <= total,
        dated + " of " + total + " (a comment of an undated article has no date)");
    SearchRequest both = SearchRequest.builder("").scope(Scope.BOTH).pageSize(0).build();
    long bothComments =
        searcher.timeline(both, Interval.MONTH, Optional.empty()).stream()
            .mapToLong(TimelineBucket::comments)
            .sum();
    assertEquals(
        dated, bothComments, "articles add to the articles of a period, not to its comments");
  }
}
