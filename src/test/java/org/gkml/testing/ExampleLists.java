package org.gkml.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the example inputs from their text sources (src/test/resources/examples-src): the 权责清单 as .xlsx and the
 * 公共服务事项清单 as a GBK .csv, as examples/ ships them. Cells' literal {@code \n} become line breaks.
 */
public final class ExampleLists {

  public static final Path SOURCES = Path.of("src/test/resources/examples-src");

  static {
    // POI logs through log4j-api; keep tests that touch POI before the CLI quiet, as GkmlCommand does.
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
  }

  private ExampleLists() {}

  /** The TSV's lines as cells, header first; {@code \n} decoded. */
  public static List<String[]> tsv(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(SOURCES.resolve(name), StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].replace("\\n", "\n");
      }
      rows.add(cells);
    }
    return rows;
  }

  public static Path powerXlsx(Path dir) throws IOException {
    Path file = dir.resolve("power-list.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = wb.createSheet("权责清单");
      int r = 0;
      for (String[] cells : tsv("power-list.tsv")) {
        var row = sheet.createRow(r++);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  public static Path serviceCsv(Path dir) throws IOException {
    Path file = dir.resolve("service-list.csv");
    try (Writer w = Files.newBufferedWriter(file, Charset.forName("GBK"));
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      for (String[] cells : tsv("service-list.tsv")) {
        p.printRecord((Object[]) cells);
      }
    }
    return file;
  }

  /** Data rows of a TSV source (lines after the header). */
  public static int dataRows(String name) throws IOException {
    return tsv(name).size() - 1;
  }
}
