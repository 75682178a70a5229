package org.gkml.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.gkml.report.JsonReporter;

/** Writes a {@link CatalogDiff.Result} as text, JSON, an .xlsx sheet, or one self-contained HTML page. */
public final class DiffReport {

  private final CatalogDiff.Result r;
  private final CompareTexts t;

  public DiffReport(CatalogDiff.Result result, CompareTexts texts) {
    this.r = result;
    this.t = texts;
  }

  public String summary() {
    return t.get("diff.summary", r.added().size(), r.removed().size(), r.changed().size(), r.renamed(), r.moved(),
        r.unchanged());
  }

  /** The kinds of one changed pair, in words: 修改, 改名, 调整领域. */
  List<String> kinds(CatalogDiff.Pair p) {
    List<String> k = new ArrayList<>();
    if (p.renamed()) {
      k.add(t.get("diff.kind.renamed"));
    }
    if (p.moved()) {
      k.add(t.get("diff.kind.moved"));
    }
    if (p.changes().stream().anyMatch(c -> !c.element().equals("name"))) {
      k.add(t.get("diff.kind.changed"));
    }
    return k;
  }

  String matchedBy(CatalogDiff.Pair p) {
    return switch (p.by()) {
      case ID -> t.get("diff.by.id");
      case NAME -> t.get("diff.by.name");
      case SIMILAR -> t.get("diff.by.similar", String.format(Locale.ROOT, "%.2f", p.score()));
    };
  }

  /** One element change in words, on one line: 公开时限：A → B（时限变长）. */
  String change(CatalogDiff.ElementChange c) {
    String head = t.get("element." + c.element()) + "：";
    if (!c.removed().isEmpty() || !c.added().isEmpty()) {
      List<String> parts = new ArrayList<>();
      if (!c.removed().isEmpty()) {
        parts.add(t.get("diff.element.removed", String.join("、", c.removed())));
      }
      if (!c.added().isEmpty()) {
        parts.add(t.get("diff.element.added", String.join("、", c.added())));
      }
      return head + String.join("；", parts);
    }
    String trend = c.trend().isEmpty() ? "" : t.get("diff.element." + c.trend());
    return head + shown(c.before()) + " → " + shown(c.after()) + trend;
  }

  private String shown(String s) {
    return s.isBlank() ? t.get("diff.empty") : "“" + s.replace("\n", "；") + "”";
  }

  public void text(Writer w) throws IOException {
    line(w, t.get("diff.title", r.before(), r.after()));
    line(w, summary());
    if (!r.any()) {
      line(w, t.get("diff.no-changes"));
      w.flush();
      return;
    }
    if (!r.removed().isEmpty()) {
      w.write("\n");
      line(w, "## " + t.get("diff.section.removed"));
      for (LoadedCatalog.Entry e : r.removed()) {
        line(w, "  - " + entry(e));
      }
    }
    if (!r.added().isEmpty()) {
      w.write("\n");
      line(w, "## " + t.get("diff.section.added"));
      for (LoadedCatalog.Entry e : r.added()) {
        line(w, "  + " + entry(e));
      }
    }
    if (!r.changed().isEmpty()) {
      w.write("\n");
      line(w, "## " + t.get("diff.section.changed"));
      for (CatalogDiff.Pair p : r.changed()) {
        line(w, "  ~ " + p.after().label() + " [" + String.join("、", kinds(p)) + "; " + matchedBy(p) + "]  ("
            + p.before().place() + " → " + p.after().place() + ")");
        if (p.moved()) {
          line(w, "      " + t.get("diff.moved", p.before().field(), p.after().field()));
        }
        for (CatalogDiff.ElementChange c : p.changes()) {
          line(w, "      " + change(c));
        }
      }
    }
    w.flush();
  }

  private static String entry(LoadedCatalog.Entry e) {
    String field = e.field().isEmpty() ? "" : e.field() + " · ";
    String id = e.item().id().isEmpty() ? "" : e.item().id() + " ";
    return id + field + e.label() + "  (" + e.place() + ")";
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
    g.writeStringField("old", r.before());
    g.writeStringField("new", r.after());
    g.writeArrayFieldStart("added");
    for (LoadedCatalog.Entry e : r.added()) {
      entry(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("removed");
    for (LoadedCatalog.Entry e : r.removed()) {
      entry(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("changed");
    for (CatalogDiff.Pair p : r.changed()) {
      g.writeStartObject();
      g.writeFieldName("old");
      entry(g, p.before());
      g.writeFieldName("new");
      entry(g, p.after());
      g.writeStringField("matchedBy", p.by().id());
      g.writeNumberField("score", p.score());
      g.writeBooleanField("renamed", p.renamed());
      g.writeBooleanField("moved", p.moved());
      g.writeArrayFieldStart("elements");
      for (CatalogDiff.ElementChange c : p.changes()) {
        g.writeStartObject();
        g.writeStringField("element", c.element());
        g.writeStringField("before", c.before());
        g.writeStringField("after", c.after());
        strings(g, "removed", c.removed());
        strings(g, "added", c.added());
        if (!c.trend().isEmpty()) {
          g.writeStringField("trend", c.trend());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("added", r.added().size());
    g.writeNumberField("removed", r.removed().size());
    g.writeNumberField("changed", r.changed().size());
    g.writeNumberField("renamed", r.renamed());
    g.writeNumberField("moved", r.moved());
    g.writeNumberField("unchanged", r.unchanged());
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
    w.write("\n");
    w.flush();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void entry(JsonGenerator g, LoadedCatalog.Entry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", e.file());
    var l = e.item().location();
    g.writeStringField("place", l == null ? null : l.display());
    g.writeStringField("field", e.field());
    g.writeStringField("id", e.item().id());
    g.writeStringField("topic", e.item().topic());
    g.writeStringField("item", e.item().item());
    g.writeEndObject();
  }

  /** One row per element change (and one per added, removed or moved item), for filtering in a spreadsheet. */
  public void xlsx(OutputStream out) throws IOException {
    try (ReviewSheets book = new ReviewSheets()) {
      Sheet s = book.sheet(t.get("sheet.diff"), List.of(t.get("col.kind"), t.get("col.field"), t.get("col.old"),
          t.get("col.new"), t.get("col.matched"), t.get("col.score"), t.get("col.element"), t.get("col.before"),
          t.get("col.after")), new int[] {10, 16, 30, 30, 20, 8, 14, 40, 40});
      for (LoadedCatalog.Entry e : r.removed()) {
        book.row(s, t.get("diff.kind.removed"), e.field(), e.label() + "\n" + e.place(), null, null, null, null, null, null);
      }
      for (LoadedCatalog.Entry e : r.added()) {
        book.row(s, t.get("diff.kind.added"), e.field(), null, e.label() + "\n" + e.place(), null, null, null, null, null);
      }
      for (CatalogDiff.Pair p : r.changed()) {
        String kinds = String.join("、", kinds(p));
        String field = p.moved() ? p.before().field() + " → " + p.after().field() : p.after().field();
        String old = p.before().label() + "\n" + p.before().place();
        String neu = p.after().label() + "\n" + p.after().place();
        if (p.moved()) {
          book.row(s, kinds, field, old, neu, matchedBy(p), p.score(), t.get("col.field"), p.before().field(),
              p.after().field());
        }
        for (CatalogDiff.ElementChange c : p.changes()) {
          String trend = c.trend().isEmpty() ? "" : t.get("diff.element." + c.trend());
          book.row(s, kinds, field, old, neu, matchedBy(p), p.score(), t.get("element." + c.element()) + trend,
              c.before(), c.after());
        }
      }
      book.write(out);
    }
  }

  /** One HTML page, no scripts, no outside resources; every text escaped. */
  public void html(Writer w) throws IOException {
    String title = t.get("diff.title", r.before(), r.after());
    w.write("<!DOCTYPE html>\n<html lang=\"" + ("en".equals(t.lang()) ? "en" : "zh-CN") + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + esc(title) + "</title>\n<style>\n"
        + "body{font-family:system-ui,\"PingFang SC\",\"Microsoft YaHei\",sans-serif;margin:2em;color:#222}\n"
        + "table{border-collapse:collapse;width:100%;margin-bottom:2em}th,td{border:1px solid #bbb;padding:4px 8px;"
        + "vertical-align:top;text-align:left;white-space:pre-wrap}th{background:#eee}\n"
        + ".removed{background:#fde8e8}.added{background:#e6f6e6}.kind{white-space:nowrap}del{color:#a00}ins{color:#070}\n"
        + "</style>\n</head>\n<body>\n");
    w.write("<h1>" + esc(title) + "</h1>\n<p>" + esc(summary()) + "</p>\n");
    if (!r.any()) {
      w.write("<p>" + esc(t.get("diff.no-changes")) + "</p>\n");
    }
    if (!r.removed().isEmpty()) {
      w.write("<h2>" + esc(t.get("diff.section.removed")) + "</h2>\n");
      entries(w, r.removed(), "removed");
    }
    if (!r.added().isEmpty()) {
      w.write("<h2>" + esc(t.get("diff.section.added")) + "</h2>\n");
      entries(w, r.added(), "added");
    }
    if (!r.changed().isEmpty()) {
      w.write("<h2>" + esc(t.get("diff.section.changed")) + "</h2>\n<table>\n<tr><th>" + esc(t.get("col.kind"))
          + "</th><th>" + esc(t.get("col.new")) + "</th><th>" + esc(t.get("col.matched")) + "</th><th>"
          + esc(t.get("col.element")) + "</th><th>" + esc(t.get("col.before")) + "</th><th>" + esc(t.get("col.after"))
          + "</th></tr>\n");
      for (CatalogDiff.Pair p : r.changed()) {
        List<String[]> rows = new ArrayList<>();
        if (p.moved()) {
          rows.add(new String[] {t.get("col.field"), p.before().field(), p.after().field()});
        }
        for (CatalogDiff.ElementChange c : p.changes()) {
          String trend = c.trend().isEmpty() ? "" : t.get("diff.element." + c.trend());
          rows.add(new String[] {t.get("element." + c.element()) + trend, c.before(), c.after()});
        }
        for (int i = 0; i < rows.size(); i++) {
          w.write("<tr>");
          if (i == 0) {
            String span = rows.size() > 1 ? " rowspan=\"" + rows.size() + "\"" : "";
            w.write("<td class=\"kind\"" + span + ">" + esc(String.join("、", kinds(p))) + "</td><td" + span + ">"
                + esc(p.after().label()) + "<br><small>" + esc(p.before().place()) + " → " + esc(p.after().place())
                + "</small></td><td" + span + ">" + esc(matchedBy(p)) + "</td>");
          }
          w.write("<td>" + esc(rows.get(i)[0]) + "</td><td><del>" + esc(rows.get(i)[1]) + "</del></td><td><ins>"
              + esc(rows.get(i)[2]) + "</ins></td></tr>\n");
        }
      }
      w.write("</table>\n");
    }
    w.write("</body>\n</html>\n");
    w.flush();
  }

  private void entries(Writer w, List<LoadedCatalog.Entry> list, String css) throws IOException {
    w.write("<table>\n<tr><th>" + esc(t.get("col.field")) + "</th><th>" + esc(t.get("col.id")) + "</th><th>"
        + esc(t.get("col.item")) + "</th><th>" + esc(t.get("col.place")) + "</th></tr>\n");
    for (LoadedCatalog.Entry e : list) {
      w.write("<tr class=\"" + css + "\"><td>" + esc(e.field()) + "</td><td>" + esc(e.item().id()) + "</td><td>"
          + esc(e.label()) + "</td><td>" + esc(e.place()) + "</td></tr>\n");
    }
    w.write("</table>\n");
  }

  /** Escapes the five characters that matter in HTML text and attributes. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
