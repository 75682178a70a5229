package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gkml.read.CellRange;
import org.gkml.read.SheetVisitor;
import org.gkml.read.xlsx.XlsxTableSource;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Must show: a real client (LibreOffice Calc, headless) reads each exported workbook, and the values match. */
class LibreOfficeReadsExportTest {

  @Test
  void everyExportedWorkbookConvertsToCsvWithTheSameValues(@TempDir Path dir) throws Exception {
    LibreOffice.require();
    Path out = dir.resolve("out");
    Path rich = ExportFixtures.rich(dir);
    assertEquals(0, Cli.run("export", "examples/qingxi-ywjy-catalog.xlsx", "examples/qingxi-shjz-catalog.yaml",
        "--format", "xlsx", "-o", out.toString()).exit());
    assertEquals(0, Cli.run("export", "examples/qingxi-ywjy-catalog.xlsx", "examples/qingxi-shjz-catalog.yaml",
        "--format", "xlsx", "--single", "-o", out.resolve("single").toString()).exit());
    assertEquals(0, Cli.run("export", rich.toString(), "--format", "xlsx", "-o", out.resolve("rich").toString()).exit());
    List<Path> workbooks = List.of(out.resolve("catalog-ywjy.xlsx"), out.resolve("catalog-shjz.xlsx"),
        out.resolve("single/catalog.xlsx"), out.resolve("rich/catalog-shjz.xlsx"));
    int sheets = 0;
    int rows = 0;
    for (Path wb : workbooks) {
      Map<String, Map<Integer, List<String>>> ours = rowsOf(wb);
      List<Path> csv = LibreOffice.toCsv(wb, dir.resolve("csv-" + sheets));
      assertEquals(ours.size(), csv.size(), wb + ": one CSV per sheet");
      int s = 0;
      for (Map.Entry<String, Map<Integer, List<String>>> sheet : ours.entrySet()) {
        Path file = csv.stream().filter(f -> f.getFileName().toString().endsWith("-" + sheet.getKey() + ".csv"))
            .findFirst().orElseThrow(() -> new AssertionError("no CSV for sheet " + sheet.getKey() + " of " + wb));
        List<List<String>> theirs = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (CSVRecord rec : CSVFormat.RFC4180.parse(r)) {
            theirs.add(trimmed(rec.toList()));
          }
        }
        int last = sheet.getValue().isEmpty() ? 0 : ((TreeMap<Integer, List<String>>) sheet.getValue()).lastKey();
        assertTrue(theirs.size() >= last, wb + "!" + sheet.getKey() + ": LibreOffice has fewer rows");
        for (int row = 1; row <= last; row++) {
          List<String> want = sheet.getValue().getOrDefault(row, List.of());
          assertEquals(want, theirs.get(row - 1), wb + "!" + sheet.getKey() + " row " + row);
          rows++;
        }
        s++;
      }
      sheets += s;
    }
    assertEquals(5, sheets);
    assertTrue(rows > 26 + 18 + 3, "compared " + rows + " rows");
  }

  /** Every sheet's rows as our reader sees them: row number → cell texts, trailing blanks removed. */
  static Map<String, Map<Integer, List<String>>> rowsOf(Path workbook) throws Exception {
    Map<String, Map<Integer, List<String>>> out = new LinkedHashMap<>();
    new XlsxTableSource().read(workbook, new SheetVisitor() {
      Map<Integer, List<String>> current;

      @Override
      public void startSheet(String name, List<CellRange> merged) {
        current = new TreeMap<>();
        out.put(name, current);
      }

      @Override
      public void row(int rowNumber, String[] cells) {
        List<String> texts = new ArrayList<>();
        for (String c : cells) {
          texts.add(c == null ? "" : c);
        }
        current.put(rowNumber, trimmed(texts));
      }

      @Override
      public void endSheet() {}
    });
    return out;
  }

  private static List<String> trimmed(List<String> cells) {
    List<String> l = new ArrayList<>(cells);
    while (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
      l.remove(l.size() - 1);
    }
    return l.isEmpty() ? List.of() : List.copyOf(Arrays.asList(l.toArray(new String[0])));
  }
}
