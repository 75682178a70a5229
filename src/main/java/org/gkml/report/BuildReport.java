package org.gkml.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.gkml.check.FileResult;
import org.gkml.i18n.Messages;
import org.gkml.model.ElementKind;
import org.gkml.pipeline.BuildResult;
import org.gkml.pipeline.DisclosureItem;
import org.gkml.pipeline.FileStats;
import org.gkml.pipeline.Matter;
import org.gkml.pipeline.SkippedRow;
import org.gkml.pipeline.SourceRow;
import org.gkml.reference.PilotField;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;

/**
 * The build report, as text for people and JSON for scripts: rows read per file and category, the catalogs with
 * items per field, the 未归类 matters and skipped rows with reasons, and the validation of what was written, split
 * into findings on elements taken from the lists as written (owner, basis) and on elements build derived itself.
 * Holds no dates or timings, so the same build gives the same report.
 */
public final class BuildReport {

  /** One catalog written, and the result of validating it. */
  public record Written(PilotField field, String file, FileResult validation) {}

  private final BuildResult result;
  private final List<Written> written;

  /** The report names the catalogs by file name only, so that it is the same whichever directory it is written to. */
  public BuildReport(BuildResult result, List<Written> written) {
    this.result = result;
    this.written = written;
  }

  /** Findings on owner and basis come from the source rows' cells; everything else build composed. */
  public static boolean fromSource(Finding f) {
    return f.element() == ElementKind.OWNER || f.element() == ElementKind.BASIS;
  }

  public long count(boolean source, Severity s) {
    return written.stream().flatMap(w -> w.validation().findings().stream())
        .filter(f -> fromSource(f) == source && f.severity() == s).count();
  }

  public boolean failsAt(Severity threshold) {
    if (threshold == Severity.OFF) {
      return false;
    }
    return written.stream().flatMap(w -> w.validation().findings().stream())
        .anyMatch(f -> f.severity().atLeast(threshold));
  }

  public boolean anyUnreadable() {
    return result.files().stream().anyMatch(FileStats::failed)
        || written.stream().anyMatch(w -> w.validation().failed());
  }

  private int rowsInItems() {
    int n = 0;
    for (List<Matter> matters : result.classified().values()) {
      n += BuildResult.rows(matters);
    }
    return n;
  }

  private int rowsUnclassified() {
    return BuildResult.rows(result.unclassified());
  }

  // ---------------------------------------------------------------------------------------------- text

  /** Writes the text report to {@code out} as it goes (a build of a million rows lists many matters). */
  public void text(Messages m, Writer out) throws IOException {
    Writer to = out instanceof BufferedWriter || out instanceof StringWriter || out instanceof PrintWriter ? out
        : new BufferedWriter(out, 1 << 16);
    to.append(m.get("build.title", result.region())).append("\n\n");
    to.append(m.get("build.inputs")).append('\n');
    for (FileStats f : result.files()) {
      String kind = m.get("build.input." + f.kind());
      if (f.failed()) {
        to.append("  ").append(m.get("build.input.failed", f.file(), kind, m.get(f.errorKey(), f.errorArgs())
            + (f.errorPlace() != null ? " [" + f.errorPlace() + "]" : ""))).append('\n');
        continue;
      }
      to.append("  ").append(m.get("build.input.line", f.file(), kind, String.valueOf(f.rows())));
      StringBuilder cats = new StringBuilder();
      for (Map.Entry<String, Integer> c : f.categories().entrySet()) {
        cats.append(cats.length() == 0 ? "" : "，").append(c.getKey()).append(' ').append(c.getValue());
      }
      to.append(cats.length() > 0 ? " — " + cats : "").append('\n');
    }
    to.append('\n').append(m.get("build.catalogs")).append('\n');
    if (written.isEmpty()) {
      to.append("  ").append(m.get("build.catalogs.none")).append('\n');
    }
    for (Written w : written) {
      List<DisclosureItem> items = result.catalogs().get(w.field());
      List<Matter> matters = mattersOf(w.field());
      to.append("  ").append(m.get("build.catalog.line", w.file(), w.field().name(), String.valueOf(items.size()),
          String.valueOf(matters.size()), String.valueOf(BuildResult.rows(matters)))).append('\n');
    }
    if (!result.unclassified().isEmpty()) {
      to.append('\n').append(m.get("build.unclassified", String.valueOf(result.unclassified().size()),
          String.valueOf(rowsUnclassified()))).append('\n');
      for (Matter x : result.unclassified()) {
        to.append("  ").append(x.name()).append(" [").append(x.owner()).append("] ").append(x.category())
            .append(" — ").append(m.get(x.classification().reasonKey(), x.classification().reasonArg()))
            .append(" (").append(rows(x.sources())).append(")\n");
      }
    }
    if (result.skippedRows() > 0) {
      to.append('\n').append(m.get("build.skipped", String.valueOf(result.skippedRows()))).append('\n');
      for (SkippedRow s : result.skipped()) {
        to.append("  ").append(s.row().display()).append(' ').append(s.name()).append(" — ")
            .append(m.get(s.reasonKey(), s.value())).append('\n');
      }
      if (result.skippedRows() > result.skipped().size()) {
        to.append("  ").append(m.get("build.skipped.more", String.valueOf(result.skippedRows() - result.skipped().size())))
            .append('\n');
      }
    }
    to.append('\n').append(m.get("build.validation")).append('\n');
    for (Written w : written) {
      FileResult v = w.validation();
      to.append("  ").append(m.get("build.validation.file", w.file(), count(v, Severity.ERROR),
          count(v, Severity.WARNING), count(v, Severity.INFO))).append('\n');
    }
    to.append("  ").append(m.get("build.validation.source", countText(true, Severity.ERROR),
        countText(true, Severity.WARNING), countText(true, Severity.INFO))).append('\n');
    to.append("  ").append(m.get("build.validation.derived", countText(false, Severity.ERROR),
        countText(false, Severity.WARNING), countText(false, Severity.INFO))).append('\n');
    for (Written w : written) {
      for (Finding f : w.validation().findings()) {
        to.append("    ").append(w.file()).append(':').append(f.location().display()).append(' ')
            .append(FindingText.severity(f, m)).append(' ').append(f.rule()).append(' ')
            .append(f.item() == null ? "" : f.item() + "：").append(FindingText.message(f, m)).append('\n');
      }
    }
    to.append('\n').append(m.get("build.totals", String.valueOf(result.rowsRead()), String.valueOf(rowsInItems()),
        String.valueOf(rowsUnclassified()), String.valueOf(result.skippedRows()),
        String.valueOf(result.catalogs().size()), String.valueOf(result.items()))).append('\n');
    to.flush();
    out.flush();
  }

  private static String count(FileResult v, Severity s) {
    return String.valueOf(v.findings().stream().filter(f -> f.severity() == s).count());
  }

  private String countText(boolean source, Severity s) {
    return String.valueOf(count(source, s));
  }

  private List<Matter> mattersOf(PilotField field) {
    return result.classified().getOrDefault(field, List.of());
  }

  private static String rows(List<SourceRow> rows) {
    StringBuilder sb = new StringBuilder();
    for (SourceRow r : rows) {
      sb.append(sb.length() == 0 ? "" : "；").append(r.display());
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------- JSON

  public void json(Messages m, Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    JsonReporter.writeTool(g);
    g.writeStringField("region", result.region());

    g.writeArrayFieldStart("inputs");
    for (FileStats f : result.files()) {
      g.writeStartObject();
      g.writeStringField("path", f.file());
      g.writeStringField("kind", f.kind());
      if (f.failed()) {
        g.writeStringField("error", m.get(f.errorKey(), f.errorArgs()) + (f.errorPlace() != null ? " [" + f.errorPlace() + "]" : ""));
      } else {
        g.writeNumberField("rows", f.rows());
        g.writeObjectFieldStart("categories");
        for (Map.Entry<String, Integer> c : f.categories().entrySet()) {
          g.writeNumberField(c.getKey(), c.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("catalogs");
    for (Written w : written) {
      List<Matter> matters = mattersOf(w.field());
      g.writeStartObject();
      g.writeStringField("file", w.file());
      g.writeStringField("code", w.field().code());
      g.writeStringField("field", w.field().name());
      g.writeNumberField("items", result.catalogs().get(w.field()).size());
      g.writeNumberField("matters", matters.size());
      g.writeNumberField("rows", BuildResult.rows(matters));
      g.writeArrayFieldStart("classified");
      for (Matter x : matters) {
        matter(g, m, x);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("unclassified");
    for (Matter x : result.unclassified()) {
      matter(g, m, x);
    }
    g.writeEndArray();

    g.writeArrayFieldStart("skipped");
    for (SkippedRow s : result.skipped()) {
      g.writeStartObject();
      source(g, s.row());
      g.writeStringField("name", s.name());
      g.writeStringField("reason", m.get(s.reasonKey(), s.value()));
      g.writeEndObject();
    }
    g.writeEndArray();
    if (result.skippedRows() > result.skipped().size()) {
      g.writeNumberField("skippedNotListed", result.skippedRows() - result.skipped().size());
    }

    g.writeObjectFieldStart("validation");
    g.writeArrayFieldStart("files");
    for (Written w : written) {
      FileResult v = w.validation();
      g.writeStartObject();
      g.writeStringField("file", w.file());
      g.writeNumberField("items", v.items());
      g.writeNumberField("errors", v.findings().stream().filter(f -> f.severity() == Severity.ERROR).count());
      g.writeNumberField("warnings", v.findings().stream().filter(f -> f.severity() == Severity.WARNING).count());
      g.writeNumberField("infos", v.findings().stream().filter(f -> f.severity() == Severity.INFO).count());
      if (v.failed()) {
        g.writeStringField("error", m.get(v.errorKey(), v.errorArgs()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    for (boolean source : new boolean[] {true, false}) {
      g.writeObjectFieldStart(source ? "fromSource" : "derived");
      g.writeNumberField("errors", count(source, Severity.ERROR));
      g.writeNumberField("warnings", count(source, Severity.WARNING));
      g.writeNumberField("infos", count(source, Severity.INFO));
      g.writeEndObject();
    }
    g.writeArrayFieldStart("findings");
    for (Written w : written) {
      for (Finding f : w.validation().findings()) {
        g.writeStartObject();
        g.writeStringField("file", w.file());
        g.writeNumberField("line", f.location().line());
        g.writeNumberField("column", f.location().column());
        g.writeStringField("item", f.item());
        g.writeStringField("element", f.element().jsonName());
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("origin", fromSource(f) ? "source" : "derived");
        g.writeStringField("message", FindingText.message(f, m));
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();

    g.writeObjectFieldStart("summary");
    g.writeNumberField("rows", result.rowsRead());
    g.writeNumberField("rowsInItems", rowsInItems());
    g.writeNumberField("rowsUnclassified", rowsUnclassified());
    g.writeNumberField("rowsSkipped", result.skippedRows());
    g.writeNumberField("fields", result.catalogs().size());
    g.writeNumberField("items", result.items());
    g.writeNumberField("unreadable", result.files().stream().filter(FileStats::failed).count());
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
    out.write('\n');
    out.flush();
  }

  private static void matter(JsonGenerator g, Messages m, Matter x) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", x.name());
    g.writeStringField("owner", x.owner());
    g.writeStringField("category", x.category());
    if (x.classification().classified()) {
      g.writeNumberField("confidence", x.classification().confidence());
    }
    g.writeStringField("reason", m.get(x.classification().reasonKey(), x.classification().reasonArg()));
    if (!x.classification().candidates().isEmpty()) {
      g.writeArrayFieldStart("candidates");
      for (String c : x.classification().candidates()) {
        g.writeString(c);
      }
      g.writeEndArray();
    }
    if (!x.itemIds().isEmpty()) {
      g.writeArrayFieldStart("ids");
      for (String id : x.itemIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("sources");
    for (SourceRow r : x.sources()) {
      g.writeStartObject();
      source(g, r);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, SourceRow r) throws IOException {
    g.writeStringField("file", r.file());
    if (r.sheet() != null) {
      g.writeStringField("sheet", r.sheet());
    }
    g.writeNumberField("row", r.row());
  }
}
