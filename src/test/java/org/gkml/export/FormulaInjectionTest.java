package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formula injection (OWASP ASVS 1.2.10) through every export format at once: values that a spreadsheet would take
 * for a formula (= + - @, tab, carriage return at the start) in the elements of a catalog, exported with
 * {@code gkml export --format xlsx,csv,yaml,json,html,datapackage}. Each format must keep them as text: no formula
 * cell in the workbook, a neutralizing quote in the CSV a clerk opens, plain strings in YAML and JSON, escaped
 * text in HTML, and string-typed columns in the data package.
 */
class FormulaInjectionTest {

  /** The payloads, each at the start of an element of its own item. */
  private static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://evil.invalid\",\"点此\")", "+cmd|' /C calc'!A0",
      "-1+1", "@SUM(A1:A9)", "\t=1+1", "\r=2+2");

  @Test
  void everyFormatStoresFormulaLikeValuesAsText(@TempDir Path dir) throws Exception {
    Path catalog = dir.resolve("formula-shjz.yaml");
    Files.writeString(catalog, catalog(), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Cli run = Cli.run("export", catalog.toString(), "--format", "xlsx,csv,yaml,json,html,datapackage", "-o",
        out.toString());
    assertEquals(0, run.exit(), run.err());

    // xlsx: every payload is a string cell; the sheet XML has no formula at all.
    String sheetXml = entry(out.resolve("catalog-shjz.xlsx"), "xl/worksheets/sheet1.xml");
    assertFalse(sheetXml.contains("<f>") || sheetXml.contains("<f "), "no formula element in the sheet");
    List<String> strings = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("catalog-shjz.xlsx")))) {
      Sheet sheet = wb.getSheetAt(0);
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertTrue(cell.getCellType() == CellType.STRING || cell.getCellType() == CellType.BLANK
              || cell.getCellType() == CellType.NUMERIC, "cell " + cell.getAddress() + " is " + cell.getCellType());
          if (cell.getCellType() == CellType.STRING) {
            strings.add(cell.getStringCellValue());
          }
        }
      }
    }
    for (String p : PAYLOADS) {
      assertTrue(strings.stream().anyMatch(s -> s.equals(p.strip()) || s.equals(p)), "xlsx keeps " + p);
    }

    // csv (for spreadsheets): no cell starts with a formula character; the payloads carry the neutralizing quote.
    List<String> cells = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(out.resolve("catalog-shjz.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
        rec.forEach(cells::add);
      }
    }
    for (String c : cells) {
      assertFalse(!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0, "csv cell starts a formula: " + c);
    }
    for (String p : PAYLOADS) {
      assertTrue(cells.contains("'" + p) || cells.contains("'" + p.strip()), "csv keeps " + p + " behind a quote");
    }

    // yaml and json: plain strings, read back unchanged by validate's readers.
    for (String f : List.of("catalog-shjz.yaml", "catalog-shjz.json")) {
      List<String> items = ExportFixtures.read(out.resolve(f)).stream().map(ExportItem::deadline).toList();
      for (String p : PAYLOADS) {
        assertTrue(items.contains(p) || items.contains(p.strip()), f + " keeps " + p + ": " + items);
      }
    }
    JsonNode json = new ObjectMapper().readTree(out.resolve("catalog-shjz.json").toFile());
    json.get("items").forEach(i -> assertTrue(i.get("deadline").isTextual()));

    // html: the text is shown escaped, never as markup or a link.
    String html = Files.readString(out.resolve("catalog.html"));
    assertTrue(html.contains("=HYPERLINK(&quot;http://evil.invalid&quot;,&quot;点此&quot;)"), "escaped in html");
    assertFalse(html.contains("href=\"http://evil.invalid"), "no link made of the payload");

    // data package: the columns are typed string, so a consumer reading by the schema gets text.
    JsonNode descriptor = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile());
    for (JsonNode field : descriptor.get("resources").get(0).get("schema").get("fields")) {
      if (field.get("name").asText().equals("deadline")) {
        assertEquals("string", field.get("type").asText());
      }
    }
  }

  private static String catalog() {
    StringBuilder sb = new StringBuilder("catalog: 清溪县社会救助领域基层政务公开标准目录\nfield: 社会救助\nregion: 清溪县\nitems:\n");
    int n = 0;
    for (String p : PAYLOADS) {
      n++;
      String quoted = "\"" + p.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r")
          + "\"";
      sb.append("  - id: SHJZ-").append(n).append('\n')
          .append("    topic: 最低生活保障\n")
          .append("    item: ").append(quoted).append('\n')
          .append("    content: ").append(quoted).append('\n')
          .append("    basis: [").append(quoted).append("]\n")
          .append("    deadline: ").append(quoted).append('\n')
          .append("    owner: ").append(quoted).append('\n')
          .append("    channels: [政府网站]\n    audience: 全社会\n    mode: 主动\n    levels: [县级]\n");
    }
    return sb.toString();
  }

  private static String entry(Path zip, String name) throws Exception {
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " not in " + zip);
  }
}
