package org.gkml.check;

import java.util.concurrent.atomic.LongAdder;

/** Rows read and findings found so far over all the files of a run; several checker threads add to it. */
public class RunProgress {

  /** Counts nothing: the run shows no progress. */
  public static final RunProgress NONE = new RunProgress() {
    @Override
    void add(long rows, long findings) {}
  };

  private final LongAdder rows = new LongAdder();
  private final LongAdder findings = new LongAdder();

  void add(long rowsRead, long found) {
    rows.add(rowsRead);
    if (found != 0) {
      findings.add(found);
    }
  }

  public long rows() {
    return rows.sum();
  }

  public long findings() {
    return findings.sum();
  }
}
