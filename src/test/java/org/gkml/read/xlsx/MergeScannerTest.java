package org.gkml.read.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.read.CellRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merged ranges of each sheet, found on a second thread or when asked for, are the same. */
class MergeScannerTest {

  @Test
  void backgroundScanFindsWhatTheScanHereFinds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("merges.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet first = wb.createSheet("义务教育");
      for (int r = 0; r < 3000; r++) {
        first.createRow(r).createCell(0).setCellValue("事项" + r);
      }
      first.addMergedRegion(new CellRangeAddress(2, 6, 1, 1));
      first.addMergedRegion(new CellRangeAddress(10, 10, 2, 5));
      wb.createSheet("空表");
      XSSFSheet third = wb.createSheet("社会救助");
      third.createRow(0).createCell(0).setCellValue("x");
      third.addMergedRegion(new CellRangeAddress(1, 200, 0, 0));
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
      List<PackagePart> parts = new ArrayList<>();
      while (it.hasNext()) {
        it.next().close();
        parts.add(it.getSheetPart());
      }
      MergeScanner.Pending here = MergeScanner.start(parts, false);
      MergeScanner.Pending there = MergeScanner.start(parts, true);
      List<List<CellRange>> expected = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        expected.add(here.get(i));
        assertEquals(expected.get(i), there.get(i), "sheet " + i);
      }
      assertEquals(List.of(2, 0, 1), expected.stream().map(List::size).toList());
      assertEquals(List.of(CellRange.parse("A2:A201")), expected.get(2));
    }
  }
}
