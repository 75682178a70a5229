package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlCatalogWriterTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  /** Screenshots are kept here as test artifacts. */
  static final Path ARTIFACTS = Path.of("target/export-artifacts");

  /**
   * Runs first in the page (before its own script and its Content-Security-Policy): records errors, CSP violations
   * and console errors, then on load clicks every tab, counts the rows really rendered, tries the search box, and
   * writes the result as JSON into the DOM for --dump-dom.
   */
  static final String PROBE = """
      <script>
      (function () {
        var problems = [];
        window.addEventListener('error', function (e) { problems.push('error: ' + e.message); });
        document.addEventListener('securitypolicyviolation', function (e) {
          problems.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI);
        });
        ['error', 'warn'].forEach(function (level) {
          var original = console[level];
          console[level] = function () {
            problems.push('console.' + level + ': ' + Array.prototype.join.call(arguments, ' '));
            original.apply(console, arguments);
          };
        });
        window.addEventListener('load', function () {
          var report = { problems: problems, tabs: [], search: {} };
          var sections = document.querySelectorAll('section.field');
          document.querySelectorAll('#tabs button').forEach(function (b, i) {
            b.click();
            var visible = [];
            sections[i].querySelectorAll('tr.item').forEach(function (row) {
              if (row.getClientRects().length > 0) {
                var name = row.cells[2].cloneNode(true);
                name.querySelectorAll('sup').forEach(function (mark) { mark.remove(); });
                visible.push(name.textContent);
              }
            });
            var shownSections = Array.prototype.filter.call(sections, function (s) { return !s.hidden; }).length;
            report.tabs.push({ label: b.textContent, visible: visible, shownSections: shownSections,
              flagged: sections[i].querySelectorAll('td.flagged').length });
          });
          var q = document.getElementById('q');
          q.value = '只有名称';
          q.dispatchEvent(new Event('input'));
          report.search.matches = document.querySelectorAll('tr.item:not([hidden])').length;
          q.value = '';
          q.dispatchEvent(new Event('input'));
          report.search.afterClear = document.querySelectorAll('tr.item:not([hidden])').length;
          report.scripts = document.scripts.length;
          var out = document.createElement('pre');
          out.id = 'gkml-probe';
          out.textContent = JSON.stringify(report);
          document.body.appendChild(out);
        });
      })();
      </script>
      """;

  @Test
  void chromiumShowsEveryItemWithoutConsoleErrors(@TempDir Path dir) throws Exception {
    ExternalTools.require(Files.isExecutable(CHROMIUM), "chromium");
    List<OpenFormatFixtures.FieldItems> fields = new ArrayList<>(OpenFormatFixtures.examples());
    OpenFormatFixtures.FieldItems awkward = OpenFormatFixtures.awkward();
    fields.add(new OpenFormatFixtures.FieldItems(new ExportField("清溪县", "TEST", "测试"), awkward.items()));
    OpenFormatFixtures.write(new HtmlCatalogWriter(dir, false, Messages.of("zh")), fields);
    Path page = dir.resolve(HtmlCatalogWriter.FILE_NAME);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Path probed = dir.resolve("probed.html");
    Files.writeString(probed, html.replaceFirst("<head>\n", "<head>\n" + Matcher.quoteReplacement(PROBE)),
        StandardCharsets.UTF_8);

    ExternalTools.Run run = chromium(dir, "--dump-dom", "--virtual-time-budget=5000", probed.toUri().toString());
    assertEquals(0, run.exitCode(), run.stderr());
    Matcher m = Pattern.compile("<pre id=\"gkml-probe\">(.*?)</pre>", Pattern.DOTALL).matcher(run.stdout());
    assertTrue(m.find(), "the probe ran and reported; stderr:\n" + run.stderr());
    JsonNode report = new ObjectMapper().readTree(unescape(m.group(1)));

    assertEquals(0, report.get("problems").size(), report.toString());
    for (String line : run.stderr().split("\n")) {
      assertFalse(line.contains("CONSOLE") && line.matches(".*(Uncaught|Refused|Error).*"), line);
    }
    assertEquals(fields.size(), report.get("tabs").size(), "a tab per field");
    for (int i = 0; i < fields.size(); i++) {
      JsonNode tab = report.get("tabs").get(i);
      List<String> shown = new ArrayList<>();
      tab.get("visible").forEach(n -> shown.add(n.asText()));
      List<String> expected = fields.get(i).items().stream().map(ExportItem::item).toList();
      assertEquals(expected, shown, "every item of " + fields.get(i).field().name() + " is rendered in its tab");
      assertEquals(1, tab.get("shownSections").asInt(), "one field at a time");
      assertTrue(tab.get("label").asText().startsWith(fields.get(i).field().name()), tab.toString());
    }
    assertTrue(report.get("tabs").get(0).get("flagged").asInt() > 0, "findings of 义务教育 marked on cells");
    assertEquals(1, report.get("search").get("matches").asInt(), "the search box filters rows");
    assertEquals(26 + 18 + 3, report.get("search").get("afterClear").asInt());
    assertEquals(2, report.get("scripts").asInt(), "the probe and the page's own script; no other");

    Files.createDirectories(ARTIFACTS);
    Path png = ARTIFACTS.resolve("catalog.png").toAbsolutePath();
    Files.deleteIfExists(png);
    ExternalTools.Run shot = chromium(dir, "--screenshot=" + png, "--window-size=1600,1000",
        "--virtual-time-budget=3000", page.toUri().toString());
    assertEquals(0, shot.exitCode(), shot.stderr());
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, "a PNG screenshot");
    assertTrue(Files.size(png) > 20_000, "the screenshot shows something: " + Files.size(png) + " bytes");
    Files.copy(page, ARTIFACTS.resolve("catalog.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    // Printed: A3 landscape (1191 x 842 pt), every field (each from a new page), not only the open tab.
    Path pdf = ARTIFACTS.resolve("catalog.pdf").toAbsolutePath();
    Files.deleteIfExists(pdf);
    ExternalTools.Run print = chromium(dir, "--print-to-pdf=" + pdf, "--no-pdf-header-footer",
        "--virtual-time-budget=3000", page.toUri().toString());
    assertEquals(0, print.exitCode(), print.stderr());
    String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(pdfText);
    int pages = 0;
    while (box.find()) {
      pages++;
      assertEquals(1191, Math.round(Double.parseDouble(box.group(1))), "A3 landscape width");
      assertEquals(842, Math.round(Double.parseDouble(box.group(2))), "A3 landscape height");
    }
    assertTrue(pages >= fields.size(), "every field printed, each from a new page: " + pages + " pages");
  }

  @Test
  void everyTextIsEscapedAndNothingComesFromOutside(@TempDir Path dir) throws Exception {
    OpenFormatFixtures.write(new HtmlCatalogWriter(dir, false, Messages.of("zh")), List.of(OpenFormatFixtures.awkward()));
    String html = Files.readString(dir.resolve(HtmlCatalogWriter.FILE_NAME), StandardCharsets.UTF_8);

    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 〔2019〕"), "escaped text");
    assertEquals(1, count(html, "<script"), "only the page's own script");
    assertTrue(html.contains(">=HYPERLINK(&quot;http://example.invalid&quot;,&quot;点我&quot;)<"),
        "a formula-like text is shown literally, without a quote");
    assertTrue(html.contains(">'=已带引号<".replace("'", "&#39;")));
    assertFalse(Pattern.compile("\\b(src|href|action|srcset)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
        "no resource is referenced");
    assertFalse(html.contains("url(") || html.contains("@import") || html.contains("fetch(")
        || html.contains("XMLHttpRequest"), "no resource is loaded");
    assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\""));
    assertTrue(html.contains("@media print"));
  }

  @Test
  void findingsAreMarkedOnTheirCellsInTheChosenLanguage(@TempDir Path dir) throws Exception {
    List<OpenFormatFixtures.FieldItems> examples = OpenFormatFixtures.examples();
    OpenFormatFixtures.write(new HtmlCatalogWriter(dir, false, Messages.of("en")), examples);
    String html = Files.readString(dir.resolve(HtmlCatalogWriter.FILE_NAME), StandardCharsets.UTF_8);
    // SHJZ-012 has owner: "" (owner-missing is an error): the 公开主体 cell of that row is flagged.
    Matcher row = Pattern.compile("<tr class=\"item\" id=\"item-2-12\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
    assertTrue(row.find());
    List<String> cells = new ArrayList<>();
    Matcher td = Pattern.compile("<td([^>]*)>").matcher(row.group(1));
    while (td.find()) {
      cells.add(td.group(1));
    }
    assertTrue(cells.get(6).contains("flagged sev-error"), cells.get(6));
    assertTrue(cells.get(6).contains("title=\"error ["), "an English tooltip: " + cells.get(6));
    assertTrue(html.contains("<html lang=\"en\">"));
    long findings = examples.stream().flatMap(f -> f.items().stream()).mapToLong(i -> i.findings().size()).sum();
    assertTrue(findings > 5, "the examples have findings: " + findings);
    assertEquals(findings, count(html, "<li class=\"sev-"), "every finding listed under its item");
  }

  @Test
  void examplesMatchTheGoldenPage(@TempDir Path dir) throws Exception {
    OpenFormatFixtures.write(new HtmlCatalogWriter(dir, false, Messages.of("zh")), OpenFormatFixtures.examples());
    Golden.assertMatches("html/catalog.html", dir.resolve(HtmlCatalogWriter.FILE_NAME));
  }

  private static ExternalTools.Run chromium(Path dir, String... args) throws Exception {
    Path profile = Files.createTempDirectory(dir, "chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    return ExternalTools.run(cmd, Map.of(), dir, 180);
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
