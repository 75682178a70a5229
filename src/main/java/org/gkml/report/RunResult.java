package org.gkml.report;

import java.util.List;
import org.gkml.check.FileResult;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;

/** The results of one run, in the order the files were given, with the summary counts. */
public record RunResult(List<FileResult> files) {

  public long items() {
    return files.stream().mapToLong(FileResult::items).sum();
  }

  public long count(Severity s) {
    long n = 0;
    for (FileResult f : files) {
      for (Finding x : f.findings()) {
        if (x.severity() == s) {
          n++;
        }
      }
    }
    return n;
  }

  public long unreadable() {
    return files.stream().filter(FileResult::failed).count();
  }

  /** True if any finding is at or above the threshold ({@code OFF} never fails). */
  public boolean failsAt(Severity threshold) {
    if (threshold == Severity.OFF) {
      return false;
    }
    return files.stream().flatMap(f -> f.findings().stream()).anyMatch(x -> x.severity().atLeast(threshold));
  }
}
