package org.gkml.report;

import java.io.IOException;
import java.io.Writer;
import org.gkml.check.FileResult;
import org.gkml.i18n.Messages;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;

/**
 * The report for people at a terminal: grouped by file; each finding with its place (义务教育!F12), severity,
 * element and rule, then the item, the value as written, the message, the fix and how to make it; a summary line.
 */
public final class TextReporter implements Reporter {

  @Override
  public void write(RunResult run, Messages m, Writer out) throws IOException {
    for (FileResult f : run.files()) {
      if (f.failed()) {
        out.write(f.path() + "\n  " + m.get("report.file.error", FindingText.error(f, m)) + "\n\n");
        continue;
      }
      String kind = f.kind() == null ? "" : m.get("kind." + f.kind().id());
      out.write(m.get("report.file.header", f.path(), kind, f.items()) + "\n");
      if (!f.sheets().isEmpty()) {
        out.write("  " + m.get("report.file.sheets", String.join("、", f.sheets())) + "\n");
      }
      for (FileResult.Skipped s : f.skipped()) {
        out.write("  " + m.get("report.file.skipped", s.sheet(), m.get(s.reasonKey())) + "\n");
      }
      if (f.encoding() != null) {
        out.write("  " + m.get("report.file.encoding", f.encoding()) + "\n");
      }
      if (f.findings().isEmpty() && f.truncated() == 0) {
        out.write("  " + m.get("report.file.clean") + "\n");
      }
      for (Finding x : f.findings()) {
        writeFinding(x, m, out);
      }
      out.write("\n");
    }
    out.write(m.get("report.summary", run.files().size(), run.items(), run.count(Severity.ERROR),
        run.count(Severity.WARNING), run.count(Severity.INFO)));
    if (run.unreadable() > 0) {
      out.write(m.get("report.summary.unreadable", run.unreadable()));
    }
    out.write("\n");
    if (run.truncated() > 0) {
      out.write(m.get("report.truncated", run.truncated()) + "\n");
    }
  }

  private static void writeFinding(Finding x, Messages m, Writer out) throws IOException {
    String place = x.location().display();
    out.write("  " + (place.isEmpty() ? "-" : place) + "  " + FindingText.severity(x, m) + "  "
        + FindingText.element(x, m) + "  [" + x.rule() + "]\n");
    out.write("      " + FindingText.message(x, m) + "\n");
    if (x.item() != null && !x.item().isEmpty()) {
      out.write("      " + m.get("report.item") + "：" + oneLine(x.item()) + "\n");
    }
    if (x.value() != null && !x.value().isEmpty()) {
      out.write("      " + m.get("report.value") + "：“" + oneLine(x.value()) + "”\n");
    }
    if (x.fix() != null) {
      out.write("      " + m.get("report.fix") + "：“" + oneLine(x.fix()) + "”\n");
    }
    out.write("      " + m.get("report.help") + "：" + FindingText.help(x, m) + "\n");
  }

  /** Long cell texts shown on one line, shortened. */
  static String oneLine(String s) {
    String t = s.replace("\r", "").replace("\n", "⏎");
    return t.length() > 120 ? t.substring(0, 117) + "…" : t;
  }
}
