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

  /** Every finding of this severity, including those --max-findings left out of the lists. */
  public long count(Severity s) {
    long n = 0;
    for (FileResult f : files) {
      n += f.count(s);
    }
    return n;
  }

  /** Findings counted but not listed (--max-findings). */
  public long truncated() {
    return files.stream().mapToLong(FileResult::truncated).sum();
  }

  /** Lists at most {@code max} findings over all files, in file order; the counts stay exact. */
  public RunResult limitFindings(int max) {
    int left = max;
    for (FileResult f : files) {
      f.keepFirst(left);
      left -= f.findings().size();
    }
    return this;
  }

  public long unreadable() {
    return files.stream().filter(FileResult::failed).count();
  }

  /** True if any finding is at or above the threshold ({@code OFF} never fails). */
  public boolean failsAt(Severity threshold) {
    if (threshold == Severity.OFF) {
      return false;
    }
    for (Severity s : Severity.values()) {
      if (s != Severity.OFF && s.atLeast(threshold) && count(s) > 0) {
        return true;
      }
    }
    return false;
  }
}
