package org.gkml.read.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gkml.read.CellRange;
import org.gkml.read.SheetVisitor;
import org.gkml.testing.RawWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet part in UTF-16 (XML allows it; no producer we know writes it) reads as the same sheet in UTF-8. */
class XlsxSheetEncodingTest {

  @TempDir
  Path dir;

  private List<String> rows(Path file) throws Exception {
    List<String> rows = new ArrayList<>();
    new XlsxTableSource().read(file, new SheetVisitor() {
      @Override
      public void startSheet(String name, List<CellRange> merged) {
        rows.add(name + " " + merged);
      }

      @Override
      public void row(int rowNumber, String[] cells) {
        rows.add(rowNumber + " " + Arrays.toString(cells));
      }

      @Override
      public void endSheet() {}
    });
    return rows;
  }

  @Test
  void utf16SheetReadsAsItsUtf8Twin() throws Exception {
    String sheet = RawWorkbook.sheetStart("A1:C3")
        + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c>" + RawWorkbook.inline("B1", "清溪县民政局 😀 &amp; 〔2021〕")
        + "<c r=\"C1\"><v>42</v></c></row><row r=\"3\">" + RawWorkbook.inline("A3", "第二行") + "</row>"
        + RawWorkbook.SHEET_END.replace("</worksheet>", "<mergeCells count=\"1\"><mergeCell ref=\"A1:A2\"/>"
            + "</mergeCells></worksheet>");
    Path utf8 = dir.resolve("utf8.xlsx");
    Files.write(utf8, RawWorkbook.withSheet(sheet.getBytes(StandardCharsets.UTF_8)));
    Path utf16 = dir.resolve("utf16.xlsx");
    Files.write(utf16, RawWorkbook.withSheet(sheet.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
        .getBytes(StandardCharsets.UTF_16)));
    List<String> expected = rows(utf8);
    assertEquals(3, expected.size());
    assertEquals("3 [第二行]", expected.get(2));
    assertEquals(expected, rows(utf16));
  }
}
