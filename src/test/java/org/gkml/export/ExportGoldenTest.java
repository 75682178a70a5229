package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files of the examples' export: YAML and JSON byte for byte, workbooks as what they hold (cell values and
 * types, merged ranges, layout), not as zip bytes. {@code -Dgkml.updateGolden=true} rewrites them; review the diff.
 */
class ExportGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/export");

  @Test
  void examplesMatchTheGoldenFiles(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Cli run = Cli.run("export", "examples/qingxi-ywjy-catalog.xlsx", "examples/qingxi-shjz-catalog.yaml", "--format",
        "xlsx,yaml,json", "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    for (String name : List.of("catalog-ywjy.yaml", "catalog-ywjy.json", "catalog-shjz.yaml", "catalog-shjz.json",
        "catalog-ywjy.xlsx", "catalog-shjz.xlsx")) {
      String got = name.endsWith(".xlsx") ? dump(out.resolve(name)) : Files.readString(out.resolve(name));
      Path golden = GOLDEN.resolve(name.endsWith(".xlsx") ? name + ".txt" : name);
      if (Boolean.getBoolean("gkml.updateGolden")) {
        Files.writeString(golden, got, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), got, name);
    }
  }

  /** A workbook as text: per sheet its layout, merged ranges, then every non-empty cell with its type. */
  static String dump(Path xlsx) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        sb.append("sheet ").append(s.getSheetName()).append('\n');
        sb.append("paper ").append(s.getPrintSetup().getPaperSize()).append(" landscape ")
            .append(s.getPrintSetup().getLandscape()).append(" fitWidth ").append(s.getPrintSetup().getFitWidth())
            .append(" fitHeight ").append(s.getPrintSetup().getFitHeight()).append(" repeat ")
            .append(s.getRepeatingRows() == null ? "-" : s.getRepeatingRows().formatAsString()).append(" freeze ")
            .append(s.getPaneInformation() == null ? "-" : s.getPaneInformation().getHorizontalSplitPosition())
            .append('\n');
        sb.append("widths");
        for (int c = 0; c < TemplateLayout.COLUMNS; c++) {
          sb.append(' ').append(s.getColumnWidth(c) / 256);
        }
        sb.append('\n');
        List<String> merged = new ArrayList<>();
        for (CellRangeAddress r : s.getMergedRegions()) {
          merged.add(r.formatAsString());
        }
        sb.append("merged ").append(String.join(" ", merged)).append('\n');
        for (Row r : s) {
          for (Cell c : r) {
            String v = switch (c.getCellType()) {
              case STRING -> c.getStringCellValue();
              case NUMERIC -> String.valueOf(c.getNumericCellValue());
              case BLANK -> "";
              default -> c.getCellType().toString();
            };
            if (v.isEmpty()) {
              continue;
            }
            sb.append(c.getAddress().formatAsString()).append(' ').append(c.getCellType().name().charAt(0))
                .append(c.getCellStyle().getQuotePrefixed() ? "'" : "").append(' ')
                .append(v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
                .append('\n');
          }
        }
      }
    }
    return sb.toString();
  }
}
