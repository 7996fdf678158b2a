package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;

/** Every buffered document is written before the commit, whichever thread writes it. */
class ParallelFlushTest {

  @Test
  void writesEveryBufferThatThreadsFilled() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      List<Future<?>> adding = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int thread = t;
        adding.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", thread + "-" + i, Field.Store.YES));
                    doc.add(new TextField("text", "words of document " + i, Field.Store.YES));
                    writer.addDocument(doc);
                  }
                  return null;
                }));
      }
      for (Future<?> f : adding) {
        f.get();
      }
      ParallelFlush.flush(writer, pool, 2);
      assertEquals(0, writer.numRamDocs());
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(1500, reader.numDocs());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aFailedFlushIsThrownToTheCaller() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicBoolean full = new AtomicBoolean();
    Directory disk =
        new FilterDirectory(new ByteBuffersDirectory()) {
          @Override
          public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (full.get()) {
              throw new IOException("disk full");
            }
            return super.createOutput(name, context);
          }
        };
    IndexWriter writer = new IndexWriter(disk, new IndexWriterConfig(new StandardAnalyzer()));
    try {
      Document doc = new Document();
      doc.add(new TextField("text", "some words", Field.Store.NO));
      writer.addDocument(doc);
      full.set(true);
      IOException thrown =
          assertThrows(IOException.class, () -> ParallelFlush.flush(writer, pool, 2));
      assertEquals("disk full", thrown.getMessage());
    } finally {
      full.set(false);
      writer.rollback();
      disk.close();
      pool.shutdown();
    }
  }
}
