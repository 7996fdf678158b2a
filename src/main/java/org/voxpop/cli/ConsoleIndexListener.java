package org.voxpop.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.voxpop.index.IndexListener;
import org.voxpop.input.Reject;
import org.voxpop.input.SourceLocation;

/**
 * Reports an indexing run on the console: each reject on its own line (file:line: REASON: detail),
 * and progress as a redrawn line on a terminal or as a log line every ten seconds otherwise.
 */
final class ConsoleIndexListener implements IndexListener {
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final long started = System.nanoTime();
  private final AtomicLong lastReport = new AtomicLong(System.nanoTime());
  private volatile boolean barShown;
  private final RejectLog lines;

  ConsoleIndexListener(PrintWriter err, boolean terminal, boolean quiet) {
    this(err, terminal, quiet, RejectLog.showAll());
  }

  /** A listener whose reject and warning lines go through {@code lines}, which caps them. */
  ConsoleIndexListener(PrintWriter err, boolean terminal, boolean quiet, RejectLog lines) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
    this.lines = lines;
  }

  @Override
  public synchronized void rejected(Reject reject) {
    clearBar();
    lines.reject("rejected " + reject, err);
    err.flush();
  }

  @Override
  public synchronized void warned(SourceLocation where, String message) {
    clearBar();
    lines.warning("warning " + where + ": " + message, err);
    err.flush();
  }

  @Override
  public void progress(long articles, long comments, long bytesRead, long bytesTotal) {
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    long interval = terminal ? 200_000_000L : 10_000_000_000L;
    long last = lastReport.get();
    if (now - last < interval || !lastReport.compareAndSet(last, now)) {
      return;
    }
    double seconds = (now - started) / 1e9;
    double docsPerSecond = (articles + comments) / Math.max(seconds, 1e-3);
    String eta = "";
    String share = "";
    if (bytesTotal > 0 && bytesRead > 0) {
      double fraction = Math.min(1.0, bytesRead / (double) bytesTotal);
      share = String.format(Locale.ROOT, " %3.0f%%", fraction * 100);
      long remaining = (long) (seconds / fraction - seconds);
      eta = String.format(Locale.ROOT, ", ETA %d:%02d", remaining / 60, remaining % 60);
    }
    String line =
        String.format(
            Locale.ROOT,
            "indexing%s: %,d articles, %,d comments, %,.0f docs/s%s",
            share,
            articles,
            comments,
            docsPerSecond,
            eta);
    synchronized (this) {
      if (terminal) {
        err.print("\r" + line + "   ");
        barShown = true;
      } else {
        err.println(line);
      }
      err.flush();
    }
  }

  /** Ends the progress line so that the next output starts on a fresh line. */
  synchronized void finish() {
    clearBar();
  }

  private void clearBar() {
    if (barShown) {
      err.print("\r" + " ".repeat(100) + "\r");
      barShown = false;
    }
  }
}
