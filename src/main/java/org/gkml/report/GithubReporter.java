package org.gkml.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.gkml.check.FileResult;
import org.gkml.i18n.Messages;
import org.gkml.model.Location;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;

/**
 * Findings as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}), which GitHub
 * shows as annotations on the changed files. GitHub keeps only 10 annotations per level and step and drops the
 * rest silently, so errors come first, each level stops at 10, and one last line says how many were left out.
 */
public final class GithubReporter implements Reporter {

  /** GitHub's limit of annotations per level in one step. */
  public static final int PER_LEVEL = 10;

  private record Line(String level, String properties, String message) {}

  @Override
  public void write(RunResult run, Messages m, Writer out) throws IOException {
    List<Line> errors = new ArrayList<>();
    List<Line> warnings = new ArrayList<>();
    List<Line> notices = new ArrayList<>();
    for (FileResult f : run.files()) {
      String file = ReportPaths.relative(f.path());
      if (f.failed()) {
        errors.add(new Line("error", "file=" + property(file) + ",title=" + property("gkml"),
            m.get("report.file.error", m.get(f.errorKey(), f.errorArgs()))
                + (f.errorPlace() != null ? " [" + f.errorPlace() + "]" : "")));
        continue;
      }
      for (Finding x : f.findings()) {
        Line line = new Line(level(x.severity()), properties(file, x), text(x, m));
        (x.severity() == Severity.ERROR ? errors : x.severity() == Severity.WARNING ? warnings : notices).add(line);
      }
    }
    int leftErrors = Math.max(0, errors.size() - PER_LEVEL);
    int leftWarnings = Math.max(0, warnings.size() - PER_LEVEL);
    boolean summary = leftErrors > 0 || leftWarnings > 0 || notices.size() > PER_LEVEL;
    // The summary is itself a notice, so it takes one of the notice places.
    int noticeLimit = summary ? PER_LEVEL - 1 : PER_LEVEL;
    int leftNotices = Math.max(0, notices.size() - noticeLimit);
    print(errors, PER_LEVEL, out);
    print(warnings, PER_LEVEL, out);
    print(notices, noticeLimit, out);
    if (summary) {
      out.write("::notice title=" + property("gkml") + "::"
          + message(m.get("report.github.more", leftErrors, leftWarnings, leftNotices)) + "\n");
    }
    out.flush();
  }

  private static void print(List<Line> lines, int limit, Writer out) throws IOException {
    for (int i = 0; i < Math.min(limit, lines.size()); i++) {
      Line l = lines.get(i);
      out.write("::" + l.level() + " " + l.properties() + "::" + message(l.message()) + "\n");
    }
  }

  private static String properties(String file, Finding x) {
    StringBuilder sb = new StringBuilder("file=").append(property(file));
    Location l = x.location();
    if (l.isYaml()) {
      sb.append(",line=").append(l.line());
      if (l.column() > 0) {
        sb.append(",col=").append(l.column());
      }
    } else if (l.row() > 0) {
      sb.append(",line=").append(l.row());
    }
    sb.append(",title=").append(property("gkml " + x.rule()));
    return sb.toString();
  }

  /** The place for spreadsheets (GitHub cannot show a cell), the message and item, then how to fix it. */
  private static String text(Finding x, Messages m) {
    String place = x.location().isYaml() ? "" : x.location().display();
    return (place.isEmpty() ? "" : place + " ") + SarifReporter.messageWithItem(x, m) + "\n"
        + m.get("report.help") + FindingText.colon(m) + FindingText.help(x, m);
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      default -> "notice";
    };
  }

  /** Escapes a message: {@code %}, CR and LF. */
  public static String message(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: as a message, and {@code :} and {@code ,} too. */
  public static String property(String s) {
    return message(s).replace(":", "%3A").replace(",", "%2C");
  }
}
