package org.voxpop.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines and decodes each one as strict UTF-8 on its own.
 *
 * <p>Decoding per line, rather than through a {@code Reader}, is what lets one bad byte reject one
 * line instead of ending the whole file. Lines longer than a limit are skipped, not buffered, so
 * memory stays bounded whatever the input. A UTF-8 byte order mark on the first line and a trailing
 * carriage return (CRLF files) are removed.
 */
final class LineSplitter {

  /** One line of input: its 1-based number and either its text or why it has none. */
  sealed interface Line {
    long number();

    /** A line decoded as UTF-8, without its line terminator. */
    record Text(long number, String text) implements Line {}

    /** A line that could not be used, with the reason. */
    record Unusable(long number, RejectReason reason, String detail) implements Line {}
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkLen;
  private final LineBuffer buffer = new LineBuffer();

  /**
   * Where the validating decoder writes, to be thrown away: only whether the bytes decode matters.
   */
  private final CharBuffer scratch = CharBuffer.allocate(8192);

  /**
   * The bytes of the current line, read in place (a copy of a 64 MiB line would be 64 MiB more).
   */
  private static final class LineBuffer extends ByteArrayOutputStream {
    LineBuffer() {
      super(8192);
    }

    byte[] bytes() {
      return buf;
    }
  }

  private long lineNumber;
  private boolean eof;

  LineSplitter(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * The next line, or {@code null} at the end of the input.
   *
   * @throws IOException when the stream itself fails (e.g. a truncated gzip member)
   */
  Line next() throws IOException {
    if (eof) {
      return null;
    }
    buffer.reset();
    long lineBytes = 0;
    boolean ended = false;
    // A chunk at a time up to the line's end: copying byte by byte was most of the splitting.
    while (!ended && fill()) {
      int end = chunkPos;
      while (end < chunkLen && chunk[end] != '\n') {
        end++;
      }
      int len = end - chunkPos;
      long room = maxLineBytes - lineBytes;
      if (room > 0) {
        buffer.write(chunk, chunkPos, (int) Math.min(len, room));
      }
      lineBytes += len;
      ended = end < chunkLen;
      chunkPos = ended ? end + 1 : end;
    }
    boolean tooLong = lineBytes > maxLineBytes;
    if (!ended) {
      eof = true;
      if (lineBytes == 0) {
        return null;
      }
    }
    lineNumber++;
    if (tooLong) {
      return new Line.Unusable(
          lineNumber,
          RejectReason.LINE_TOO_LONG,
          "line of " + lineBytes + " bytes exceeds the limit of " + maxLineBytes + " bytes");
    }
    byte[] bytes = buffer.bytes();
    int start = 0;
    int end = buffer.size();
    if (lineNumber == 1
        && end >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    if (end > start && bytes[end - 1] == '\r') {
      end--;
    }
    if (!validUtf8(bytes, start, end)) {
      return new Line.Unusable(lineNumber, RejectReason.INVALID_ENCODING, "not valid UTF-8");
    }
    // Valid, so the JDK's own decoding gives the same text, without a char[] of the whole line
    // in between (twice the line's bytes again).
    return new Line.Text(lineNumber, new String(bytes, start, end - start, StandardCharsets.UTF_8));
  }

  /** Whether the bytes are strict UTF-8, decoded through a small buffer and thrown away. */
  private boolean validUtf8(byte[] bytes, int start, int end) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
    while (true) {
      scratch.clear();
      CoderResult result = decoder.decode(in, scratch, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        scratch.clear();
        return !decoder.flush(scratch).isError();
      }
    }
  }

  /** Whether unread bytes are in {@link #chunk}, reading the next chunk when none are left. */
  private boolean fill() throws IOException {
    if (chunkPos == chunkLen) {
      chunkLen = in.read(chunk, 0, chunk.length);
      chunkPos = 0;
      if (chunkLen <= 0) {
        chunkLen = 0;
        return false;
      }
    }
    return true;
  }

  /** The number of the last line returned. */
  long lineNumber() {
    return lineNumber;
  }
}
