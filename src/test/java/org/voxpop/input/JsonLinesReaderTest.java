package org.voxpop.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxpop.model.Article;

class JsonLinesReaderTest {

  @TempDir Path tmp;

  private static List<InputRecord> read(Path file) throws IOException {
    List<InputRecord> records = new ArrayList<>();
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      reader.forEachRemaining(records::add);
    }
    return records;
  }

  private static List<InputRecord> read(byte[] bytes) {
    List<InputRecord> records = new ArrayList<>();
    JsonLinesReader.of("input", new ByteArrayInputStream(bytes)).forEachRemaining(records::add);
    return records;
  }

  private static List<Reject> rejects(List<InputRecord> records) {
    List<Reject> rejects = new ArrayList<>();
    for (InputRecord r : records) {
      switch (r) {
        case InputRecord.Rejected rejected -> rejects.add(rejected.reject());
        case InputRecord.ArticleRecord article -> rejects.addAll(article.rejectedComments());
        case InputRecord.CommentRecord comment -> {}
      }
    }
    return rejects;
  }

  @Test
  void badInputFixtureReportsEveryBadRecordWithItsLineAndReason() throws IOException {
    List<InputRecord> records = read(Path.of("index-fixtures/bad-input.jsonl"));
    assertEquals(8, records.size(), "one record per line");
    List<String> seen =
        rejects(records).stream().map(r -> r.location().line() + " " + r.reason()).toList();
    assertEquals(
        List.of(
            "1 DUPLICATE_COMMENT_ID",
            "1 MISSING_FIELD",
            "1 WRONG_TYPE",
            "1 UNKNOWN_PARENT",
            "2 MALFORMED_JSON",
            "3 MISSING_FIELD",
            "4 MISSING_FIELD",
            "5 WRONG_TYPE",
            "6 REPLY_CYCLE",
            "6 REPLY_CYCLE",
            "7 MALFORMED_JSON"),
        seen);
    Article first = ((InputRecord.ArticleRecord) records.get(0)).article();
    assertEquals(List.of("c1"), first.comments().stream().map(c -> c.id()).toList());
    assertInstanceOf(
        InputRecord.CommentRecord.class,
        records.get(7),
        "stand-alone comment records pass the reader");
    assertTrue(
        rejects(records)
            .get(0)
            .toString()
            .startsWith("index-fixtures/bad-input.jsonl:1: DUPLICATE_COMMENT_ID: "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bare date | 2017-11-13 | 2017-11-13T00:00Z",
        "offset | 2017-11-13T08:30:00+02:00 | 2017-11-13T08:30+02:00",
        "zulu | 2017-11-13T08:30:00Z | 2017-11-13T08:30Z",
        "no offset taken as UTC | 2017-11-13T08:30:00 | 2017-11-13T08:30Z",
        "year 9999 | 9999-12-31 | 9999-12-31T00:00Z"
      })
  void acceptsIsoDates(String name, String value, String expected) {
    assertEquals(expected, DateReader.standard().read(value).toString());
  }

  @Test
  void keepsUnknownFieldsAndRoundTripsThroughTheStoredForm() {
    String line =
        "{\"id\":\"a1\",\"body\":\"Text.\",\"topic\":\"war\",\"comments\":[{\"id\":\"1\",\"text\":\"Hi\",\"hateful\":true,\"likes\":3}]}";
    Article article =
        ((InputRecord.ArticleRecord) read(line.getBytes(StandardCharsets.UTF_8)).get(0)).article();
    assertEquals("war", article.extra().get("topic"));
    assertEquals(true, article.comments().get(0).extra().get("hateful"));
    assertEquals(article, ArticleJson.fromJsonLine(ArticleJson.toJsonLine(article)));
  }

  @Test
  void aCommentsFieldsWithoutTextAreItsTreeWithoutTheText() throws Exception {
    String line =
        "{\"id\":\"a1\",\"body\":\"Text.\",\"comments\":["
            + "{\"id\":\"1\",\"text\":\"Hi\",\"likes\":3,\"author\":\"Zo\u00eb \\\"Z\\\"\\n\","
            + "\"posted\":\"2017-03-26T12:51:05+01:00\",\"hateful\":true,\"score\":0.25,"
            + "\"tags\":[\"a\",1,null],\"meta\":{\"n\":12345678901,\"e\":\"\\u2028\u00e9\"}},"
            + "{\"id\":\"2\",\"parent_id\":\"1\",\"text\":\"Yo\"}]}";
    Article article =
        ((InputRecord.ArticleRecord) read(line.getBytes(StandardCharsets.UTF_8)).get(0)).article();
    for (org.voxpop.model.Comment c : article.comments()) {
      com.fasterxml.jackson.databind.node.ObjectNode tree =
          (com.fasterxml.jackson.databind.node.ObjectNode)
              ArticleJson.MAPPER.readTree(ArticleJson.toJsonLine("a1", c));
      tree.remove("article_id");
      tree.remove("text");
      assertEquals(ArticleJson.MAPPER.writeValueAsString(tree), ArticleJson.fieldsWithoutText(c));
    }
  }

  @Test
  void toleratesBomCrlfAndBlankLinesAndRejectsInvalidUtf8PerLine() {
    byte[] good = "{\"id\":\"a\",\"body\":\"b\"}\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    byte[] last = "{\"id\":\"c\",\"body\":\"d\"}".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    all.writeBytes(good);
    all.writeBytes(bad);
    all.writeBytes(last);
    List<InputRecord> records = read(all.toByteArray());
    assertEquals(3, records.size());
    assertInstanceOf(InputRecord.ArticleRecord.class, records.get(0));
    assertEquals(
        RejectReason.INVALID_ENCODING, ((InputRecord.Rejected) records.get(1)).reject().reason());
    assertEquals(3, records.get(1).location().line());
    assertEquals(4, records.get(2).location().line());
  }

  @Test
  void readsGzipAndReportsATruncatedOneWithoutThrowing() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append("{\"id\":\"a")
          .append(i)
          .append("\",\"body\":\"Body number ")
          .append(i)
          .append(" of many.\"}\n");
    }
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    Path whole = tmp.resolve("whole.jsonl.gz");
    Files.write(whole, zipped.toByteArray());
    assertEquals(2000, read(whole).size());

    Path truncated = tmp.resolve("cut.jsonl.gz");
    byte[] bytes = zipped.toByteArray();
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
    List<InputRecord> records = read(truncated);
    InputRecord last = records.get(records.size() - 1);
    assertEquals(RejectReason.UNREADABLE_INPUT, ((InputRecord.Rejected) last).reject().reason());
    assertTrue(records.size() > 1, "the records before the cut are still read");
  }

  @Test
  void skipsOverlongLinesWithoutBufferingThem() throws IOException {
    Path file = tmp.resolve("long.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"a\",\"body\":\"" + "x".repeat(5000) + "\"}\n{\"id\":\"b\",\"body\":\"ok\"}\n");
    List<InputRecord> records = new ArrayList<>();
    try (JsonLinesReader reader = JsonLinesReader.open(file, 1000)) {
      reader.forEachRemaining(records::add);
    }
    assertEquals(
        RejectReason.LINE_TOO_LONG, ((InputRecord.Rejected) records.get(0)).reject().reason());
    assertEquals("b", ((InputRecord.ArticleRecord) records.get(1)).article().id());
  }

  @Test
  void aBodyAsLongAsTheLineLimitAllowsIsParsed() {
    // Jackson's default cap on one string is 20 million characters; the documented line limit is 64
    // MiB
    String head = "{\"id\":\"at-the-limit\",\"body\":\"";
    String tail = "\"}";
    int bodyChars = JsonLinesReader.DEFAULT_MAX_LINE_BYTES - head.length() - tail.length();
    String line = head + "a".repeat(bodyChars) + tail;
    assertEquals(
        JsonLinesReader.DEFAULT_MAX_LINE_BYTES,
        line.getBytes(StandardCharsets.UTF_8).length,
        "a line of exactly 64 MiB");
    InputRecord record = JsonRecordParser.parse(line, new SourceLocation("input", 1));
    line = null; // let the collector have it while the record is checked
    InputRecord.ArticleRecord article =
        assertInstanceOf(InputRecord.ArticleRecord.class, record, record::toString);
    assertEquals(bodyChars, article.article().body().length());
  }
}
