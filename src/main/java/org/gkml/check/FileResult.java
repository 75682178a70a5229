package org.gkml.check;

import java.util.ArrayList;
import java.util.List;
import org.gkml.model.InputKind;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;

/**
 * What checking one file gave: its kind, the items read, the sheets read and skipped, the CSV encoding, the
 * findings, or the reason it could not be read ({@code errorKey} and its arguments; null when it was read).
 */
public final class FileResult {

  /** A sheet passed over, and why (a key of the messages bundle). */
  public record Skipped(String sheet, String reasonKey) {}

  private final String path;
  private InputKind kind;
  private long items;
  private final List<String> sheets = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private String encoding;
  private String field;
  private final List<Finding> findings = new ArrayList<>();
  /** Findings counted but not listed (--max-findings), by severity ordinal. */
  private final long[] dropped = new long[Severity.values().length];
  private String errorKey;
  private Object[] errorArgs = new Object[0];
  private String errorPlace;
  /** The exception behind a failure, for --debug only. */
  Throwable cause;

  public FileResult(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  public InputKind kind() {
    return kind;
  }

  void kind(InputKind k) {
    if (kind == null) {
      kind = k;
    }
  }

  public long items() {
    return items;
  }

  void countItem() {
    items++;
  }

  public List<String> sheets() {
    return sheets;
  }

  public List<Skipped> skipped() {
    return skipped;
  }

  public String encoding() {
    return encoding;
  }

  void encoding(String e) {
    encoding = e;
  }

  public String field() {
    return field;
  }

  void field(String f) {
    field = f;
  }

  public List<Finding> findings() {
    return findings;
  }

  /** All the findings of this severity, listed or not. */
  public long count(Severity s) {
    long n = dropped[s.ordinal()];
    for (Finding x : findings) {
      if (x.severity() == s) {
        n++;
      }
    }
    return n;
  }

  /** How many findings were counted but left out of {@link #findings()}. */
  public long truncated() {
    long n = 0;
    for (long d : dropped) {
      n += d;
    }
    return n;
  }

  void addDropped(Severity s, long n) {
    dropped[s.ordinal()] += n;
  }

  /** Lists only the first {@code max} findings; the rest stay in the counts. */
  public void keepFirst(int max) {
    while (findings.size() > Math.max(0, max)) {
      Finding x = findings.remove(findings.size() - 1);
      dropped[x.severity().ordinal()]++;
    }
  }

  public boolean failed() {
    return errorKey != null;
  }

  public String errorKey() {
    return errorKey;
  }

  public Object[] errorArgs() {
    return errorArgs;
  }

  public Throwable cause() {
    return cause;
  }

  public String errorPlace() {
    return errorPlace;
  }

  void fail(String key, String place, Object... args) {
    errorKey = key;
    errorPlace = place;
    errorArgs = args == null ? new Object[0] : args;
    findings.clear();
    java.util.Arrays.fill(dropped, 0);
    items = 0;
  }
}
