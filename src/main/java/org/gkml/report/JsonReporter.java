package org.gkml.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.gkml.Version;
import org.gkml.check.FileResult;
import org.gkml.i18n.Messages;
import org.gkml.model.Location;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;

/** Findings as JSON, exactly the shape of CONTRACT.md (plus {@code help}, and {@code encoding}/{@code skipped} on files). */
public final class JsonReporter implements Reporter {

  @Override
  public void write(RunResult run, Messages m, Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    writeTool(g);

    g.writeArrayFieldStart("files");
    for (FileResult f : run.files()) {
      g.writeStartObject();
      g.writeStringField("path", f.path());
      if (f.failed()) {
        g.writeStringField("error", FindingText.error(f, m));
        g.writeEndObject();
        continue;
      }
      g.writeStringField("kind", f.kind() == null ? null : f.kind().id());
      g.writeNumberField("items", f.items());
      g.writeArrayFieldStart("sheets");
      for (String s : f.sheets()) {
        g.writeString(s);
      }
      g.writeEndArray();
      if (f.encoding() != null) {
        g.writeStringField("encoding", f.encoding());
      }
      if (f.field() != null) {
        g.writeStringField("field", f.field());
      }
      if (!f.skipped().isEmpty()) {
        g.writeArrayFieldStart("skipped");
        for (FileResult.Skipped s : f.skipped()) {
          g.writeStartObject();
          g.writeStringField("sheet", s.sheet());
          g.writeStringField("reason", m.get(s.reasonKey()));
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("findings");
    for (FileResult f : run.files()) {
      for (Finding x : f.findings()) {
        writeFinding(g, f.path(), x, m);
      }
    }
    g.writeEndArray();

    g.writeObjectFieldStart("summary");
    g.writeNumberField("files", run.files().size());
    g.writeNumberField("items", run.items());
    g.writeNumberField("errors", run.count(Severity.ERROR));
    g.writeNumberField("warnings", run.count(Severity.WARNING));
    g.writeNumberField("infos", run.count(Severity.INFO));
    g.writeNumberField("unreadable", run.unreadable());
    if (run.truncated() > 0) {
      // An extension of CONTRACT.md's summary: findings counted above but left out of "findings" (--max-findings).
      g.writeNumberField("truncated", run.truncated());
    }
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  /** The {@code tool} object every JSON output of gkml opens with. */
  public static void writeTool(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", "gkml");
    g.writeStringField("version", Version.VERSION);
    g.writeEndObject();
  }

  static void writeFinding(JsonGenerator g, String file, Finding x, Messages m) throws IOException {
    Location l = x.location();
    g.writeStartObject();
    g.writeStringField("file", file);
    g.writeStringField("sheet", l.sheet());
    writeNullableInt(g, "row", l.isYaml() || l.row() <= 0 ? null : l.row());
    g.writeStringField("cell", l.cellRef());
    writeNullableInt(g, "line", l.isYaml() ? l.line() : null);
    writeNullableInt(g, "column", l.isYaml() ? l.column() : null);
    g.writeStringField("item", x.item());
    g.writeStringField("element", x.element().jsonName());
    g.writeStringField("rule", x.rule());
    g.writeStringField("severity", x.severity().id());
    g.writeStringField("message", FindingText.message(x, m));
    g.writeStringField("value", x.value());
    if (x.fix() != null) {
      g.writeStringField("fix", x.fix());
    }
    g.writeStringField("help", FindingText.help(x, m));
    g.writeEndObject();
  }

  private static void writeNullableInt(JsonGenerator g, String name, Integer v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, v);
    }
  }
}
