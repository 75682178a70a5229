package org.gkml.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small review workbooks (one header row per sheet, frozen, filterable, wrapped text). The zip is written to a
 * seekable temporary file first, so every entry carries its sizes in the local header (CONTRACT: exceljs' streaming
 * reader and SheetJS reject data descriptors), then copied to the output (a temporary file of AtomicOutput).
 */
final class ReviewSheets implements AutoCloseable {

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle wrap;

  ReviewSheets() {
    Font bold = wb.createFont();
    bold.setBold(true);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
  }

  /** A sheet with its header row and column widths (in characters). */
  Sheet sheet(String name, List<String> columns, int[] widths) {
    Sheet s = wb.createSheet(name);
    Row r = s.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      r.createCell(i).setCellValue(columns.get(i));
      r.getCell(i).setCellStyle(header);
      s.setColumnWidth(i, Math.min(255, widths[i]) * 256);
    }
    s.createFreezePane(0, 1);
    s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, columns.size() - 1));
    return s;
  }

  /** Appends a row of texts and numbers (null = empty cell). */
  void row(Sheet s, Object... values) {
    Row r = s.createRow(s.getLastRowNum() + 1);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      var c = r.createCell(i);
      if (v instanceof Number n) {
        c.setCellValue(n.doubleValue());
      } else {
        c.setCellValue(clip(v.toString()));
      }
      c.setCellStyle(wrap);
    }
  }

  /** Excel refuses cells longer than 32767 characters. */
  private static String clip(String s) {
    return s.length() > 32_000 ? s.substring(0, 32_000) + "…" : s;
  }

  void write(OutputStream out) throws IOException {
    Path tmp = Files.createTempFile("gkml-review-", ".xlsx");
    try {
      try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(tmp.toFile())) {
        wb.write(zip); // POI finishes the archive
      }
      Files.copy(tmp, out);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public void close() throws IOException {
    wb.close();
  }
}
