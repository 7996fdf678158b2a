package org.voxpop.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.lucene.util.BytesRef;

/**
 * The raw input an article block keeps (its JSON line), deflated: JSON shrinks four to five times,
 * which keeps the index within a small multiple of its input while nothing of the input is lost.
 */
final class RawInput {
  private RawInput() {}

  /** Level 3: most of the size gain of the default level at a fraction of its time. */
  private static final int LEVEL = 3;

  static BytesRef compress(String json) {
    byte[] input = json.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(LEVEL);
    try {
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, input.length / 3));
      byte[] buffer = new byte[16 * 1024];
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
      return new BytesRef(out.toByteArray());
    } finally {
      deflater.end();
    }
  }

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
