package org.gkml.examples;

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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.testing.TemplateWorkbook;

/**
 * Builds the bundled examples/ from their text sources in src/test/resources/examples-src (fictional 清溪县):
 * run {@code java -cp … org.gkml.examples.ExampleFiles examples} after editing a source. ExamplesTest checks the
 * committed files.
 */
public final class ExampleFiles {

  static final Path SOURCES = Path.of("src/test/resources/examples-src");

  private ExampleFiles() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "examples");
    Files.createDirectories(out);
    powerList(out.resolve("qingxi-power-list.xlsx"));
    serviceList(out.resolve("qingxi-service-list-gbk.csv"));
    new TemplateWorkbook().rows(tsv("catalog-ywjy.tsv")).write(out.resolve("qingxi-ywjy-catalog.xlsx"));
    Files.copy(SOURCES.resolve("catalog-shjz.yaml"), out.resolve("qingxi-shjz-catalog.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The rows of a TSV source after its header, with {@code \n} decoded to line breaks. */
  public static List<String[]> tsv(String name) throws IOException {
    List<String> lines = Files.readAllLines(SOURCES.resolve(name), StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].replace("\\n", "\n");
      }
      rows.add(cells);
    }
    return rows;
  }

  static String[] header(String name) throws IOException {
    return Files.readAllLines(SOURCES.resolve(name), StandardCharsets.UTF_8).get(0).split("\t", -1);
  }

  /** A county 权责清单 as offices publish it: a title row over the header, and a sheet of notes. */
  static void powerList(Path file) throws IOException {
    String[] header = header("power-list.tsv");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("权责清单");
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      s.createRow(0).createCell(0).setCellValue("清溪县人民政府部门权责清单（2024年版）");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, header.length - 1));
      Row h = s.createRow(1);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      int r = 2;
      for (String[] cells : tsv("power-list.tsv")) {
        Row row = s.createRow(r++);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            if (c == 0 && cells[c].matches("\\d+")) {
              row.createCell(c).setCellValue(Integer.parseInt(cells[c]));
            } else {
              row.createCell(c).setCellValue(cells[c]);
            }
            row.getCell(c).setCellStyle(wrap);
          }
        }
      }
      Sheet notes = wb.createSheet("填表说明");
      notes.createRow(0).createCell(0).setCellValue("1. 职权类型按十类填写；2. 实施依据写明法律法规名称及条款；3. 本清单动态调整。");
      wb.write(out);
    }
  }

  /** A 公共服务事项清单 exported as CSV in GBK, as Excel and WPS do on Chinese Windows. */
  static void serviceList(Path file) throws IOException {
    Charset gbk = Charset.forName("GBK");
    try (Writer w = Files.newBufferedWriter(file, gbk);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
      p.printRecord((Object[]) header("service-list.tsv"));
      for (String[] cells : tsv("service-list.tsv")) {
        p.printRecord((Object[]) cells);
      }
    }
  }
}
