package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.input.ArticleJson;
import org.voxpop.input.InputRecord;
import org.voxpop.input.JsonLinesReader;
import org.voxpop.model.Article;

/**
 * The index keeps its input once (stored title and text plus each document's other fields), and
 * gives every article back exactly as it was read: what {@code voxpop reindex} and late comments
 * rely on.
 */
class StoredArticlesTest {
  @TempDir Path tmp;

  /** Extra fields, dates with offsets, likes, replies, a title-less article, unicode. */
  private static final String EDGE_CASES =
      """
      {"id":"a1","title":"Isra\u00ebl \u2014 \u201cquotes\u201d","body":"Body one.","source":"BBC","section":"World","language":"en","url":"https://example.org/a1","authors":["A. Writer","B. Writer"],"published":"2017-10-31T09:15:00+02:00","tags":["x",{"k":1}],"comments":[{"id":"c1","author":"reader","posted":"2017-10-31T10:00:00-05:00","text":"First \ud83d\ude00","likes":3,"device":"phone"},{"id":"c2","parent_id":"c1","text":"A reply"}]}
      {"id":"a2","body":"No title, no comments."}
      """;

  @Test
  void everyArticleComesBackAsItWasRead() throws IOException {
    Path input = tmp.resolve("edge.jsonl");
    java.nio.file.Files.writeString(input, EDGE_CASES, StandardCharsets.UTF_8);
    List<Path> files =
        List.of(
            input, Path.of("index-fixtures/seed.jsonl"), Path.of("index-fixtures/fox-news.jsonl"));
    Map<String, Article> expected = new LinkedHashMap<>();
    for (Path file : files) {
      try (JsonLinesReader reader = JsonLinesReader.open(file)) {
        for (InputRecord record : reader.records()) {
          if (record instanceof InputRecord.ArticleRecord a) {
            expected.put(a.article().id(), a.article());
          }
        }
      }
    }
    Path dir = tmp.resolve("idx");
    try (Indexer indexer =
        Indexer.open(dir, EnrichmentPipeline.create(), IndexerSettings.defaults(), "test")) {
      indexer.index(files, IndexListener.silent());
    }
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      ScoreDoc[] articles =
          searcher.search(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), 1000)
              .scoreDocs;
      assertEquals(expected.size(), articles.length);
      List<String> seen = new ArrayList<>();
      for (ScoreDoc hit : articles) {
        Article back = StoredArticles.read(reader, hit.doc);
        assertEquals(expected.get(back.id()), back, back.id());
        seen.add(back.id());
      }
      assertEquals(expected.size(), seen.stream().distinct().count());
    }
  }

  @Test
  void indexesThatKeptTheJsonLineInDocValuesAreStillRead() throws IOException {
    String line = EDGE_CASES.lines().findFirst().orElseThrow();
    Article article = ArticleJson.fromJsonLine(line);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        List<Document> block = new ArrayList<>();
        for (int i = 0; i < article.comments().size(); i++) {
          Document comment = new Document();
          comment.add(new StringField(Schema.TYPE, Schema.TYPE_COMMENT, Field.Store.YES));
          block.add(comment);
        }
        Document doc = new Document();
        doc.add(new StringField(Schema.TYPE, Schema.TYPE_ARTICLE, Field.Store.YES));
        doc.add(new BinaryDocValuesField(Schema.RAW, deflate(ArticleJson.toJsonLine(article))));
        block.add(doc);
        writer.addDocuments(block);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(article, StoredArticles.read(reader, article.comments().size()));
      }
    }
  }

  /** How those indexes wrote it. */
  private static BytesRef deflate(String json) throws IOException {
    Deflater deflater = new Deflater(3);
    deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return new BytesRef(out.toByteArray());
  }
}
