package org.gkml.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gkml.i18n.Messages;
import org.gkml.model.ElementKind;
import org.gkml.report.FindingText;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;

/**
 * One self-contained HTML page per run ({@code catalog.html}): a section per field with the template's columns, a
 * tab per field and a search box (a few lines of inline script; without script every field shows one after the
 * other), the findings of {@code validate} marked on their cells (coloured, with the messages as tooltip) and listed
 * under their item, and print styles (A3 landscape, every field, header repeated on each page). Nothing is loaded
 * from anywhere: styles and script are inline and a Content-Security-Policy forbids every other source. Every text
 * is HTML-escaped and stored literally. The page is written as the items come, so memory does not grow with them.
 */
public final class HtmlCatalogWriter implements CatalogWriter {

  /** The page's file name. */
  public static final String FILE_NAME = "catalog.html";

  /** The template's columns as the page shows them (村级 only where a field uses it). */
  private static final List<FlatColumn> COLUMNS = List.of(FlatColumn.SEQ, FlatColumn.TOPIC, FlatColumn.ITEM,
      FlatColumn.CONTENT, FlatColumn.BASIS, FlatColumn.DEADLINE, FlatColumn.OWNER, FlatColumn.CHANNELS,
      FlatColumn.AUDIENCE_ALL, FlatColumn.AUDIENCE_SPECIFIC, FlatColumn.MODE_ACTIVE, FlatColumn.MODE_REQUEST,
      FlatColumn.LEVEL_COUNTY, FlatColumn.LEVEL_TOWN, FlatColumn.LEVEL_VILLAGE);

  private final Messages messages;
  private final OutputFiles files;
  private Writer out;
  private int sections;
  private long items;
  private long findings;

  /** The writer of an export run: its directory, --force, and the run's inputs, which are never overwritten. */
  public HtmlCatalogWriter(ExportOptions options) {
    this(options.directory(), options.force(), Messages.of(options.lang()));
    files.protect(options.inputs());
  }

  public HtmlCatalogWriter(Path outputDirectory, boolean force, Messages messages) {
    this.messages = messages;
    this.files = new OutputFiles(outputDirectory, force);
  }

  @Override
  public void beginField(ExportField f) throws IOException {
    if (out == null) {
      open(f.region());
    }
    items = 0;
    findings = 0;
    sections++;
    String code = f.code() == null ? "" : f.code();
    out.write("<section class=\"field\" id=\"field-" + sections + "\" data-name=\"" + esc(f.name()) + "\" data-code=\""
        + esc(code) + "\">\n<h2>" + esc(f.title()) + "</h2>\n<table>\n");
    out.write("<colgroup><col class=\"c-seq\"><col class=\"c-topic\"><col class=\"c-item\"><col class=\"c-content\">"
        + "<col class=\"c-basis\"><col class=\"c-deadline\"><col class=\"c-owner\"><col class=\"c-channels\">"
        + "<col span=\"6\" class=\"c-tick\"><col class=\"c-tick village\"></colgroup>\n");
    out.write("<thead>\n<tr><th rowspan=\"2\">序号</th><th colspan=\"2\">公开事项</th><th rowspan=\"2\">公开内容（要素）</th>"
        + "<th rowspan=\"2\">公开依据</th><th rowspan=\"2\">公开时限</th><th rowspan=\"2\">公开主体</th>"
        + "<th rowspan=\"2\">公开渠道和载体</th><th colspan=\"2\">公开对象</th><th colspan=\"2\">公开方式</th>"
        + "<th colspan=\"3\" class=\"levels\">公开层级</th></tr>\n"
        + "<tr><th>一级事项</th><th>二级事项</th><th>全社会</th><th>特定群体</th><th>主动</th><th>依申请</th><th>县级</th>"
        + "<th>乡级</th><th class=\"village\">村级</th></tr>\n</thead>\n<tbody>\n");
  }

  @Override
  public void item(ExportItem item) throws IOException {
    items++;
    Map<FlatColumn, List<Finding>> byColumn = new EnumMap<>(FlatColumn.class);
    for (Finding f : item.findings()) {
      for (FlatColumn c : columnsOf(f, item)) {
        byColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
      }
    }
    StringBuilder row = new StringBuilder(1024);
    row.append("<tr class=\"item\" id=\"item-").append(sections).append('-').append(item.number()).append("\">");
    for (FlatColumn c : COLUMNS) {
      List<String> classes = new ArrayList<>();
      if (c.kind() == FlatColumn.Kind.TICK) {
        classes.add("tick");
      }
      if (c == FlatColumn.LEVEL_VILLAGE) {
        classes.add("village");
        if (!c.valueOf(item).isEmpty()) {
          classes.add("on");
        }
      }
      List<Finding> here = byColumn.get(c);
      String title = null;
      if (here != null) {
        classes.add("flagged");
        classes.add("sev-" + worst(here).id());
        StringBuilder t = new StringBuilder();
        for (Finding f : here) {
          t.append(t.length() > 0 ? "\n" : "").append(FindingText.severity(f, messages)).append(" [").append(f.rule())
              .append("] ").append(FindingText.message(f, messages));
        }
        title = t.toString();
      }
      row.append("<td");
      if (!classes.isEmpty()) {
        row.append(" class=\"").append(String.join(" ", classes)).append('"');
      }
      if (title != null) {
        row.append(" title=\"").append(esc(title)).append('"');
      }
      row.append('>').append(esc(text(c, item)));
      if (here != null) {
        row.append("<sup class=\"mark\">").append(here.size()).append("</sup>");
      }
      row.append("</td>");
    }
    row.append("</tr>\n");
    if (!item.findings().isEmpty()) {
      findings += item.findings().size();
      row.append("<tr class=\"findings\"><td colspan=\"").append(COLUMNS.size()).append("\"><ul>");
      for (Finding f : item.findings()) {
        row.append("<li class=\"sev-").append(f.severity().id()).append("\"><span class=\"sev\">")
            .append(esc(FindingText.severity(f, messages))).append("</span> <code>").append(esc(f.rule()))
            .append("</code> <span class=\"place\">").append(esc(FindingText.element(f, messages)));
        String place = f.location() == null ? "" : f.location().display();
        if (!place.isEmpty()) {
          row.append(" · ").append(esc(place));
        }
        row.append("</span>").append(esc(FindingText.colon(messages))).append(esc(FindingText.message(f, messages)));
        if (f.fix() != null) {
          row.append(" <span class=\"fix\">").append(esc(messages.get("report.fix") + FindingText.colon(messages)))
              .append(esc(f.fix())).append("</span>");
        }
        row.append("<div class=\"help\">").append(esc(FindingText.help(f, messages))).append("</div></li>");
      }
      row.append("</ul></td></tr>\n");
    }
    out.write(row.toString());
  }

  @Override
  public void endField() throws IOException {
    out.write("</tbody>\n</table>\n<p class=\"no-match\" hidden>" + esc(messages.get("export.html.no-match"))
        + "</p>\n<p class=\"summary\">" + esc(messages.get("export.html.summary", items, findings))
        + "</p>\n</section>\n");
  }

  @Override
  public void commit() throws IOException {
    if (out == null) {
      open(null);
    }
    out.write("</main>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
    out.close();
    out = null;
    files.commit();
  }

  @Override
  public List<Path> written() {
    return files.written();
  }

  @Override
  public void close() throws IOException {
    out = null;
    files.close();
  }

  private void open(String region) throws IOException {
    out = new BufferedWriter(new OutputStreamWriter(files.open(FILE_NAME),
        StandardCharsets.UTF_8), 1 << 16);
    String title = (region == null ? "" : region) + "基层政务公开标准目录";
    out.write("<!DOCTYPE html>\n<html lang=\"" + ("en".equals(messages.lang()) ? "en" : "zh-CN") + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        + "script-src 'unsafe-inline'\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"gkml\">\n"
        + "<title>" + esc(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
        + "<header>\n<h1>" + esc(title) + "</h1>\n"
        + "<input type=\"search\" id=\"q\" class=\"search\" placeholder=\"" + esc(messages.get("export.html.search"))
        + "\" aria-label=\"" + esc(messages.get("export.html.search")) + "\">\n"
        + "<nav id=\"tabs\" role=\"tablist\"></nav>\n</header>\n<main>\n");
  }

  /** What a cell shows: the plain value; a named 特定群体 after its tick. */
  private static String text(FlatColumn c, ExportItem item) {
    String v = c.valueOf(item);
    if (c == FlatColumn.AUDIENCE_SPECIFIC && !v.isEmpty() && !item.audienceDetail().isEmpty()) {
      return v + "（" + item.audienceDetail() + "）";
    }
    return v;
  }

  /** The cells a finding is about; a finding on the whole item or file marks its 序号. */
  private static List<FlatColumn> columnsOf(Finding f, ExportItem item) {
    ElementKind kind = f.element() == null ? ElementKind.ITEM : f.element();
    return switch (kind) {
      case NAME -> f.value() != null && !f.value().isEmpty() && f.value().equals(item.topic())
          && !f.value().equals(item.item()) ? List.of(FlatColumn.TOPIC) : List.of(FlatColumn.ITEM);
      case CONTENT -> List.of(FlatColumn.CONTENT);
      case BASIS -> List.of(FlatColumn.BASIS);
      case DEADLINE -> List.of(FlatColumn.DEADLINE);
      case OWNER -> List.of(FlatColumn.OWNER);
      case CHANNEL -> List.of(FlatColumn.CHANNELS);
      case AUDIENCE -> List.of(FlatColumn.AUDIENCE_ALL, FlatColumn.AUDIENCE_SPECIFIC);
      case MODE -> List.of(FlatColumn.MODE_ACTIVE, FlatColumn.MODE_REQUEST);
      case LEVEL -> List.of(FlatColumn.LEVEL_COUNTY, FlatColumn.LEVEL_TOWN, FlatColumn.LEVEL_VILLAGE);
      case ITEM, FILE -> List.of(FlatColumn.SEQ);
    };
  }

  private static Severity worst(List<Finding> fs) {
    Severity w = Severity.INFO;
    for (Finding f : fs) {
      if (f.severity().atLeast(w)) {
        w = f.severity();
      }
    }
    return w;
  }

  /** Escapes a text for HTML content and double- or single-quoted attributes; line breaks stay (CSS shows them). */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        case '\r' -> "";
        default -> c < 0x20 && c != '\n' && c != '\t' ? "" : null;
      };
      if (r != null && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (r != null) {
          sb.append(r);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static final String STYLE = """
      :root { --line: #8a8a8a; --head: #eef1f5; --error: #fde2e1; --error-edge: #c0392b; --warning: #fff3cd;
        --warning-edge: #b7791f; --info: #e3f0fb; --info-edge: #2b6cb0; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 14px/1.5 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
        "WenQuanYi Micro Hei", SimSun, sans-serif; color: #1a1a1a; background: #fff; }
      header { position: sticky; top: 0; z-index: 2; background: #fff; padding: 12px 16px 0;
        border-bottom: 1px solid #ccc; }
      h1 { font-size: 20px; margin: 0 0 8px; }
      h2 { font-size: 17px; margin: 16px 0 8px; text-align: center; }
      .search { width: 100%; max-width: 32em; font: inherit; padding: 4px 8px; border: 1px solid var(--line);
        border-radius: 4px; }
      nav { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 8px; }
      nav button { font: inherit; padding: 4px 12px; border: 1px solid #bbb; border-bottom: none;
        border-radius: 4px 4px 0 0; background: #f6f6f6; cursor: pointer; }
      nav button[aria-selected="true"] { background: #fff; font-weight: bold; border-color: var(--line); }
      nav .count { color: #666; font-weight: normal; }
      main { padding: 0 16px 24px; }
      table { border-collapse: collapse; width: 100%; table-layout: fixed; }
      th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; white-space: pre-line;
        overflow-wrap: anywhere; }
      th { background: var(--head); text-align: center; vertical-align: middle; }
      .c-seq { width: 3.5em; } .c-topic { width: 7em; } .c-item { width: 8em; } .c-content { width: 16em; }
      .c-basis { width: 16em; } .c-deadline { width: 9em; } .c-owner { width: 7em; } .c-channels { width: 10em; }
      .c-tick { width: 3.6em; }
      td.tick { text-align: center; }
      .no-village .village { display: none; }
      td.flagged { position: relative; cursor: help; }
      td.sev-error { background: var(--error); box-shadow: inset 3px 0 var(--error-edge); }
      td.sev-warning { background: var(--warning); box-shadow: inset 3px 0 var(--warning-edge); }
      td.sev-info { background: var(--info); box-shadow: inset 3px 0 var(--info-edge); }
      sup.mark { color: #555; margin-left: 2px; }
      tr.findings td { background: #fafafa; font-size: 13px; white-space: normal; }
      tr.findings ul { margin: 0; padding-left: 1.2em; }
      tr.findings li { margin: 2px 0; }
      tr.findings .sev { font-weight: bold; }
      li.sev-error .sev { color: var(--error-edge); } li.sev-warning .sev { color: var(--warning-edge); }
      li.sev-info .sev { color: var(--info-edge); }
      tr.findings .place { color: #555; } tr.findings .fix { color: #2f6f3e; }
      tr.findings .help { color: #555; white-space: pre-line; }
      .summary { color: #555; }
      @media print {
        @page { size: A3 landscape; margin: 12mm; }
        header { position: static; border: none; padding: 0; }
        .search, nav { display: none; }
        section.field[hidden] { display: block; }
        section.field + section.field { break-before: page; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        td.sev-error, td.sev-warning, td.sev-info { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-size: 10pt; }
      }
      """;

  private static final String SCRIPT = """
      (function () {
        var sections = Array.prototype.slice.call(document.querySelectorAll('section.field'));
        var nav = document.getElementById('tabs');
        var search = document.getElementById('q');
        var tabs = sections.map(function (s, i) {
          var b = document.createElement('button');
          b.type = 'button';
          b.setAttribute('role', 'tab');
          b.textContent = s.getAttribute('data-name');
          var count = document.createElement('span');
          count.className = 'count';
          b.appendChild(count);
          b.addEventListener('click', function () { show(i); });
          nav.appendChild(b);
          if (!s.querySelector('td.village.on')) {
            s.classList.add('no-village');
            var levels = s.querySelector('th.levels');
            if (levels) { levels.colSpan = 2; }
            s.querySelectorAll('tr.findings > td').forEach(function (td) { td.colSpan = td.colSpan - 1; });
          }
          return b;
        });
        function show(i) {
          sections.forEach(function (s, j) {
            s.hidden = j !== i;
            tabs[j].setAttribute('aria-selected', String(j === i));
          });
        }
        function filter() {
          var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
          sections.forEach(function (s, i) {
            var shown = 0;
            s.querySelectorAll('tr.item').forEach(function (row) {
              var next = row.nextElementSibling;
              var notes = next && next.classList.contains('findings') ? next : null;
              var text = (row.textContent + ' ' + (notes ? notes.textContent : '')).toLowerCase();
              var match = words.every(function (w) { return text.indexOf(w) >= 0; });
              row.hidden = !match;
              if (notes) { notes.hidden = !match; }
              if (match) { shown++; }
            });
            tabs[i].querySelector('.count').textContent = ' ' + shown;
            s.querySelector('.no-match').hidden = shown > 0;
          });
        }
        search.addEventListener('input', filter);
        filter();
        if (sections.length > 0) { show(0); }
      })();
      """;
}
