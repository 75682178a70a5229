package org.gkml.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gkml.check.Checker;
import org.gkml.check.FileResult;
import org.gkml.i18n.Messages;
import org.gkml.model.InputKind;
import org.gkml.pipeline.Assignments;
import org.gkml.pipeline.BuildResult;
import org.gkml.pipeline.CatalogBuilder;
import org.gkml.pipeline.DisclosureItem;
import org.gkml.pipeline.SourceLists;
import org.gkml.read.InputException;
import org.gkml.read.ReadLimits;
import org.gkml.reference.Mapping;
import org.gkml.reference.PilotField;
import org.gkml.reference.PilotFields;
import org.gkml.reference.ReferenceException;
import org.gkml.report.BuildReport;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Severity;
import org.gkml.write.AtomicOutput;
import org.gkml.write.YamlCatalogWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gkml build --power FILE... --service FILE... -o DIR}: derive the disclosure items from the lists, sort them
 * into the pilot fields, write one YAML catalog per field and a build report ({@code build-report.txt},
 * {@code build-report.json}), then validate what was written.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Derive the disclosure catalogs, one per pilot field, from power and service lists.",
        "由权责清单和公共服务事项清单生成各试点领域的政务公开事项标准目录。"})
public final class BuildCommand implements Callable<Integer> {

  public static final String REPORT_TEXT = "build-report.txt";
  public static final String REPORT_JSON = "build-report.json";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--power", paramLabel = "FILE", arity = "1..*", description = "权责清单 (.xlsx, .xls, .csv)")
  List<Path> power = new ArrayList<>();

  @Option(names = "--service", paramLabel = "FILE", arity = "1..*", description = "公共服务事项清单 (.xlsx, .xls, .csv)")
  List<Path> service = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "directory for the catalogs and the build report (created if missing)")
  Path output;

  @Option(names = "--region", paramLabel = "NAME", description = "the county, for catalog names (default: from the owners)")
  String region;

  @Option(names = "--mapping", paramLabel = "FILE", description = "the county's own mapping (default: catalogs/mapping.yaml)")
  Path mapping;

  @Option(names = "--assign", paramLabel = "FILE", description = "pins: source row (FILE:ROW) or name pattern → field")
  Path assign;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "report printed on standard output: text, json (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of the report (default: zh)")
  String lang;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "exit 1 when validating the written catalogs finds something at or above LEVEL (default: error)")
  String failOn;

  @Option(names = {"-q", "--quiet"}, description = "print nothing on success; the report is still written to DIR")
  boolean quiet;

  @Option(names = "--debug", description = "print stack traces of internal errors")
  boolean debug;

  @Mixin LimitOptions limits;

  @Override
  public Integer call() throws IOException {
    if (power.isEmpty() && service.isEmpty()) {
      throw new GkmlCommand.UsageException("give at least one list: --power FILE or --service FILE");
    }
    Severity threshold;
    try {
      threshold = Severity.fromId(failOn);
    } catch (IllegalArgumentException e) {
      throw new GkmlCommand.UsageException("unknown --fail-on " + failOn + " (error, warning, info, never)");
    }
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new GkmlCommand.UsageException("unknown --format " + format + " (text, json)");
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new GkmlCommand.UsageException("-o " + output + " is a file; build writes a directory");
    }
    Messages m = Messages.of(lang);
    ReadLimits readLimits = limits.readLimits();
    PilotFields fields = PilotFields.builtIn();
    CatalogBuilder builder;
    try {
      Mapping map = mapping == null ? Mapping.builtIn() : Mapping.load(mapping);
      Assignments pins = assign == null ? Assignments.none() : Assignments.load(assign, fields);
      builder = new CatalogBuilder(fields, map, pins);
    } catch (ReferenceException e) {
      throw new GkmlCommand.UsageException(e.getMessage());
    }
    read(builder, power, InputKind.POWER, "power", readLimits);
    read(builder, service, InputKind.SERVICE, "service", readLimits);
    BuildResult result = builder.build(region);

    Files.createDirectories(output);
    List<BuildReport.Written> written = new ArrayList<>();
    Checker checker = new Checker(null, BuiltInRules.ALL, Map.of());
    for (Map.Entry<PilotField, List<DisclosureItem>> e : result.catalogs().entrySet()) {
      PilotField f = e.getKey();
      String name = YamlCatalogWriter.fileName(f.code());
      Path target = output.resolve(name);
      YamlCatalogWriter.write(target, result.region() + f.name() + "领域基层政务公开标准目录", f.name(), result.region(),
          e.getValue());
      FileResult validation = checker.check(target, name);
      if (debug && validation.cause() != null) {
        validation.cause().printStackTrace(spec.commandLine().getErr());
      }
      written.add(new BuildReport.Written(f, name, validation));
    }
    BuildReport report = new BuildReport(result, written);
    AtomicOutput.write(output.resolve(REPORT_TEXT), true, false, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      report.text(m, w);
    });
    AtomicOutput.write(output.resolve(REPORT_JSON), true, false, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      report.json(m, w);
    });
    boolean unreadable = report.anyUnreadable();
    boolean fails = report.failsAt(threshold);
    if (!quiet || unreadable || fails) {
      // Straight to standard output: the report of a million-row list is as long as its unclassified matters.
      PrintWriter stdout = spec.commandLine().getOut();
      if (fmt.equals("json")) {
        report.json(m, stdout);
      } else {
        report.text(m, stdout);
        stdout.write(m.get("build.written", output.toString()) + "\n");
      }
      stdout.flush();
    }
    if (unreadable) {
      return ExitCodes.BAD_INPUT;
    }
    return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private void read(CatalogBuilder builder, List<Path> files, InputKind kind, String kindId,
      ReadLimits readLimits) {
    for (Path f : files) {
      String display = f.toString();
      try {
        SourceLists.read(f, display, kind, builder.sink(display, kindId), readLimits);
      } catch (InputException e) {
        if (debug) {
          e.printStackTrace(spec.commandLine().getErr());
        }
        builder.failed(display, kindId, e.key(), e.place(), e.args());
      } catch (RuntimeException e) {
        if (debug) {
          e.printStackTrace(spec.commandLine().getErr());
        }
        builder.failed(display, kindId, "input.internal", null, e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }
}
