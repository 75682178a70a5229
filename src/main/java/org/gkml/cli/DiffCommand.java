package org.gkml.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gkml.compare.CatalogDiff;
import org.gkml.compare.CatalogInputs;
import org.gkml.compare.CompareTexts;
import org.gkml.compare.DiffReport;
import org.gkml.compare.LoadedCatalog;
import org.gkml.reference.PilotFields;
import org.gkml.write.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gkml diff OLD NEW}: what changed between two versions of a catalog (YAML, template workbook, or a
 * directory of them): items added, removed, changed element by element, renamed and moved between fields.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Show what changed between two versions of a catalog.",
        "比较目录的两个版本：新增、删除、修改（逐个要素）、改名和调整领域的事项。"})
public final class DiffCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "the earlier version: YAML catalog, workbook or directory")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "the later version: YAML catalog, workbook or directory")
  Path after;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, xlsx or html (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE (required for xlsx)")
  Path output;

  @Option(names = "--fail-on", paramLabel = "WHAT", defaultValue = "never",
      description = "exit 1 when something was removed, changed (changed, renamed or moved), or any difference; never (default)")
  String failOn;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of the report (default: zh)")
  String lang;

  @Option(names = "--debug", description = "print stack traces of internal errors")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json") && !fmt.equals("xlsx") && !fmt.equals("html")) {
      throw new GkmlCommand.UsageException("unknown --format " + format + " (text, json, xlsx, html)");
    }
    if (fmt.equals("xlsx") && output == null) {
      throw new GkmlCommand.UsageException("--format xlsx writes a workbook: give -o FILE.xlsx");
    }
    String fail = failOn.toLowerCase(Locale.ROOT);
    if (!fail.equals("removed") && !fail.equals("changed") && !fail.equals("any") && !fail.equals("never")) {
      throw new GkmlCommand.UsageException("unknown --fail-on " + failOn + " (removed, changed, any, never)");
    }
    CatalogInputs inputs = new CatalogInputs(PilotFields.builtIn());
    LoadedCatalog old = read(inputs, before);
    LoadedCatalog neu = read(inputs, after);
    CatalogDiff.Result result = new CatalogDiff().compare(old, neu);
    DiffReport report = new DiffReport(result, CompareTexts.of(lang));
    if (output != null) {
      AtomicOutput.write(output, true, false, out -> {
        switch (fmt) {
          case "xlsx" -> report.xlsx(out);
          case "json" -> report.json(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          case "html" -> report.html(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          default -> report.text(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }
      });
    } else {
      StringWriter sw = new StringWriter();
      switch (fmt) {
        case "json" -> report.json(sw);
        case "html" -> report.html(sw);
        default -> report.text(sw);
      }
      spec.commandLine().getOut().print(sw);
      spec.commandLine().getOut().flush();
    }
    boolean fails = switch (fail) {
      case "removed" -> !result.removed().isEmpty();
      case "changed" -> !result.changed().isEmpty();
      case "any" -> result.any();
      default -> false;
    };
    return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private LoadedCatalog read(CatalogInputs inputs, Path path) {
    try {
      return inputs.read(path, path.toString());
    } catch (CatalogInputs.Unreadable e) {
      if (debug && e.reason().getCause() != null) {
        e.reason().getCause().printStackTrace(spec.commandLine().getErr());
      }
      throw new GkmlCommand.UsageException(UnreadableInput.describe(e, lang));
    }
  }
}
