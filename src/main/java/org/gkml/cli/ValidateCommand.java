package org.gkml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gkml.check.CatalogFixer;
import org.gkml.check.Checker;
import org.gkml.check.Inputs;
import org.gkml.config.Config;
import org.gkml.config.ConfigException;
import org.gkml.check.FileResult;
import org.gkml.check.RunProgress;
import org.gkml.model.InputKind;
import org.gkml.i18n.Messages;
import org.gkml.report.RunResult;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Severity;
import org.gkml.write.AtomicOutput;
import org.gkml.write.WorkbookFixer;
import org.gkml.write.YamlFixer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gkml validate FILE...}: check catalogs, power lists and service lists. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check spreadsheets (.xlsx, .xls, .csv) and YAML catalogs.", "检查目录、权责清单、公共服务事项清单。"})
public final class ValidateCommand implements Callable<Integer> {

  @Mixin CommonOptions options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND", description = "what the spreadsheets are: catalog, power, service (default: recognised from the headers)")
  String kind;

  @Option(names = "--orgs", paramLabel = "FILE", description = "the county's bodies, one per line: an owner not listed is an error")
  Path orgs;

  @Option(names = "--fix", description = "write corrected copies of the YAML catalogs and .xlsx/.xls workbooks into the directory -o DIR names "
      + "(or, with --in-place, over the inputs, keeping FILE.bak), applying only the fixes marked safe")
  boolean fix;

  @Option(names = "--in-place", description = "with --fix: rewrite the inputs themselves; each keeps a .bak copy")
  boolean inPlace;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "files to check")
  List<Path> files;

  @Option(names = "--max-findings", paramLabel = "N",
      description = "list at most N findings (the summary still counts them all); bounds memory on huge inputs")
  Integer maxFindings;

  @Option(names = "--jobs", paramLabel = "N",
      description = "check up to N files at once (default: the number of processor cores)")
  Integer jobs;

  /** The environment, for the progress decision; tests replace it. */
  Map<String, String> environment = System.getenv();
  /** Whether standard error faces a person; tests replace it. */
  boolean terminal = System.console() != null;

  /** --config, else the nearest gkml.yaml, else the defaults; --orgs replaces the bodies registry. */
  private Config config() {
    try {
      Path file = options.config != null ? options.config : Config.nearest(Path.of(""));
      if (options.config != null && !java.nio.file.Files.isRegularFile(file)) {
        throw new ConfigException("configuration file not found: " + file);
      }
      Config c = file == null ? Config.defaults() : Config.load(file, BuiltInRules.infos());
      return orgs == null ? c : c.withBodies(Config.readBodies(orgs));
    } catch (ConfigException e) {
      throw new GkmlCommand.UsageException(e.getMessage());
    }
  }

  /** Where each input's corrected copy goes (null for inputs --fix cannot correct), checked before anything is read. */
  private record FixTargets(Map<Path, Path> byInput) {}

  private FixTargets fixTargets() {
    if (inPlace && !fix) {
      throw new GkmlCommand.UsageException("--in-place only goes with --fix");
    }
    if (!fix) {
      return null;
    }
    if (inPlace == (options.output != null)) {
      throw new GkmlCommand.UsageException(inPlace
          ? "--fix --in-place rewrites the inputs; -o DIR writes copies: choose one"
          : "--fix needs -o DIR (corrected copies) or --in-place (rewrite the inputs, keeping .bak)");
    }
    Path dir = options.output;
    if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new GkmlCommand.UsageException("-o " + dir + " is a file; with --fix it names a directory");
    }
    Map<Path, Path> byInput = new LinkedHashMap<>();
    Set<Path> used = new HashSet<>();
    for (Path f : files) {
      if (!isYaml(f) && !isWorkbook(f)) {
        continue; // CSV files are not corrected (yet); unreadable inputs are reported by the check
      }
      Path target = inPlace ? f : dir.resolve(f.getFileName().toString());
      if (!inPlace && sameFile(target, f)) {
        throw new GkmlCommand.UsageException("-o " + dir + " would overwrite the input " + f
            + "; use another directory, or --in-place to rewrite it (keeping " + f.getFileName() + ".bak)");
      }
      if (!used.add(target.toAbsolutePath().normalize())) {
        throw new GkmlCommand.UsageException("two inputs would be written to " + target);
      }
      byInput.put(f, target);
    }
    return new FixTargets(byInput);
  }

  private static String oneLine(String s) {
    return s.replace("\r\n", "⏎").replace("\n", "⏎");
  }

  private static boolean isWorkbook(Path f) {
    try {
      Inputs.Format format = Inputs.formatOf(f);
      return format == Inputs.Format.XLSX || format == Inputs.Format.XLS;
    } catch (org.gkml.read.InputException e) {
      return false;
    }
  }

  /** A workbook's safe fixes, cell by cell, written as a copy (or in place with .bak); a write error is thrown. */
  private void fixWorkbook(Path f, FileResult r, Path target, Messages m, PrintWriter err) throws IOException {
    WorkbookFixer fixer = WorkbookFixer.open(f);
    try {
      WorkbookFixer.Result o = fixer.apply(r.findings());
      if (inPlace && !o.changed()) {
        if (!options.quiet) {
          err.println(m.get("fix.none", f));
        }
        return;
      }
      AtomicOutput.write(target, true, inPlace, fixer::write);
      if (!options.quiet) {
        err.println(m.get(inPlace ? "fix.in-place" : "fix.copy", f, target, o.changes().size()));
        for (WorkbookFixer.Change c : o.changes()) {
          err.println(m.get("fix.change", c.cell(), c.rule(), oneLine(c.before()), oneLine(c.after())));
        }
        if (o.unapplied() > 0) {
          err.println(m.get("fix.unapplied", o.unapplied()));
        }
      }
    } finally {
      fixer.close();
    }
  }

  private static boolean isYaml(Path f) {
    try {
      return Inputs.formatOf(f) == Inputs.Format.YAML;
    } catch (org.gkml.read.InputException e) {
      return false;
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
          : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes each corrected copy and says what changed (stderr: stdout carries the report). False on a write error. */
  private boolean writeFixes(Checker checker, List<FileResult> results, FixTargets targets) {
    Messages m = options.messages();
    PrintWriter err = spec.commandLine().getErr();
    boolean ok = true;
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      FileResult r = results.get(i);
      Path target = targets.byInput().get(f);
      if (target == null) {
        if (!options.quiet) {
          err.println(m.get("fix.spreadsheet", f));
        }
        continue;
      }
      if (r.failed()) {
        continue;
      }
      try {
        if (isWorkbook(f)) {
          fixWorkbook(f, r, target, m, err);
          continue;
        }
        CatalogFixer.Outcome o = CatalogFixer.fix(checker, f, r.findings());
        if (inPlace && !o.changed()) {
          if (!options.quiet) {
            err.println(m.get("fix.none", f));
          }
          continue;
        }
        byte[] bytes = o.text().getBytes(StandardCharsets.UTF_8);
        AtomicOutput.write(target, true, inPlace, out -> out.write(bytes));
        if (!options.quiet) {
          err.println(m.get(inPlace ? "fix.in-place" : "fix.copy", f, target, o.changes().size()));
          for (YamlFixer.Change c : o.changes()) {
            err.println(m.get("fix.change", c.line() + ":" + c.column(), c.rule(), oneLine(c.before()), oneLine(c.after())));
          }
          if (o.unapplied() > 0) {
            err.println(m.get("fix.unapplied", o.unapplied()));
          }
        }
      } catch (IOException | RuntimeException e) {
        err.println(m.get("fix.failed", f, e.getMessage()));
        if (options.debug) {
          e.printStackTrace(err);
        }
        ok = false;
      }
    }
    err.flush();
    return ok;
  }

  @Override
  public Integer call() throws IOException {
    InputKind forced = null;
    if (kind != null) {
      try {
        forced = InputKind.fromId(kind);
      } catch (IllegalArgumentException e) {
        throw new GkmlCommand.UsageException("unknown --kind " + kind + " (catalog, power, service)");
      }
    }
    Severity threshold;
    try {
      threshold = options.failThreshold();
    } catch (IllegalArgumentException e) {
      throw new GkmlCommand.UsageException("unknown --fail-on " + options.failOn + " (error, warning, info, never)");
    }
    ReportOutput.reporter(options.format); // fail on a bad --format before reading anything
    FixTargets targets = fixTargets();
    Config config = config();
    if (maxFindings != null && maxFindings < 0) {
      throw new GkmlCommand.UsageException("--max-findings must be 0 or more");
    }
    if (jobs != null && jobs < 1) {
      throw new GkmlCommand.UsageException("--jobs must be 1 or more");
    }
    RunProgress progress = new RunProgress();
    Checker checker = new Checker(forced, BuiltInRules.ALL, config.severities(), config.options(),
        options.limits.readLimits()).progress(progress);
    if (maxFindings != null) {
      checker.maxFindings(maxFindings);
    }
    List<FileResult> results;
    boolean showProgress = ProgressLine.wanted(terminal, environment, options.quiet, ProgressLine.sizeOf(files));
    try (ProgressLine line = showProgress
        ? new ProgressLine(progress, spec.commandLine().getErr(), options.messages()) : null) {
      results = ParallelChecks.run(checker, files, jobs == null ? Runtime.getRuntime().availableProcessors() : jobs);
    }
    for (FileResult r : results) {
      if (options.debug && r.cause() != null) {
        r.cause().printStackTrace(spec.commandLine().getErr());
      }
    }
    RunResult run = new RunResult(results);
    if (maxFindings != null) {
      run.limitFindings(maxFindings);
    }
    Path reportFile = options.output;
    if (fix) {
      options.output = null; // with --fix, -o names the directory of the corrected copies; the report goes to stdout
    }
    ReportOutput.write(options, run, spec);
    options.output = reportFile;
    if (fix && !writeFixes(checker, results, targets)) {
      return ExitCodes.BAD_INPUT;
    }
    if (run.unreadable() > 0) {
      return ExitCodes.BAD_INPUT;
    }
    return run.failsAt(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
