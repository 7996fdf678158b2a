package org.voxpop.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps a run's reject and warning lines readable: the first few of each kind on the terminal,
 * every one in a file. A feed of another shape rejects every line, and thousands of lines on a
 * terminal hide the summary that says what happened.
 */
final class RejectLog implements Closeable {
  /** How many reject lines, and how many warning lines, a run shows unless told otherwise. */
  static final int DEFAULT_MAX_LINES = 20;

  private final int maxLines;
  private final Optional<Path> file;
  private BufferedWriter writer;
  private long rejects;
  private long warnings;
  private Optional<IOException> fileFailure = Optional.empty();

  private RejectLog(int maxLines, Optional<Path> file) {
    if (maxLines < 0) {
      throw new IllegalArgumentException("--max-reject-lines must be 0 or more, not " + maxLines);
    }
    this.maxLines = maxLines;
    this.file = file;
  }

  /** Every line shown, none kept in a file: for runs whose rejects are few by nature. */
  static RejectLog showAll() {
    return new RejectLog(Integer.MAX_VALUE, Optional.empty());
  }

  /** At most {@code maxLines} of each kind shown, every line written to {@code file} when given. */
  static RejectLog capped(int maxLines, Optional<Path> file) {
    return new RejectLog(maxLines, file);
  }

  /**
   * For a run into an index: every line in {@code file}, or else in the index folder's list. The
   * folder's list of an earlier run goes now, so that it never passes for this run's.
   */
  static RejectLog forIndex(int maxLines, Optional<Path> file, Path indexDir) throws IOException {
    Path inIndex = indexDir.resolve(org.voxpop.index.Indexer.REJECTS_FILE);
    Files.deleteIfExists(inIndex);
    return new RejectLog(maxLines, Optional.of(file.orElse(inIndex)));
  }

  /** Records a reject line; prints it when it is among the first {@code maxLines}. */
  synchronized void reject(String line, PrintWriter err) {
    keep(line);
    if (++rejects <= maxLines) {
      err.println(line);
    }
  }

  /** Records a warning line; prints it when it is among the first {@code maxLines}. */
  synchronized void warning(String line, PrintWriter err) {
    keep(line);
    if (++warnings <= maxLines) {
      err.println(line);
    }
  }

  private void keep(String line) {
    if (file.isEmpty() || fileFailure.isPresent()) {
      return;
    }
    try {
      if (writer == null) {
        Path parent = file.get().toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        writer = Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8);
      }
      writer.write(line);
      writer.newLine();
    } catch (IOException e) {
      fileFailure = Optional.of(e); // said in the summary; the run itself goes on
    }
  }

  /** What the summary says about the lines: how many were not shown, and where all of them are. */
  synchronized Optional<String> summary() {
    long hidden = Math.max(0, rejects - maxLines) + Math.max(0, warnings - maxLines);
    if (fileFailure.isPresent()) {
      return Optional.of(
          "The list of rejects and warnings could not be written to "
              + file.get()
              + ": "
              + fileFailure.get().getMessage());
    }
    if (hidden == 0 && writer == null) {
      return Optional.empty();
    }
    String all =
        String.format(
            Locale.ROOT,
            "%s and %s",
            Plural.of(rejects, "reject line"),
            Plural.of(warnings, "warning line"));
    if (file.isEmpty()) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "%,d of %s not shown (--max-reject-lines %d); give --rejects-file PATH to keep them all.",
              hidden,
              all,
              maxLines));
    }
    if (hidden == 0) {
      return Optional.of(
          "Every reject and warning line (" + all + ") is also in " + file.get() + ".");
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%,d of %s not shown (--max-reject-lines %d); every line is in %s.",
            hidden,
            all,
            maxLines,
            file.get()));
  }

  @Override
  public synchronized void close() {
    if (writer != null) {
      try {
        writer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
