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
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.voxpop.index.Schema;
import org.voxpop.input.IngestLoop;
import org.voxpop.input.InputRecord;
import org.voxpop.input.InputSource;
import org.voxpop.input.Reject;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/**
 * The baseline voxpop is measured against: the same input read the same way, indexed by plain
 * Lucene with StandardAnalyzer into the same text fields (title, text; stored), one document per
 * article and per comment, with no enrichment and no facets, on the same number of threads.
 */
final class PlainLuceneIndexer {
  private PlainLuceneIndexer() {}

  /**
   * Indexes the input; returns the number of documents written.
   *
   * @param withFacets also add voxpop's facet fields that need no enrichment (source, section,
   *     author, publication date, document type), built by the same FacetsConfig: this isolates
   *     what facet fields cost on top of plain text indexing
   */
  static long index(List<Path> inputs, Path dir, int threads, boolean withFacets)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setRAMBufferSizeMB(64);
    long docs = 0;
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(threads * 4),
            new ThreadPoolExecutor.CallerRunsPolicy());
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      List<Future<?>> futures = new ArrayList<>();
      long[] count = {0};
      // the same reading loop as voxpop's own indexer, with a sink that writes plain blocks
      IngestLoop.Sink sink =
          new IngestLoop.Sink() {
            @Override
            public int commentBatch() {
              return 10_000; // stand-alone comments are not part of this baseline: dropped in
              // batches
            }

            @Override
            public void recordRead() {}

            @Override
            public void rejected(Reject reject) {}

            @Override
            public void article(InputRecord.ArticleRecord record) {
              Article article = record.article();
              count[0] += article.comments().size() + 1;
              futures.add(
                  pool.submit(
                      () -> {
                        writer.addDocuments(
                            withFacets ? faceted(block(article), article) : block(article));
                        return null;
                      }));
              futures.removeIf(Future::isDone);
            }

            @Override
            public void comments(
                java.util.Map<String, List<InputRecord.CommentRecord>> byArticle) {}

            @Override
            public void afterRecord(long bytesRead, long totalBytes) {}
          };
      IngestLoop.run(InputSource.files(inputs), sink, (where, warning) -> {});
      docs = count[0];
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

  private static final FacetsConfig FACETS = Schema.facetsConfig();

  private static List<Document> faceted(List<Document> block, Article article) throws IOException {
    List<Document> out = new ArrayList<>(block.size());
    for (int i = 0; i < block.size(); i++) {
      Document doc = block.get(i);
      boolean isArticle = i == block.size() - 1;
      doc.add(
          new SortedSetDocValuesFacetField(
              Schema.DIM_TYPE, isArticle ? Schema.TYPE_ARTICLE : Schema.TYPE_COMMENT));
      article
          .source()
          .ifPresent(v -> doc.add(new SortedSetDocValuesFacetField(Schema.DIM_SOURCE, v)));
      article
          .section()
          .ifPresent(v -> doc.add(new SortedSetDocValuesFacetField(Schema.DIM_SECTION, v)));
      article
          .published()
          .ifPresent(
              p ->
                  doc.add(
                      new SortedSetDocValuesFacetField(Schema.DIM_PUBLISHED, Schema.datePath(p))));
      if (!isArticle) {
        article
            .comments()
            .get(i)
            .author()
            .ifPresent(v -> doc.add(new SortedSetDocValuesFacetField(Schema.DIM_AUTHOR, v)));
      }
      out.add(FACETS.build(doc));
    }
    return out;
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
