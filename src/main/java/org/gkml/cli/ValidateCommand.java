package org.gkml.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.check.Checker;
import org.gkml.config.Config;
import org.gkml.config.ConfigException;
import org.gkml.check.FileResult;
import org.gkml.model.InputKind;
import org.gkml.report.RunResult;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Severity;
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

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "files to check")
  List<Path> files;

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
    Config config = config();
    Checker checker = new Checker(forced, BuiltInRules.ALL, config.severities(), config.options(),
        options.limits.readLimits());
    List<FileResult> results = new ArrayList<>();
    for (Path f : files) {
      FileResult r = checker.check(f, f.toString());
      if (options.debug && r.cause() != null) {
        r.cause().printStackTrace(spec.commandLine().getErr());
      }
      results.add(r);
    }
    RunResult run = new RunResult(results);
    ReportOutput.write(options, run, spec);
    if (run.unreadable() > 0) {
      return ExitCodes.BAD_INPUT;
    }
    return run.failsAt(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
