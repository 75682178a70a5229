package org.gkml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.config.Config;
import org.gkml.config.ConfigException;
import org.gkml.export.ExportException;
import org.gkml.export.ExportFormat;
import org.gkml.export.ExportOptions;
import org.gkml.export.ExportRun;
import org.gkml.i18n.Messages;
import org.gkml.read.InputException;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gkml export CATALOG... --format xlsx,yaml,json -o DIR}: standardized catalogs per pilot field. The work is
 * {@link ExportRun}'s; this class turns options into settings and results into a summary and an exit code.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export catalogs per pilot field: the national template workbook and open formats.",
        "按试点领域导出标准目录：国家模板工作簿（xlsx）及 yaml、json 等开放格式。"})
public final class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "CATALOG", arity = "1..*",
      description = "catalogs: YAML (.yaml, .yml, .json) or workbooks in the template (.xlsx, .xls, .csv)")
  List<Path> inputs;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", required = true,
      description = "xlsx, yaml, json, csv, html, datapackage (repeat the option or give a comma list)")
  List<String> formats;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "output directory (created if missing)")
  Path output;

  @Option(names = "--single", description = "xlsx: one workbook (catalog.xlsx) with a sheet per field")
  boolean single;

  @Option(names = "--force", description = "replace files that exist already (an input is never replaced)")
  boolean force;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "csv: text encoding, e.g. GB18030 (default: UTF-8 with BOM)")
  String encoding;

  @Option(names = "--field", paramLabel = "NAME", description = "the pilot field of every input (default: from each input)")
  String field;

  @Option(names = "--region", paramLabel = "NAME", description = "the county for titles (default: from each input)")
  String region;

  @Option(names = "--check", description = "run the rules and carry each item's findings (html marks them)")
  boolean check;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "with --check: exit 1 when a finding is at or above LEVEL (default: error)")
  String failOn;

  @Option(names = "--config", paramLabel = "FILE", description = "with --check: gkml.yaml (default: the nearest one)")
  Path config;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of messages (default: zh)")
  String lang;

  @Option(names = {"-q", "--quiet"}, description = "print nothing on success")
  boolean quiet;

  @Option(names = "--debug", description = "print stack traces of internal errors")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    Messages m = Messages.of(lang);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Severity threshold;
    try {
      threshold = Severity.fromId(failOn);
    } catch (IllegalArgumentException e) {
      throw new GkmlCommand.UsageException("unknown --fail-on " + failOn + " (error, warning, info, never)");
    }
    Charset charset = StandardCharsets.UTF_8;
    if (encoding != null) {
      try {
        charset = Charset.forName(encoding);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new GkmlCommand.UsageException(m.get("export.encoding-unknown", encoding));
      }
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new GkmlCommand.UsageException(m.get("export.output-not-directory", output));
    }
    try {
      List<ExportFormat> chosen = new ArrayList<>();
      for (String f : formats) {
        if (f.isBlank()) {
          continue;
        }
        ExportFormat format = ExportFormat.of(f);
        if (!chosen.contains(format)) {
          chosen.add(format);
        }
      }
      Config cfg = check ? config() : Config.defaults();
      Files.createDirectories(output);
      ExportOptions options = new ExportOptions(output, single, force, charset, inputs, m.lang());
      ExportRun run = new ExportRun(new ExportRun.Settings(inputs, chosen, options, field, region, check,
          BuiltInRules.ALL, cfg.severities(), cfg.options()));
      ExportRun.Result result;
      try {
        result = run.run();
      } catch (InputException e) {
        if (debug) {
          e.printStackTrace(err);
        }
        String place = e.place() == null ? "" : " (" + e.place() + ")";
        err.println("gkml: " + run.failedInput() + place + ": " + m.get(e.key(), e.args()));
        err.println(m.get("export.nothing-written"));
        return ExitCodes.BAD_INPUT;
      }
      if (!quiet) {
        for (ExportRun.Part p : result.parts()) {
          out.println(m.get("export.part", p.display() + (p.sheet() == null ? "" : "!" + p.sheet()),
              p.field().name(), p.items()));
        }
        for (Path p : result.written()) {
          out.println(m.get("export.written", p));
        }
        if (check) {
          out.println(m.get("export.checked", result.count(Severity.ERROR), result.count(Severity.WARNING),
              result.count(Severity.INFO)));
        }
        out.flush();
      }
      boolean fails = check && threshold != Severity.OFF && result.findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
      return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    } catch (ExportException e) {
      if (debug) {
        e.printStackTrace(err);
      }
      err.println("gkml: " + m.get(e.key(), e.args()));
      err.println(m.get("export.nothing-written"));
      return ExitCodes.BAD_INPUT;
    } catch (FileAlreadyExistsException e) {
      err.println("gkml: " + m.get("export.target-exists", e.getFile()));
      return ExitCodes.BAD_INPUT;
    }
  }

  private Config config() {
    try {
      Path file = config != null ? config : Config.nearest(Path.of(""));
      if (config != null && !Files.isRegularFile(file)) {
        throw new ConfigException("configuration file not found: " + file);
      }
      return file == null ? Config.defaults() : Config.load(file, BuiltInRules.infos());
    } catch (ConfigException e) {
      throw new GkmlCommand.UsageException(e.getMessage());
    }
  }
}
