package org.gkml.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gkml.check.RunProgress;
import org.gkml.i18n.Messages;

/**
 * The line on standard error that says how a long check is going: rows read, rows per second, findings so far,
 * rewritten in place at most four times a second. Shown only to a person: when standard error is a terminal, not
 * in CI, not with --quiet, and only when the input is large enough to take a while.
 */
final class ProgressLine implements AutoCloseable {

  /** Inputs smaller than this (about 80,000 rows of .xlsx, 50,000 of CSV) finish before a progress line helps. */
  static final long LARGE_INPUT_BYTES = 5L * 1024 * 1024;
  static final long REFRESH_MILLIS = 250;

  private final RunProgress progress;
  private final PrintWriter err;
  private final Messages messages;
  private final ScheduledExecutorService timer;
  private final long start = System.nanoTime();
  private int lastWidth;

  /**
   * Whether to show progress. {@code terminal}: System.console() != null (stdout and stdin on a terminal, the
   * best the JDK tells); {@code env}: the environment, CI set to anything but "false" means a CI job.
   */
  static boolean wanted(boolean terminal, Map<String, String> env, boolean quiet, long inputBytes) {
    String ci = env.get("CI");
    boolean inCi = ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false");
    return terminal && !inCi && !quiet && inputBytes >= LARGE_INPUT_BYTES;
  }

  /** The total size of the inputs that exist (a missing file is reported by the check itself). */
  static long sizeOf(List<Path> files) {
    long n = 0;
    for (Path f : files) {
      try {
        n += Files.isRegularFile(f) ? Files.size(f) : 0;
      } catch (java.io.IOException e) {
        // unreadable: the check reports it
      }
    }
    return n;
  }

  ProgressLine(RunProgress progress, PrintWriter err, Messages messages) {
    this.progress = progress;
    this.err = err;
    this.messages = messages;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "gkml-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::print, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
  }

  static String line(Messages m, long rows, double seconds, long findings) {
    long rate = seconds > 0 ? Math.round(rows / seconds) : 0;
    return m.get("progress.line", String.format("%,d", rows), String.format("%,d", rate), String.format("%,d", findings));
  }

  private synchronized void print() {
    String s = line(messages, progress.rows(), (System.nanoTime() - start) / 1e9, progress.findings());
    err.print("\r" + s + " ".repeat(Math.max(0, lastWidth - s.length())));
    err.flush();
    lastWidth = s.length();
  }

  /** Stops and wipes the line, so the report starts on a clean line. */
  @Override
  public synchronized void close() {
    timer.shutdownNow();
    if (lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
    }
  }
}
