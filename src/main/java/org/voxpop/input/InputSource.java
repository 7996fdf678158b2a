package org.voxpop.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of a run: a JSON Lines file (plain or gzipped) or a stream such as standard input, with
 * how its dates are read. Rejects and warnings name it as {@link #name()}{@code :LINE}.
 */
public final class InputSource {

  /** How standard input is named in rejects and warnings. */
  public static final String STDIN_NAME = "<stdin>";

  private final String name;
  private final Path file;
  private final InputStream stream;
  private final DateReader dates;

  private InputSource(String name, Path file, InputStream stream, DateReader dates) {
    this.name = name;
    this.file = file;
    this.stream = stream;
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  /** A file; names ending in {@code .gz} are decompressed on the fly. */
  public static InputSource file(Path file, DateReader dates) {
    return new InputSource(file.toString(), Objects.requireNonNull(file, "file"), null, dates);
  }

  /**
   * Files read as they are, with the standard date forms (the Java API's {@code List<Path>}
   * inputs).
   */
  public static java.util.List<InputSource> files(java.util.List<Path> files) {
    return files.stream().map(f -> file(f, DateReader.standard())).toList();
  }

  /**
   * Standard input (or any stream given as it), gzipped or not. It is not closed when read: it
   * belongs to the process.
   */
  public static InputSource stdin(InputStream in, DateReader dates) {
    return new InputSource(STDIN_NAME, null, Objects.requireNonNull(in, "in"), dates);
  }

  /** The name rejects and warnings give as {@code NAME:LINE}. */
  public String name() {
    return name;
  }

  /** Bytes to read, for progress; -1 for a stream, whose size is not known in advance. */
  public long size() throws IOException {
    return file == null ? -1 : Files.size(file);
  }

  /** Starts reading it. */
  public JsonLinesReader open() throws IOException {
    if (file != null) {
      return JsonLinesReader.open(file, dates);
    }
    return JsonLinesReader.ofStream(
        name,
        new FilterInputStream(stream) {
          @Override
          public void close() {
            // standard input stays open: it is the process's, not this run's
          }
        },
        dates);
  }

  @Override
  public String toString() {
    return name;
  }
}
