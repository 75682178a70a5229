package org.gkml.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gkml.compare.CatalogInputs;
import org.gkml.compare.CompareTexts;
import org.gkml.compare.Coverage;
import org.gkml.compare.CoverageAssignments;
import org.gkml.compare.CoverageReport;
import org.gkml.compare.LoadedCatalog;
import org.gkml.domain.ChannelVocabulary;
import org.gkml.domain.LawRegistry;
import org.gkml.reference.PilotField;
import org.gkml.reference.PilotFields;
import org.gkml.reference.ReferenceException;
import org.gkml.reference.ReferenceItems;
import org.gkml.write.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gkml coverage CATALOG --field NAME}: the catalog against its field's reference items: which it matches,
 * which are missing, what the county added, and where matched items fall short. Exit 1 when a required reference item
 * is missing.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = {"Compare a catalog with its field's reference items (the national guideline).",
        "对照领域参考事项（国家标准指引）检查目录：缺少哪些事项、新增了哪些、哪些要素不及参考。"})
public final class CoverageCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "CATALOG", description = "YAML catalog or workbook in the national template")
  Path catalog;

  @Option(names = "--field", paramLabel = "NAME", description = "pilot field: code, name or alias (default: the catalog's own)")
  String field;

  @Option(names = "--assign", paramLabel = "FILE", description = "pins: catalog item → reference item or none (YAML or CSV)")
  Path assign;

  @Option(names = "--reference", paramLabel = "FILE", description = "reference items file (default: the shipped catalogs/standard-items/CODE.yaml)")
  Path reference;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or xlsx (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE (required for xlsx)")
  Path output;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of the report (default: zh)")
  String lang;

  @Option(names = "--debug", description = "print stack traces of internal errors")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json") && !fmt.equals("xlsx")) {
      throw new GkmlCommand.UsageException("unknown --format " + format + " (text, json, xlsx)");
    }
    if (fmt.equals("xlsx") && output == null) {
      throw new GkmlCommand.UsageException("--format xlsx writes a workbook: give -o FILE.xlsx");
    }
    CompareTexts t = CompareTexts.of(lang);
    PilotFields fields = PilotFields.builtIn();
    PilotField wanted = null;
    if (field != null) {
      wanted = fields.find(field);
      if (wanted == null && reference == null) {
        throw new GkmlCommand.UsageException(t.get("coverage.unknown-field", field));
      }
    }
    LoadedCatalog loaded;
    try {
      loaded = new CatalogInputs(fields).read(catalog, catalog.toString());
    } catch (CatalogInputs.Unreadable e) {
      if (debug && e.reason().getCause() != null) {
        e.reason().getCause().printStackTrace(spec.commandLine().getErr());
      }
      throw new GkmlCommand.UsageException(UnreadableInput.describe(e, lang));
    }
    String fieldName;
    if (wanted != null) {
      fieldName = wanted.name();
    } else if (field != null) {
      fieldName = field.strip();
    } else {
      String own = loaded.singleField();
      PilotField f = own == null ? null : fields.find(own);
      if (f == null && reference == null) {
        throw new GkmlCommand.UsageException(t.get("coverage.no-field"));
      }
      wanted = f;
      fieldName = f != null ? f.name() : own == null ? "" : own;
    }
    ReferenceItems refs;
    CoverageAssignments pins;
    Coverage.Result result;
    try {
      refs = reference != null ? ReferenceItems.load(reference) : ReferenceItems.builtIn(wanted);
      if (refs == null) {
        throw new GkmlCommand.UsageException(t.get("coverage.no-reference", wanted.name(), wanted.code()));
      }
      pins = assign == null ? CoverageAssignments.none() : CoverageAssignments.load(assign);
      result = new Coverage(LawRegistry.shipped(), ChannelVocabulary.shipped()).compare(loaded, fieldName, refs, pins);
    } catch (ReferenceException e) {
      throw new GkmlCommand.UsageException(e.getMessage());
    }
    for (CoverageAssignments.Pin p : pins.pins()) {
      if (loaded.items().stream().noneMatch(e -> pins.pinFor(e) == p)) {
        throw new GkmlCommand.UsageException(t.get("coverage.pin-unused", pins.source(), p.line(), p.item()));
      }
    }
    CoverageReport report = new CoverageReport(result, t);
    if (output != null) {
      AtomicOutput.write(output, true, false, out -> {
        switch (fmt) {
          case "xlsx" -> report.xlsx(out);
          case "json" -> report.json(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          default -> report.text(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }
      });
    } else {
      StringWriter sw = new StringWriter();
      if (fmt.equals("json")) {
        report.json(sw);
      } else {
        report.text(sw);
      }
      spec.commandLine().getOut().print(sw);
      spec.commandLine().getOut().flush();
    }
    return result.missingRequired() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
