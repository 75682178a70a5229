package org.gkml.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.gkml.reference.ReferenceItem;
import org.gkml.report.JsonReporter;

/** Writes a {@link Coverage.Result} as text, JSON, or an .xlsx review sheet. */
public final class CoverageReport {

  private final Coverage.Result r;
  private final CompareTexts t;

  public CoverageReport(Coverage.Result result, CompareTexts texts) {
    this.r = result;
    this.t = texts;
  }

  public void text(Writer w) throws IOException {
    line(w, t.get("coverage.title", r.catalog(), r.field(), r.reference().source()));
    if ("partial".equals(r.reference().status())) {
      line(w, t.get("coverage.partial"));
    }
    line(w, summary());
    w.write("\n");
    line(w, "## " + t.get("coverage.section.matches"));
    List<Coverage.Match> shortOnes = new ArrayList<>();
    for (Coverage.Match m : r.matches()) {
      String score = m.how() == Coverage.How.SIMILAR ? t.get("coverage.score", score(m.score())) : "";
      line(w, "  " + t.get("coverage.match", m.item().label(), m.reference().label(),
          t.get("coverage.how." + m.how().id()), score) + "  (" + m.item().place() + ")");
      if (!m.shortfalls().isEmpty()) {
        shortOnes.add(m);
      }
    }
    for (LoadedCatalog.Entry e : r.pinnedNone()) {
      line(w, "  " + t.get("coverage.match", e.label(), t.get("coverage.none"), t.get("coverage.how.pinned-none"), "")
          + "  (" + e.place() + ")");
    }
    if (r.matches().isEmpty() && r.pinnedNone().isEmpty()) {
      line(w, "  " + t.get("coverage.none"));
    }
    w.write("\n");
    line(w, "## " + t.get("coverage.section.missing"));
    for (ReferenceItem m : r.missing()) {
      line(w, "  [" + t.get(m.required() ? "coverage.required" : "coverage.optional") + "] " + m.label());
    }
    if (r.missing().isEmpty()) {
      line(w, "  " + t.get("coverage.none"));
    }
    w.write("\n");
    line(w, "## " + t.get("coverage.section.added"));
    for (LoadedCatalog.Entry e : r.added()) {
      line(w, "  " + e.label() + "  (" + e.place() + ")");
    }
    if (r.added().isEmpty()) {
      line(w, "  " + t.get("coverage.none"));
    }
    w.write("\n");
    line(w, "## " + t.get("coverage.section.shortfalls"));
    for (Coverage.Match m : shortOnes) {
      line(w, "  " + m.item().label() + "  (" + m.item().place() + ")");
      for (Shortfall s : m.shortfalls()) {
        line(w, "    - " + shortfall(s));
      }
    }
    if (shortOnes.isEmpty()) {
      line(w, "  " + t.get("coverage.none"));
    }
    w.write("\n");
    line(w, r.missingRequired() > 0 ? t.get("coverage.verdict.fail", r.missingRequired()) : t.get("coverage.verdict.ok"));
    w.flush();
  }

  private String summary() {
    long missingRequired = r.missingRequired();
    return t.get("coverage.summary", r.catalogItems(), r.matches().size(), r.added().size(), r.reference().items().size(),
        r.missing().size(), missingRequired, r.missing().size() - missingRequired, r.shortfalls());
  }

  /** One shortfall in words. */
  public String shortfall(Shortfall s) {
    return t.get("coverage.kind." + s.kind(), oneLine(s.expected()), oneLine(s.actual()), String.join("、", s.missing()));
  }

  private String oneLine(String s) {
    return s.isBlank() ? t.get("diff.empty") : s.replace("\n", "；");
  }

  private static String score(double s) {
    return String.format(java.util.Locale.ROOT, "%.2f", s);
  }

  private static void line(Writer w, String s) throws IOException {
    w.write(s);
    w.write("\n");
  }

  public void json(Writer w) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(w);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    JsonReporter.writeTool(g);
    g.writeStringField("catalog", r.catalog());
    g.writeStringField("field", r.field());
    g.writeObjectFieldStart("reference");
    g.writeStringField("source", r.reference().source());
    g.writeStringField("status", r.reference().status());
    g.writeNumberField("items", r.reference().items().size());
    g.writeEndObject();
    g.writeArrayFieldStart("matches");
    for (Coverage.Match m : r.matches()) {
      g.writeStartObject();
      item(g, m.item());
      g.writeObjectFieldStart("reference");
      reference(g, m.reference());
      g.writeEndObject();
      g.writeStringField("how", m.how().id());
      g.writeNumberField("score", m.score());
      g.writeArrayFieldStart("shortfalls");
      for (Shortfall s : m.shortfalls()) {
        g.writeStartObject();
        g.writeStringField("element", s.element());
        g.writeStringField("kind", s.kind());
        g.writeStringField("expected", s.expected());
        g.writeStringField("actual", s.actual());
        g.writeArrayFieldStart("missing");
        for (String x : s.missing()) {
          g.writeString(x);
        }
        g.writeEndArray();
        g.writeStringField("message", shortfall(s));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("missing");
    for (ReferenceItem m : r.missing()) {
      g.writeStartObject();
      reference(g, m);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("added");
    for (LoadedCatalog.Entry e : r.added()) {
      g.writeStartObject();
      item(g, e);
      g.writeBooleanField("assigned", r.pinnedNone().contains(e));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("items", r.catalogItems());
    g.writeNumberField("matched", r.matches().size());
    g.writeNumberField("added", r.added().size());
    g.writeNumberField("missing", r.missing().size());
    g.writeNumberField("missingRequired", r.missingRequired());
    g.writeNumberField("shortfalls", r.shortfalls());
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
    w.write("\n");
    w.flush();
  }

  private static void item(JsonGenerator g, LoadedCatalog.Entry e) throws IOException {
    g.writeStringField("file", e.file());
    var l = e.item().location();
    writeInt(g, "row", l != null && l.row() > 0 ? l.row() : null);
    g.writeStringField("sheet", l == null ? null : l.sheet());
    writeInt(g, "line", l != null && l.line() > 0 ? l.line() : null);
    if (!e.item().id().isEmpty()) {
      g.writeStringField("id", e.item().id());
    }
    g.writeStringField("topic", e.item().topic());
    g.writeStringField("item", e.item().item());
  }

  private static void reference(JsonGenerator g, ReferenceItem m) throws IOException {
    g.writeStringField("topic", m.topic());
    g.writeStringField("item", m.item());
    g.writeBooleanField("required", m.required());
    g.writeNumberField("line", m.line());
  }

  private static void writeInt(JsonGenerator g, String name, Integer v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, v);
    }
  }

  /** The review workbook: matches (with shortfalls), missing reference items, added items. */
  public void xlsx(OutputStream out) throws IOException {
    try (ReviewSheets book = new ReviewSheets()) {
      Sheet s = book.sheet(t.get("sheet.matches"), List.of(t.get("col.item"), t.get("col.place"), t.get("col.reference"),
          t.get("col.required"), t.get("col.how"), t.get("col.score"), t.get("col.shortfalls")),
          new int[] {30, 18, 30, 10, 16, 8, 60});
      for (Coverage.Match m : r.matches()) {
        List<String> lines = new ArrayList<>();
        m.shortfalls().forEach(x -> lines.add(shortfall(x)));
        book.row(s, m.item().label(), m.item().place(), m.reference().label(),
            t.get(m.reference().required() ? "coverage.required" : "coverage.optional"), t.get("coverage.how." + m.how().id()),
            m.score(), String.join("\n", lines));
      }
      for (LoadedCatalog.Entry e : r.pinnedNone()) {
        book.row(s, e.label(), e.place(), t.get("coverage.none"), null, t.get("coverage.how.pinned-none"), null, null);
      }
      Sheet missing = book.sheet(t.get("sheet.missing"), List.of(t.get("col.topic"), t.get("col.subitem"),
          t.get("col.required"), t.get("col.line")), new int[] {20, 36, 10, 12});
      for (ReferenceItem m : r.missing()) {
        book.row(missing, m.topic(), m.item(), t.get(m.required() ? "coverage.required" : "coverage.optional"), m.line());
      }
      Sheet added = book.sheet(t.get("sheet.added"), List.of(t.get("col.topic"), t.get("col.subitem"), t.get("col.place"),
          t.get("col.id")), new int[] {20, 36, 20, 12});
      for (LoadedCatalog.Entry e : r.added()) {
        book.row(added, e.item().topic(), e.item().item(), e.place(), e.item().id());
      }
      book.write(out);
    }
  }
}
