package org.gkml.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.reference.PilotField;
import org.gkml.reference.PilotFields;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gkml fields}: the pilot fields with their codes, names, aliases and issuing departments. */
@Command(name = "fields", mixinStandardHelpOptions = true,
    description = {"List the pilot fields: code, name, aliases, issuing department.", "列出试点领域：代码、名称、别名、指导部门。"})
public final class FieldsCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: text)")
  String format;

  @Override
  public Integer call() throws IOException {
    List<PilotField> fields = PilotFields.builtIn().all();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "text" -> {
        for (PilotField f : fields) {
          String number = f.number() == null ? "  " : String.format("%2d", f.number());
          String aliases = f.aliases().isEmpty() ? "" : "（又称：" + String.join("、", f.aliases()) + "）";
          String merges = f.merges().isEmpty() ? "" : "［合并：" + String.join("、", f.merges()) + "］";
          out.printf("%s  %-14s %s%s%s  %s%n", number, f.code(), f.name(), aliases, merges,
              f.department() == null ? "" : f.department());
        }
      }
      case "json" -> {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (PilotField f : fields) {
          g.writeStartObject();
          g.writeStringField("code", f.code());
          g.writeStringField("name", f.name());
          if (f.number() == null) {
            g.writeNullField("number");
          } else {
            g.writeNumberField("number", f.number());
          }
          writeList(g, "aliases", f.aliases());
          g.writeStringField("department", f.department());
          g.writeStringField("document", f.document());
          writeList(g, "merges", f.merges());
          g.writeStringField("mergedInto", f.mergedInto());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        out.println();
      }
      default -> throw new GkmlCommand.UsageException("unknown --format " + format + " (text, json)");
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void writeList(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
