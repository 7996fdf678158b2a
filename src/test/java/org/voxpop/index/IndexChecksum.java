package org.voxpop.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** A digest of which articles and comments an index holds, block by block, for comparisons. */
final class IndexChecksum {
  private IndexChecksum() {}

  /**
   * Every live document as {@code type:article/comment} in block order within each article, sorted
   * by article, plus whether each article's block is complete.
   */
  static List<String> of(Path dir) throws IOException {
    List<String> blocks = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        NumericValues numbers = new NumericValues(leaf.reader());
        Bits live = leaf.reader().getLiveDocs();
        StringBuilder block = new StringBuilder();
        int comments = 0;
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = numbers.addTo(doc, stored.document(doc));
          if (Schema.TYPE_COMMENT.equals(d.get(Schema.TYPE))) {
            block.append(d.get(Schema.COMMENT_ID)).append(',');
            comments++;
          } else {
            long declared = d.getField(Schema.COMMENT_COUNT).numericValue().longValue();
            blocks.add(
                d.get(Schema.ARTICLE_ID)
                    + "["
                    + block
                    + "]"
                    + (declared == comments ? "" : " INCOMPLETE"));
            block.setLength(0);
            comments = 0;
          }
        }
      }
    }
    blocks.sort(null);
    return blocks;
  }
}
