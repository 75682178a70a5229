package org.gkml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gkml.check.Checker;
import org.gkml.check.FileResult;

/**
 * Checks several files at once on a fixed pool of min(jobs, files) threads, and returns the results in the order
 * of the command line whatever order they finish in. Each file gets its own readers and rule instances (Checker
 * makes them per file), so the threads share nothing but the reference data, which is read-only.
 */
final class ParallelChecks {

  private ParallelChecks() {}

  static List<FileResult> run(Checker checker, List<Path> files, int jobs) {
    int threads = Math.max(1, Math.min(jobs, files.size()));
    if (threads == 1) {
      List<FileResult> results = new ArrayList<>();
      for (Path f : files) {
        results.add(checker.check(f, f.toString()));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "gkml-check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<FileResult>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> checker.check(f, f.toString())));
      }
      List<FileResult> results = new ArrayList<>();
      for (Future<FileResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // Checker turns every failure of a file into a result; anything else is a bug worth its stack trace.
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
