package org.voxpop.input;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Streams records from a JSON Lines file, plain or gzipped ({@code .gz}), one line at a time.
 *
 * <p>Memory stays bounded by the longest accepted line whatever the file size. Bad lines become
 * {@link InputRecord.Rejected} records with their file:line; a stream that breaks off (a truncated
 * gzip file) ends with one {@link RejectReason#UNREADABLE_INPUT} record, never an exception.
 */
public final class JsonLinesReader implements RecordReader {

  /** Default cap on one line: 64 MiB, far above any real article with its thread. */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

  private final String sourceName;
  private final InputStream stream;
  private final CountingInputStream counter;
  private final LineSplitter lines;
  private final DateReader dates;
  private final Deque<InputRecord> pending = new ArrayDeque<>();
  private boolean finished;

  private JsonLinesReader(
      String sourceName,
      InputStream stream,
      CountingInputStream counter,
      int maxLineBytes,
      DateReader dates) {
    this.sourceName = sourceName;
    this.dates = dates;
    this.stream = stream;
    this.counter = counter;
    this.lines = new LineSplitter(stream, maxLineBytes);
  }

  /** Opens a file; names ending in {@code .gz} are decompressed on the fly. */
  public static JsonLinesReader open(Path file) throws IOException {
    return open(file, DEFAULT_MAX_LINE_BYTES);
  }

  /** Opens a file with a custom maximum line length in bytes. */
  public static JsonLinesReader open(Path file, int maxLineBytes) throws IOException {
    return open(file, maxLineBytes, DateReader.standard());
  }

  /** Opens a file whose dates are read by {@code dates}. */
  public static JsonLinesReader open(Path file, DateReader dates) throws IOException {
    return open(file, DEFAULT_MAX_LINE_BYTES, dates);
  }

  private static JsonLinesReader open(Path file, int maxLineBytes, DateReader dates)
      throws IOException {
    CountingInputStream counter = new CountingInputStream(Files.newInputStream(file));
    InputStream in = new BufferedInputStream(counter, 1 << 16);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      try {
        in = new GZIPInputStream(in, 1 << 16);
      } catch (IOException e) {
        in.close();
        throw new IOException(file + ": not a readable gzip file: " + e.getMessage(), e);
      }
    }
    return new JsonLinesReader(file.toString(), in, counter, maxLineBytes, dates);
  }

  /** Reads from any stream, e.g. standard input; {@code sourceName} labels its rejects. */
  public static JsonLinesReader of(String sourceName, InputStream in) {
    CountingInputStream counter = new CountingInputStream(in);
    return new JsonLinesReader(
        sourceName, counter, counter, DEFAULT_MAX_LINE_BYTES, DateReader.standard());
  }

  /**
   * Reads from a stream that has no file name to tell its compression, e.g. standard input: a
   * stream starting with gzip's magic bytes is decompressed.
   */
  public static JsonLinesReader ofStream(String sourceName, InputStream in, DateReader dates)
      throws IOException {
    CountingInputStream counter = new CountingInputStream(in);
    java.io.PushbackInputStream peek =
        new java.io.PushbackInputStream(new BufferedInputStream(counter, 1 << 16), 2);
    byte[] magic = peek.readNBytes(2);
    peek.unread(magic);
    InputStream stream = peek;
    if (magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
      stream = new GZIPInputStream(peek, 1 << 16);
    }
    return new JsonLinesReader(sourceName, stream, counter, DEFAULT_MAX_LINE_BYTES, dates);
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && !finished) {
      fill();
    }
    return !pending.isEmpty();
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.removeFirst();
  }

  private void fill() {
    LineSplitter.Line line;
    try {
      line = lines.next();
    } catch (IOException e) {
      finished = true;
      SourceLocation where = new SourceLocation(sourceName, lines.lineNumber() + 1);
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      pending.add(
          new InputRecord.Rejected(
              new Reject(where, RejectReason.UNREADABLE_INPUT, "input ends abruptly: " + why)));
      return;
    }
    if (line == null) {
      finished = true;
      return;
    }
    SourceLocation where = new SourceLocation(sourceName, line.number());
    switch (line) {
      case LineSplitter.Line.Unusable bad ->
          pending.add(new InputRecord.Rejected(new Reject(where, bad.reason(), bad.detail())));
      case LineSplitter.Line.Text text -> {
        if (!text.text().isBlank()) {
          pending.add(JsonRecordParser.parse(text.text(), where, dates));
        }
      }
    }
  }

  /** Iterates the remaining records; for use in enhanced for loops. */
  public Iterable<InputRecord> records() {
    return () -> this;
  }

  /**
   * Where the reader is: the line the next record comes from (or the line being read, while it is).
   */
  @Override
  public SourceLocation position() {
    return new SourceLocation(sourceName, lines.lineNumber() + 1);
  }

  /** Bytes consumed from the underlying file so far (compressed bytes for gzip files). */
  @Override
  public long bytesRead() {
    return counter.count;
  }

  /** Counts bytes as they pass, for progress reports. */
  private static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
