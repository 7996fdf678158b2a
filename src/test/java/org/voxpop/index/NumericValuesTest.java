package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The numbers a hit or an export row shows come back from doc values as the values indexed, for
 * documents asked in any order, and a number a document does not have stays absent.
 */
class NumericValuesTest {

  @Test
  void numbersComeBackFromDocValuesInAnyOrder() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int i = 0; i < 3; i++) {
          Document d = new Document();
          d.add(new StoredField("n", i));
          if (i != 1) {
            d.add(new DoubleField(Schema.COMPOUND, -0.5 + i * 0.25, Field.Store.NO));
          }
          d.add(new LongField(Schema.LIKES, 10L * i, Field.Store.NO));
          d.add(new LongField(Schema.POSTED_MS, 1_500_000_000_000L + i, Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        NumericValues numbers = new NumericValues(leaf);
        for (int doc : new int[] {0, 2, 1, 0, 2}) {
          Document d = numbers.addTo(doc, leaf.storedFields().document(doc));
          if (doc == 1) {
            assertNull(d.getField(Schema.COMPOUND), "no sentiment, no compound");
          } else {
            assertEquals(
                -0.5 + doc * 0.25, d.getField(Schema.COMPOUND).numericValue().doubleValue());
          }
          assertEquals(10L * doc, d.getField(Schema.LIKES).numericValue().longValue());
          assertEquals(
              1_500_000_000_000L + doc, d.getField(Schema.POSTED_MS).numericValue().longValue());
        }
        Document whole = NumericValues.addTo(reader, 2, reader.storedFields().document(2));
        assertEquals(20L, whole.getField(Schema.LIKES).numericValue().longValue());
      }
    }
  }
}
