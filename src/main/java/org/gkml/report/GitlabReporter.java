package org.gkml.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.gkml.check.FileResult;
import org.gkml.i18n.Messages;
import org.gkml.model.Location;
import org.gkml.rules.Finding;

/**
 * Findings as a GitLab Code Quality report (a JSON array), for the merge-request widget: description, check_name
 * (the rule id), a fingerprint unique per finding (GitLab shows only the first issue of a fingerprint), severity and
 * the file with its line (the YAML line or the sheet row). A file that could not be read is a critical issue.
 */
public final class GitlabReporter implements Reporter {

  @Override
  public void write(RunResult run, Messages m, Writer out) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode issues = json.createArrayNode();
    Fingerprints fingerprints = new Fingerprints(run);
    for (FileResult f : run.files()) {
      String path = ReportPaths.relative(f.path());
      if (f.failed()) {
        ObjectNode i = issues.addObject();
        i.put("description", m.get("report.file.error", m.get(f.errorKey(), f.errorArgs()))
            + (f.errorPlace() != null ? " [" + f.errorPlace() + "]" : ""));
        i.put("check_name", "unreadable-file");
        i.put("fingerprint", Fingerprints.sha256("unreadable-file\0" + path));
        i.put("severity", "critical");
        i.putObject("location").put("path", path).putObject("lines").put("begin", 1);
        continue;
      }
      for (Finding x : f.findings()) {
        ObjectNode i = issues.addObject();
        String place = x.location().isYaml() ? "" : x.location().display();
        i.put("description", (place.isEmpty() ? "" : place + " ") + SarifReporter.messageWithItem(x, m));
        i.put("check_name", x.rule());
        i.put("fingerprint", fingerprints.of(x));
        i.put("severity", switch (x.severity()) {
          case ERROR -> "major";
          case WARNING -> "minor";
          default -> "info";
        });
        Location l = x.location();
        int line = l.isYaml() ? l.line() : Math.max(1, l.row());
        i.putObject("location").put("path", path).putObject("lines").put("begin", line);
      }
    }
    json.writeValue(new SarifReporter.NonClosingWriter(out), issues);
    out.write("\n");
    out.flush();
  }
}
