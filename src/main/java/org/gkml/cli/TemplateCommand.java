package org.gkml.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gkml.export.ExportException;
import org.gkml.export.ExportField;
import org.gkml.export.TemplateWriter;
import org.gkml.i18n.Messages;
import org.gkml.reference.PilotField;
import org.gkml.reference.PilotFields;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gkml template --field NAME -o FILE.xlsx}: a blank catalog workbook in the national template. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = {"A blank catalog workbook in the national template, with drop-down lists.",
        "生成某个试点领域的空白标准目录工作簿（国家模板，带下拉选项）。"})
public final class TemplateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--field", paramLabel = "NAME", required = true, description = "the pilot field (name, alias or code)")
  String field;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", required = true, description = "the workbook to write")
  Path output;

  @Option(names = "--region", paramLabel = "NAME", defaultValue = "", description = "the county, for the title row")
  String region;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "100", description = "empty item rows (default: 100)")
  int rows;

  @Option(names = "--force", description = "replace the file if it exists")
  boolean force;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of messages (default: zh)")
  String lang;

  @Override
  public Integer call() throws IOException {
    Messages m = Messages.of(lang);
    PilotField f = PilotFields.builtIn().find(field);
    if (f == null) {
      throw new GkmlCommand.UsageException(m.get("export.field-unknown", field));
    }
    if (rows < 1 || rows > 100_000) {
      throw new GkmlCommand.UsageException("--rows must be between 1 and 100000");
    }
    try {
      Path written = TemplateWriter.write(new ExportField(region, f.code(), f.name()), rows, output, force);
      spec.commandLine().getOut().println(m.get("template.written", written));
      return ExitCodes.OK;
    } catch (ExportException e) {
      spec.commandLine().getErr().println("gkml: " + m.get(e.key(), e.args()));
      return ExitCodes.BAD_INPUT;
    }
  }
}
