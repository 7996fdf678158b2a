package org.voxpop.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.IndexStats;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.Schema;
import org.voxpop.input.InputLimits;
import org.voxpop.input.Reject;
import org.voxpop.input.RejectReason;
import org.voxpop.input.SourceLocation;
import org.voxpop.query.FacetValue;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SearchResult;
import org.voxpop.query.VoxpopSearcher;

/**
 * Values beyond the engine's limits (issue 20, item 1): a value that cannot be indexed is cut with
 * a warning, or its own record is rejected with a named reason; its article and its neighbours are
 * indexed, and nothing is {@code PROCESSING_FAILED}.
 */
class IndexLimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static EnrichmentPipeline pipeline;

  @TempDir Path tmp;

  @BeforeAll
  static void loadPipeline() {
    pipeline = EnrichmentPipeline.create();
  }

  /** What one run reported. */
  private static final class Heard implements IndexListener {
    final List<Reject> rejects = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public synchronized void rejected(Reject reject) {
      rejects.add(reject);
    }

    @Override
    public synchronized void warned(SourceLocation where, String message) {
      warnings.add(where + ": " + message);
    }
  }

  private static ObjectNode article(String id, String body, String... comments) {
    ObjectNode node = JSON.createObjectNode().put("id", id).put("body", body);
    ArrayNode array = node.putArray("comments");
    for (int i = 0; i < comments.length; i++) {
      array.addObject().put("id", "c" + (i + 1)).put("text", comments[i]);
    }
    return node;
  }

  private Path write(String name, List<ObjectNode> records) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (ObjectNode record : records) {
      lines.append(JSON.writeValueAsString(record)).append('\n');
    }
    Path file = tmp.resolve(name);
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private IndexStats index(Path dir, Heard heard, Path... files) throws IOException {
    try (Indexer indexer =
        Indexer.open(dir, pipeline, IndexerSettings.defaults().withThreads(2), "test")) {
      return indexer.index(List.of(files), heard);
    }
  }

  private static int count(Path dir, String field, String value) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
    }
  }

  private static void assertNoProcessingFailed(Heard heard) {
    assertFalse(
        heard.rejects.stream().anyMatch(r -> r.reason() == RejectReason.PROCESSING_FAILED),
        heard.rejects.toString());
  }

  private static String hyphenatedCapitalisedWords(int n) {
    Random random = new Random(20);
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < n; i++) {
      words.append(i == 0 ? "" : "-").append((char) ('A' + random.nextInt(26)));
      for (int j = 0; j < 4; j++) {
        words.append((char) ('a' + random.nextInt(26)));
      }
    }
    return words.toString();
  }

  @Test
  void aNameLongerThanAFacetPathIsCutAndItsArticleAndNeighboursAreIndexed() throws IOException {
    String longName = "Mr Q" + "q".repeat(9_000) + " said the minister was wrong about Syria.";
    Path file =
        write(
            "long-names.jsonl",
            List.of(
                article(
                    "qqq",
                    "President Obama spoke in Paris.",
                    longName,
                    "Obama is right about Syria."),
                article(
                    "hyphens",
                    "A body.",
                    "I met " + hyphenatedCapitalisedWords(3_000) + " yesterday.",
                    "Merkel again."),
                article("after", "The next article, about Merkel.", "A good comment.")));
    Path dir = tmp.resolve("idx");
    Heard heard = new Heard();
    IndexStats stats = index(dir, heard, file);

    assertNoProcessingFailed(heard);
    assertEquals(0, stats.rejects(), heard.rejects.toString());
    assertEquals(3, stats.articlesIndexed());
    assertEquals(3, count(dir, Schema.ARTICLE_ID, "qqq"), "the article with both its comments");
    assertEquals(3, count(dir, Schema.ARTICLE_ID, "hyphens"));
    assertTrue(stats.valuesCut() >= 1, "the cut is counted");
    assertEquals(stats.valuesCut(), heard.warnings.size());
    assertTrue(
        heard.warnings.stream()
            .anyMatch(w -> w.startsWith(file + ":1: article qqq, comment 'c1': entity id")),
        heard.warnings.toString());
    assertTrue(
        heard.warnings.stream().allMatch(w -> w.length() < 400),
        "warnings do not echo the whole value");
    assertTrue(stats.toJson().contains("\"values_cut\""));

    String cutId;
    try (VoxpopSearcher searcher = VoxpopSearcher.open(dir, Gazetteer.defaultGazetteer())) {
      SearchResult result =
          searcher.search(
              SearchRequest.builder("*").facets(Schema.DIM_ENTITY).facetTopN(100).build());
      FacetValue cut =
          result.facet(Schema.DIM_ENTITY).orElseThrow().values().stream()
              .filter(v -> v.value().length() > 1_000)
              .findFirst()
              .orElseThrow();
      cutId = cut.value();
      assertEquals(1, cut.comments(), "the comment counts under the cut id");
      assertTrue(
          cutId.length() + Schema.DIM_STANCE.length() + "negative".length() + 2 <= 8_191,
          "fits every dimension");
    }
    // the id token and the stored mentions agree with the facet on the cut id
    assertEquals(1, count(dir, Schema.ENTITY, cutId));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int doc = searcher.search(new TermQuery(new Term(Schema.ENTITY, cutId)), 1).scoreDocs[0].doc;
      assertTrue(searcher.storedFields().document(doc).get(Schema.MENTIONS).contains(cutId + "\""));
    }
  }

  @Test
  void oneLongAuthorOnManyCommentsIsOneWarning() throws IOException {
    String huge = "A".repeat(9_000);
    ObjectNode article = article("many-comments", "A body.", "One.");
    ArrayNode comments = (ArrayNode) article.get("comments");
    ((ObjectNode) comments.get(0)).put("author", huge);
    for (int i = 2; i <= 3; i++) {
      comments.addObject().put("id", "c" + i).put("text", "Comment " + i + ".").put("author", huge);
    }
    Heard heard = new Heard();
    IndexStats stats =
        index(tmp.resolve("idx-authors"), heard, write("authors.jsonl", List.of(article)));
    assertEquals(3, stats.commentsIndexed());
    assertEquals(1, stats.valuesCut(), "one warning for one value: " + heard.warnings);
  }

  @Test
  void facetLabelsLongerThanAFacetPathAreCutAndTheInputIsKeptWhole() throws IOException {
    String huge = "S".repeat(8_192) + "é";
    ObjectNode article = article("long-labels", "A body about Syria.", "A comment.");
    article
        .put("source", huge)
        .put("section", huge)
        .put("language", huge)
        .putArray("authors")
        .add(huge);
    ((ObjectNode) article.get("comments").get(0)).put("author", huge);
    Path file = write("long-labels.jsonl", List.of(article, article("next", "Next.", "Fine.")));
    Path dir = tmp.resolve("idx");
    Heard heard = new Heard();
    IndexStats stats = index(dir, heard, file);

    assertNoProcessingFailed(heard);
    assertEquals(2, stats.articlesIndexed());
    assertEquals(0, stats.rejects());
    // The byline and the comment's author are one value of one dimension in one block: one cut.
    assertEquals(4, stats.valuesCut(), "source, section, language, author: " + heard.warnings);
    for (String dim : List.of("source", "section", "language", "author")) {
      assertTrue(
          heard.warnings.stream().anyMatch(w -> w.contains(": " + dim + " 'SSS")),
          dim + " in " + heard.warnings);
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int doc =
          searcher.search(new TermQuery(new Term(Schema.ARTICLE_ID, "long-labels")), 10)
              .scoreDocs[1]
              .doc;
      Document stored = searcher.storedFields().document(doc);
      assertTrue(
          stored.get(Schema.RECORD).contains(huge), "the stored input keeps the value whole");
      assertEquals(huge, stored.get(Schema.AUTHOR));
    }
    try (VoxpopSearcher searcher = VoxpopSearcher.open(dir, Gazetteer.defaultGazetteer())) {
      FacetValue source =
          searcher
              .search(
                  SearchRequest.builder("*").scope(Scope.BOTH).facets(Schema.DIM_SOURCE).build())
              .facet(Schema.DIM_SOURCE)
              .orElseThrow()
              .values()
              .get(0);
      assertEquals(8_191 - "source".length() - 1, source.value().length());
      assertEquals(1, source.comments(), "the comment carries its article's source");
    }
  }

  @Test
  void anIdThatNoTermCanHoldRejectsItsOwnRecordOnly() throws IOException {
    String immense = "x".repeat(33_000);
    ObjectNode withBadComment = article("bad-comment-id", "A body.", "first", "second");
    ((ObjectNode) withBadComment.get("comments").get(0)).put("id", immense);
    ((ObjectNode) withBadComment.get("comments").get(1)).put("id", "ok").put("parent_id", immense);
    ObjectNode thirdComment = ((ArrayNode) withBadComment.get("comments")).addObject();
    thirdComment.put("id", "fine").put("text", "A good comment.");
    Path file =
        write(
            "ids.jsonl",
            List.of(
                article(immense, "An article whose id is 33 KB."),
                article("x".repeat(InputLimits.MAX_ID_BYTES), "An id exactly at the limit."),
                withBadComment));
    Path dir = tmp.resolve("idx");
    Heard heard = new Heard();
    IndexStats stats = index(dir, heard, file);

    assertNoProcessingFailed(heard);
    assertEquals(2, stats.articlesIndexed(), heard.rejects.toString());
    assertEquals(1, stats.rejectedRecords());
    Reject article =
        heard.rejects.stream().filter(r -> r.location().line() == 1).findFirst().orElseThrow();
    assertEquals(RejectReason.ID_TOO_LONG, article.reason());
    assertTrue(
        article.detail().length() < 300,
        "the reject does not echo the id: " + article.detail().length());
    assertTrue(
        heard.rejects.stream()
            .anyMatch(r -> r.location().line() == 3 && r.reason() == RejectReason.ID_TOO_LONG));
    assertTrue(
        heard.rejects.stream()
            .anyMatch(r -> r.location().line() == 3 && r.reason() == RejectReason.UNKNOWN_PARENT),
        "its reply hangs from nothing: " + heard.rejects);
    assertEquals(1, count(dir, Schema.ARTICLE_ID, "x".repeat(InputLimits.MAX_ID_BYTES)));
    assertEquals(
        2, count(dir, Schema.ARTICLE_ID, "bad-comment-id"), "the article with its good comment");
    assertEquals(1, count(dir, Schema.COMMENT_ID, "fine"));
  }

  @Test
  void aLateCommentWithABadValueTakesDownNoOtherComment() throws IOException {
    Path dir = tmp.resolve("idx");
    index(
        dir,
        new Heard(),
        write(
            "articles.jsonl", List.of(article("a1", "Obama spoke in Paris.", "A first comment."))));
    Path late =
        write(
            "late.jsonl",
            List.of(
                JSON.createObjectNode()
                    .put("article_id", "a1")
                    .put("id", "x".repeat(33_000))
                    .put("text", "An immense id."),
                JSON.createObjectNode()
                    .put("article_id", "a1")
                    .put("id", "long")
                    .put("text", "Mr Q" + "q".repeat(9_000) + " said so."),
                JSON.createObjectNode()
                    .put("article_id", "a1")
                    .put("id", "good")
                    .put("text", "A good late comment about Obama."),
                JSON.createObjectNode()
                    .put("article_id", "y".repeat(33_000))
                    .put("id", "orphan")
                    .put("text", "Names an immense article id.")));
    Heard heard = new Heard();
    IndexStats stats = index(dir, heard, late);

    assertNoProcessingFailed(heard);
    assertEquals(2, stats.commentRecordsApplied(), heard.rejects.toString());
    assertEquals(2, stats.rejectedRecords());
    assertTrue(
        heard.rejects.stream().allMatch(r -> r.reason() == RejectReason.ID_TOO_LONG),
        heard.rejects.toString());
    assertEquals(1, count(dir, Schema.COMMENT_ID, "long"));
    assertEquals(1, count(dir, Schema.COMMENT_ID, "good"));
    assertEquals(
        stats.recordsRead(),
        stats.articlesIndexed() + stats.commentRecordsApplied() + stats.rejectedRecords());
  }

  @Test
  void theReadersIdLimitIsLucenesTermLimit() {
    assertEquals(IndexWriter.MAX_TERM_LENGTH, InputLimits.MAX_ID_BYTES);
    assertEquals(32_766, InputLimits.utf8Length("é".repeat(16_383)));
    assertEquals(4, InputLimits.utf8Length("\uD83D\uDE21"));
  }
}
