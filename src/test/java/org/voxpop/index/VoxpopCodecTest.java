package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;

/**
 * An index voxpop writes is a standard Lucene index: Lucene's own codec reads it, CheckIndex finds
 * nothing wrong, and every stored document comes back.
 */
class VoxpopCodecTest {

  @Test
  void theFixtureIndexIsAStandardLuceneIndex() throws IOException {
    try (FSDirectory dir = FSDirectory.open(FixtureIndex.dir())) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      CheckIndex.Status status;
      try (CheckIndex check = new CheckIndex(dir)) {
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_SLOW_CHECKS);
        status = check.checkIndex();
      }
      assertTrue(status.clean, log.toString(StandardCharsets.UTF_8));
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        int read = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
          SegmentReader segment = (SegmentReader) leaf.reader();
          // opened by name through Lucene's service loader: Lucene's codec, not voxpop's
          assertEquals(Lucene104Codec.class, segment.getSegmentInfo().info.getCodec().getClass());
          StoredFields stored = segment.storedFields();
          for (int doc = 0; doc < segment.maxDoc(); doc++) {
            assertTrue(stored.document(doc).get(Schema.ARTICLE_ID) != null);
            read++;
          }
        }
        assertEquals(reader.maxDoc(), read);
      }
    }
  }
}
