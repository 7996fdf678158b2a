package org.voxpop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.voxpop.input.InputRecord;
import org.voxpop.input.JsonLinesReader;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/**
 * The baseline voxpop is measured against: the same input read the same way, indexed by plain
 * Lucene with StandardAnalyzer into the same text fields (title, text; stored), one document per
 * article and per comment, with no enrichment and no facets, on the same number of threads.
 */
final class PlainLuceneIndexer {
  private PlainLuceneIndexer() {}

  /** Indexes the input; returns the number of documents written. */
  static long index(List<Path> inputs, Path dir, int threads) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setRAMBufferSizeMB(64);
    long docs = 0;
    ThreadPoolExecutor pool = new ThreadPoolExecutor(
        threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(threads * 4),
        new ThreadPoolExecutor.CallerRunsPolicy());
    try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      List<Future<?>> futures = new ArrayList<>();
      for (Path input : inputs) {
        try (JsonLinesReader reader = JsonLinesReader.open(input)) {
          while (reader.hasNext()) {
            if (reader.next() instanceof InputRecord.ArticleRecord record) {
              Article article = record.article();
              docs += article.comments().size() + 1;
              futures.add(pool.submit(() -> {
                writer.addDocuments(block(article));
                return null;
              }));
              futures.removeIf(Future::isDone);
            }
          }
        }
      }
      for (Future<?> f : futures) {
        f.get();
      }
      writer.commit();
    } catch (InterruptedException | ExecutionException e) {
      throw new IOException("plain indexing failed", e);
    } finally {
      pool.shutdown();
    }
    return docs;
  }

  private static List<Document> block(Article article) {
    List<Document> docs = new ArrayList<>();
    for (Comment comment : article.comments()) {
      Document doc = new Document();
      doc.add(new StringField("id", article.id() + "/" + comment.id(), Field.Store.YES));
      doc.add(new TextField("text", comment.text(), Field.Store.YES));
      docs.add(doc);
    }
    Document doc = new Document();
    doc.add(new StringField("id", article.id(), Field.Store.YES));
    article.title().ifPresent(t -> doc.add(new TextField("title", t, Field.Store.YES)));
    doc.add(new TextField("text", article.body(), Field.Store.YES));
    docs.add(doc);
    return docs;
  }
}
