package org.voxpop.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Passes text through and redraws a progress line on the terminal as rows go by, for long exports;
 * rows are counted by line ends.
 */
final class CountingWriter extends FilterWriter {
  private final PrintWriter progress;
  private long rows;
  private long lastDraw = System.nanoTime();

  CountingWriter(Writer out, PrintWriter progress) {
    super(out);
    this.progress = progress;
  }

  @Override
  public void write(int c) throws IOException {
    super.write(c);
    if (c == '\n') {
      row();
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    super.write(text, offset, length);
    for (int i = offset; i < offset + length; i++) {
      if (text.charAt(i) == '\n') {
        row();
      }
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    super.write(buffer, offset, length);
    for (int i = offset; i < offset + length; i++) {
      if (buffer[i] == '\n') {
        row();
      }
    }
  }

  private void row() {
    rows++;
    long now = System.nanoTime();
    if (now - lastDraw > 200_000_000L) {
      lastDraw = now;
      progress.printf(Locale.ROOT, "\rexporting: %,d rows", rows);
      progress.flush();
    }
  }

  /** Clears the progress line. */
  void finish() {
    progress.print("\r" + " ".repeat(40) + "\r");
    progress.flush();
  }
}
