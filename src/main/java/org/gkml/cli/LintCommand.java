package org.gkml.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.gkml.check.Checker;
import org.gkml.check.FileResult;
import org.gkml.i18n.Messages;
import org.gkml.lint.Baseline;
import org.gkml.lint.LintInputs;
import org.gkml.lint.Suppressions;
import org.gkml.report.ReportPaths;
import org.gkml.report.Reporter;
import org.gkml.report.RunResult;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.RuleOptions;
import org.gkml.rules.Severity;
import org.gkml.write.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gkml lint PATH...}: the checks of {@code validate} for CI. Directories are searched for catalogs; YAML
 * comments can suppress findings; a baseline lets a county adopt gkml without fixing everything first; several
 * reports (SARIF, JUnit, GitLab …) come out of one run.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {"Check catalog files for CI: directories are searched for *.yaml/*.yml catalogs.",
        "在持续集成中检查目录文件：会在文件夹中查找 *.yaml/*.yml 目录。"})
public final class LintCommand implements Callable<Integer> {

  /** Where environment variables come from; tests replace it. */
  static UnaryOperator<String> environment = System::getenv;

  @Mixin CommonOptions options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--include-spreadsheets", description = "in directories, also check .xlsx, .xls and .csv files")
  boolean includeSpreadsheets;

  @Option(names = "--report", paramLabel = "FORMAT=FILE",
      description = "also write a report in FORMAT (" + ReportOutput.FORMATS + ") to FILE; may be repeated")
  List<String> reports = new ArrayList<>();

  @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
      description = "exit 1 when there are more than N warnings (default: no limit)")
  int maxWarnings;

  @Option(names = "--baseline", paramLabel = "FILE", description = "accept the findings recorded in FILE; fail only on new ones")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "record today's findings in FILE")
  Path writeBaseline;

  @Option(names = "--prune-baseline", description = "with --baseline: drop the entries that are fixed from the baseline file")
  boolean pruneBaseline;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "catalog files or directories")
  List<Path> paths;

  private record Extra(String format, Reporter reporter, Path file) {}

  @Override
  public Integer call() throws IOException {
    Severity threshold;
    try {
      threshold = options.failThreshold();
    } catch (IllegalArgumentException e) {
      throw new GkmlCommand.UsageException("unknown --fail-on " + options.failOn + " (error, warning, info, never)");
    }
    boolean formatGiven = spec.commandLine().getParseResult().hasMatchedOption("--format");
    String format = options.format;
    if (!formatGiven && "true".equalsIgnoreCase(environment.apply("GITHUB_ACTIONS"))) {
      format = "github";
    }
    Reporter main = ReportOutput.reporter(format);
    List<Extra> extras = new ArrayList<>();
    for (String r : reports) {
      int eq = r.indexOf('=');
      if (eq <= 0 || eq == r.length() - 1) {
        throw new GkmlCommand.UsageException("--report wants FORMAT=FILE, e.g. --report sarif=gkml.sarif (got " + r + ")");
      }
      String f = r.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      extras.add(new Extra(f, ReportOutput.reporter(f), Path.of(r.substring(eq + 1).trim())));
    }
    if (pruneBaseline && baseline == null) {
      throw new GkmlCommand.UsageException("--prune-baseline needs --baseline FILE");
    }
    Messages m = options.messages();
    PrintWriter err = spec.commandLine().getErr();
    Baseline accepted = null;
    if (baseline != null) {
      try {
        accepted = Baseline.read(baseline);
      } catch (IOException e) {
        throw new GkmlCommand.UsageException(m.get("lint.baseline.unreadable", baseline, e.getMessage()));
      }
    }

    LintInputs.Found found = LintInputs.find(paths, includeSpreadsheets);
    if (!options.quiet && !found.notCatalogs().isEmpty()) {
      err.println(m.get("lint.not-catalogs", found.notCatalogs().size(),
          String.join("、", found.notCatalogs().stream().map(p -> ReportPaths.relative(p.toString())).toList())));
    }
    if (!options.quiet && found.files().isEmpty()) {
      err.println(m.get("lint.nothing"));
    }
    Checker checker = new Checker(null, BuiltInRules.ALL, Map.of(), RuleOptions.defaults(),
        options.limits.readLimits());
    List<FileResult> results = new ArrayList<>();
    for (Path f : found.files()) {
      FileResult r = checker.check(f, ReportPaths.relative(f.toString()));
      if (options.debug && r.cause() != null) {
        r.cause().printStackTrace(err);
      }
      if (isYaml(f)) {
        Suppressions.scan(f).apply(r);
      }
      results.add(r);
    }
    RunResult run = new RunResult(results);

    if (writeBaseline != null) {
      Baseline today = Baseline.of(run);
      today.write(writeBaseline);
      if (!options.quiet) {
        err.println(m.get("lint.baseline.written", writeBaseline, today.size()));
      }
      if (accepted == null) {
        accepted = today; // what was just recorded is accepted: this run passes
      }
    }
    if (accepted != null) {
      Baseline.Outcome outcome = accepted.apply(run);
      if (!options.quiet) {
        err.println(m.get("lint.baseline.applied", outcome.matched(), outcome.fixed().size()));
        for (Baseline.Fixed fx : outcome.fixed()) {
          Baseline.Key k = fx.key();
          err.println("  " + m.get("lint.baseline.fixed", k.file(), k.item(), k.rule(), k.element(), fx.count()));
        }
      }
      if (pruneBaseline && !outcome.fixed().isEmpty()) {
        outcome.pruned().write(baseline);
        if (!options.quiet) {
          err.println(m.get("lint.baseline.pruned", baseline, outcome.fixed().size()));
        }
      }
    }

    for (Extra x : extras) {
      AtomicOutput.write(x.file(), true, false, out -> {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        x.reporter().write(run, m, w);
        w.flush();
      });
    }
    ReportOutput.write(options, main, run, spec);

    if (run.unreadable() > 0) {
      return ExitCodes.BAD_INPUT;
    }
    if (run.failsAt(threshold)) {
      return ExitCodes.FINDINGS;
    }
    long warnings = run.count(Severity.WARNING);
    if (maxWarnings >= 0 && warnings > maxWarnings) {
      if (!options.quiet) {
        err.println(m.get("lint.too-many-warnings", warnings, maxWarnings));
      }
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  private static boolean isYaml(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }
}
