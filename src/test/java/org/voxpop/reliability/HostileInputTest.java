package org.voxpop.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.index.IndexListener;
import org.voxpop.index.IndexStats;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.index.Schema;
import org.voxpop.input.Reject;
import org.voxpop.input.RejectReason;
import org.voxpop.input.SourceLocation;

/**
 * Hostile records, generated here: each is indexed (within documented limits) or rejected with its
 * file:line, the batch goes on, and read = indexed + rejected holds.
 */
class HostileInputTest {
  @TempDir Path tmp;

  private static String article(String id, String body, String comments) {
    return "{\"id\":\""
        + id
        + "\",\"source\":\"Hostile\",\"body\":\""
        + body
        + "\",\"comments\":["
        + comments
        + "]}";
  }

  @Test
  void everyHostileRecordIsIndexedOrRejectedWithItsLine() throws IOException {
    Path file = tmp.resolve("hostile.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> lines = new ArrayList<>();
    lines.add(article("bom-crlf", "Starts with a BOM and ends with CRLF.", "")); // 1
    lines.add(
        article(
            "nul",
            "NUL \\u0000 bytes \\u0000 inside",
            "{\"id\":\"1\",\"text\":\"a\\u0000b\"}")); // 2
    lines.add(
        article(
            "rtl",
            "\\u202Eright-to-left override \\u05E9\\u05DC\\u05D5\\u05DD and zero\\u200Bwidth \\u200F",
            "{\"id\":\"1\",\"text\":\"\\u0627\\u0644\\u0642\\u062F\\u0633 Isra\\u0308el \\uD83C\\uDDEE\\uD83C\\uDDF1 Syri\\u0301a \\uD83D\\uDE21\"}")); // 3
    lines.add(
        article("year-0", "Dated in the year 0.", "")
            .replace("\"comments\"", "\"published\":\"0000-01-01\",\"comments\"")); // 4
    lines.add(
        article("year-9999", "Dated 9999.", "")
            .replace("\"comments\"", "\"published\":\"9999-12-31T23:59:59Z\",\"comments\"")); // 5
    lines.add(
        article("year-10000", "Dated 10000.", "")
            .replace("\"comments\"", "\"published\":\"+10000-01-01\",\"comments\"")); // 6
    lines.add("[".repeat(5000) + "]".repeat(5000)); // 7 rejected: nesting
    lines.add(
        article(
            "cycle",
            "Replies loop.",
            "{\"id\":\"a\",\"parent_id\":\"b\",\"text\":\"x\"},{\"id\":\"b\",\"parent_id\":\"a\",\"text\":\"y\"}")); // 8
    lines.add(article("dup-across-files", "First version.", "")); // 9
    StringBuilder huge = new StringBuilder();
    while (huge.length() < 10 * 1024 * 1024) {
      huge.append("Raqqa and Syria and the United States again and again. ");
    }
    lines.add(
        article(
            "ten-mb", "Huge comment follows.", "{\"id\":\"1\",\"text\":\"" + huge + "\"}")); // 10
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      many.append(i == 0 ? "" : ",")
          .append("{\"id\":\"c")
          .append(i)
          .append("\"")
          .append(i > 0 ? ",\"parent_id\":\"c" + (i - 1) + "\"" : "")
          .append(",\"text\":\"reply ")
          .append(i)
          .append("\"}");
    }
    lines.add(article("100k-comments", "A very long chain of replies.", many.toString())); // 11
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    for (int i = 0; i < lines.size(); i++) {
      bytes.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
      bytes.writeBytes(
          i == 0 ? "\r\n".getBytes(StandardCharsets.UTF_8) : "\n".getBytes(StandardCharsets.UTF_8));
    }
    bytes.writeBytes(
        new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'}); // 12 rejected
    Files.write(file, bytes.toByteArray());

    Path second = tmp.resolve("second.jsonl");
    Files.writeString(
        second, article("dup-across-files", "Second version replaces the first.", "") + "\n");

    Path gz = tmp.resolve("truncated.jsonl.gz");
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(zipped)) {
      for (int i = 0; i < 500; i++) {
        out.write(
            (article("gz-" + i, "Zipped article " + i + " about Aleppo.", "") + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    Files.write(gz, Arrays.copyOf(zipped.toByteArray(), zipped.size() * 2 / 3));

    List<Reject> rejects = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Path index = tmp.resolve("index");
    IndexStats stats;
    try (Indexer indexer =
        Indexer.open(index, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      stats =
          indexer.index(
              List.of(file, second, gz),
              new IndexListener() {
                @Override
                public synchronized void rejected(Reject reject) {
                  rejects.add(reject);
                }

                @Override
                public synchronized void warned(SourceLocation where, String message) {
                  warnings.add(where + ": " + message);
                }
              });
    }
    assertEquals(
        stats.recordsRead(),
        stats.articlesIndexed() + stats.commentRecordsApplied() + stats.rejectedRecords(),
        "read = indexed + rejected");
    assertTrue(
        warnings.stream().noneMatch(w -> w.startsWith(file + ":6:")),
        "a date of the year 10000 is a date: " + warnings);
    assertTrue(
        rejects.stream()
            .anyMatch(
                r ->
                    r.location().toString().equals(file + ":7")
                        && r.reason() == RejectReason.MALFORMED_JSON),
        rejects.toString());
    assertTrue(
        rejects.stream()
            .anyMatch(
                r ->
                    r.location().toString().equals(file + ":8")
                        && r.reason() == RejectReason.REPLY_CYCLE),
        rejects.toString());
    assertTrue(
        rejects.stream()
            .anyMatch(
                r ->
                    r.location().toString().equals(file + ":12")
                        && r.reason() == RejectReason.INVALID_ENCODING),
        rejects.toString());
    assertTrue(
        rejects.stream()
            .anyMatch(
                r ->
                    r.location().toString().startsWith(gz + ":")
                        && r.reason() == RejectReason.UNREADABLE_INPUT),
        rejects.toString());

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String id :
          List.of(
              "bom-crlf",
              "nul",
              "rtl",
              "year-0",
              "year-9999",
              "year-10000",
              "cycle",
              "ten-mb",
              "100k-comments")) {
        assertTrue(
            searcher.count(new TermQuery(new Term(Schema.ARTICLE_ID, id))) >= 1,
            id + " is indexed");
      }
      assertEquals(
          100_001, searcher.count(new TermQuery(new Term(Schema.ARTICLE_ID, "100k-comments"))));
      assertEquals(
          1,
          searcher.count(new TermQuery(new Term(Schema.ARTICLE_ID, "dup-across-files"))),
          "the later file replaced the article");
      Document dup =
          searcher
              .storedFields()
              .document(
                  searcher.search(new TermQuery(new Term(Schema.ARTICLE_ID, "dup-across-files")), 1)
                      .scoreDocs[0]
                      .doc);
      assertTrue(dup.get(Schema.TEXT).startsWith("Second version"));
      Document tenMb = searcher.storedFields().document(findComment(searcher, "ten-mb"));
      assertEquals(
          "true", tenMb.get(Schema.TRUNCATED), "text beyond the enrichment limit is flagged");
      assertTrue(
          tenMb.get(Schema.TEXT).length() >= 10 * 1024 * 1024, "and kept whole, not dropped");
      assertTrue(
          searcher.count(new TermQuery(new Term(Schema.ARTICLE_ID, "gz-0"))) == 1,
          "lines before the gzip cut are indexed");
    }
  }

  private static int findComment(IndexSearcher searcher, String articleId) throws IOException {
    var query =
        new org.apache.lucene.search.BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(Schema.ARTICLE_ID, articleId)),
                org.apache.lucene.search.BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(Schema.TYPE, Schema.TYPE_COMMENT)),
                org.apache.lucene.search.BooleanClause.Occur.FILTER)
            .build();
    return searcher.search(query, 1).scoreDocs[0].doc;
  }
}
