package org.voxpop.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the raw input that indexes written before {@link Schema#RECORD} kept with each article (its
 * JSON line, deflated, in the {@link Schema#RAW} doc values), so that {@code voxpop reindex} can
 * still upgrade them.
 */
final class RawInput {
  private RawInput() {}

  static String decompress(BytesRef stored) throws IOException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(stored.bytes, stored.offset, stored.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
      byte[] buffer = new byte[16 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IOException("the raw input kept in the index is truncated");
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IOException("the raw input kept in the index is corrupt: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }
}
