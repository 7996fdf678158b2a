package org.voxpop.query;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.voxpop.index.Schema;
import org.voxpop.input.StoredRecord;

/**
 * The names of the input fields voxpop keeps without a meaning of its own ({@code topics}, {@code
 * places}, a corpus label), as the index's documents hold them: the columns an export can add to
 * its derived ones. The index records no list of them, so they are read from the kept records
 * themselves.
 */
final class InputFieldNames {
  private InputFieldNames() {}

  /**
   * The input field names, in order of first appearance.
   *
   * @param wanted names to look for: the reading stops once all are found; empty to read every
   *     document (the defaults of an export, and the list an unknown name is answered with)
   */
  static Set<String> of(IndexReader reader, Collection<String> wanted) throws IOException {
    Set<String> found = new LinkedHashSet<>();
    Set<String> fields = Set.of(Schema.TYPE, Schema.RECORD);
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        var d = stored.document(doc, fields);
        String record = d.get(Schema.RECORD);
        if (record != null) {
          found.addAll(
              StoredRecord.parse(record, Schema.TYPE_ARTICLE.equals(d.get(Schema.TYPE)))
                  .extra()
                  .keySet());
          if (!wanted.isEmpty() && found.containsAll(wanted)) {
            return found;
          }
        }
      }
    }
    return found;
  }
}
