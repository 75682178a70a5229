package org.gkml.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gkml.i18n.Messages;
import org.gkml.report.GithubReporter;
import org.gkml.report.GitlabReporter;
import org.gkml.report.JsonReporter;
import org.gkml.report.JunitReporter;
import org.gkml.report.SarifReporter;
import org.gkml.report.Reporter;
import org.gkml.report.RunResult;
import org.gkml.report.TextReporter;
import org.gkml.write.AtomicOutput;
import picocli.CommandLine;

/** Picks the reporter for --format and writes the report to standard output or, atomically, to --output. */
final class ReportOutput {

  private ReportOutput() {}

  /** The formats --format and --report accept. */
  static final String FORMATS = "text, json, sarif, junit, github, gitlab";

  static Reporter reporter(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> new TextReporter();
      case "json" -> new JsonReporter();
      case "sarif" -> new SarifReporter();
      case "junit" -> new JunitReporter();
      case "github" -> new GithubReporter();
      case "gitlab" -> new GitlabReporter();
      default -> throw new GkmlCommand.UsageException("unknown format " + format + " (" + FORMATS + ")");
    };
  }

  static void write(CommonOptions o, RunResult run, CommandLine.Model.CommandSpec spec) throws IOException {
    write(o, reporter(o.format), run, spec);
  }

  /** Writes the report of an already chosen reporter (lint may pick one that --format did not name). */
  static void write(CommonOptions o, Reporter reporter, RunResult run, CommandLine.Model.CommandSpec spec)
      throws IOException {
    Messages m = o.messages();
    if (o.output == null) {
      StringWriter sw = new StringWriter();
      reporter.write(run, m, sw);
      spec.commandLine().getOut().print(sw);
      spec.commandLine().getOut().flush();
      return;
    }
    AtomicOutput.write(o.output, true, false, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      reporter.write(run, m, w);
      w.flush();
    });
  }
}
