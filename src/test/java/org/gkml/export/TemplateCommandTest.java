package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gkml template: a blank workbook with drop-downs that validate reads back, blank and filled in. */
class TemplateCommandTest {

  @Test
  void blankTemplateHasDropDownsAndValidates(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.xlsx");
    Cli run = Cli.run("template", "--field", "义务教育", "--region", "清溪县", "-o", f.toString());
    assertEquals(0, run.exit(), run.err());
    try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
      XSSFSheet s = wb.getSheet("义务教育");
      assertEquals("清溪县义务教育领域基层政务公开标准目录", s.getRow(0).getCell(0).getStringCellValue());
      List<? extends DataValidation> dvs = s.getDataValidations();
      DataValidation ticks = dvs.stream().filter(d -> d.getValidationConstraint().getExplicitListValues() != null)
          .findFirst().orElseThrow();
      assertEquals(List.of("√"), List.of(ticks.getValidationConstraint().getExplicitListValues()));
      assertEquals("I4:N103", ticks.getRegions().getCellRangeAddress(0).formatAsString());
      assertTrue(dvs.stream().anyMatch(d -> d.getRegions().getCellRangeAddress(0).formatAsString().equals("H4:H103")
          && d.getShowPromptBox()), "the channel column prompts for the helper");
      XSSFSheet helper = wb.getSheet(TemplateWriter.HELPER_SHEET);
      String formula = helper.getRow(16).getCell(0).getCellFormula();
      assertTrue(formula.startsWith("IF(B2=\"√\",\"■\",\"□\")&A2"), formula);
    }
    Cli v = Cli.run("validate", f.toString(), "--format", "json");
    assertEquals(0, v.exit(), v.out() + v.err());
    assertTrue(v.out().contains("\"kind\" : \"catalog\"") || v.out().contains("\"kind\": \"catalog\""), v.out());
    assertEquals(2, Cli.run("template", "--field", "义务教育", "-o", f.toString()).exit(), "exists: needs --force");
    assertEquals(0, Cli.run("template", "--field", "义务教育", "--force", "-o", f.toString()).exit());
    assertEquals(2, Cli.run("template", "--field", "不存在的领域", "-o", dir.resolve("x.xlsx").toString()).exit());
  }

  @Test
  void aFilledInCopyValidates(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.xlsx");
    assertEquals(0, Cli.run("template", "--field", "YWJY", "--region", "清溪县", "-o", f.toString()).exit());
    Path filled = dir.resolve("filled.xlsx");
    String[][] rows = {
        {"1", "政策文件", "法律法规", "义务教育相关法律、行政法规、部门规章",
            "《中华人民共和国义务教育法》\n《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条",
            "信息形成或者变更之日起20个工作日内", "清溪县教育局",
            "■政府网站 □政府公报 ■两微一端 □发布会/听证会 □广播电视 □纸质媒体 ■公开查阅点 □政务服务中心 □便民服务站 □入户/现场 "
                + "□社区/企事业单位/村公示栏（电子屏） □精准推送 □其他", "√", "", "√", "", "√", ""},
        {"2", "政策文件", "规范性文件", "本县教育部门制定的规范性文件及政策解读",
            "《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条", "信息形成或者变更之日起20个工作日内", "清溪县教育局",
            "■政府网站 ■政府公报 ■两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 □政务服务中心 □便民服务站 □入户/现场 "
                + "□社区/企事业单位/村公示栏（电子屏） □精准推送 □其他", "√", "", "√", "", "√", ""}};
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
      XSSFSheet s = wb.getSheetAt(0);
      for (int i = 0; i < rows.length; i++) {
        Row r = s.getRow(TemplateLayout.FIRST_DATA_ROW - 1 + i);
        for (int c = 0; c < rows[i].length; c++) {
          if (!rows[i][c].isEmpty()) {
            r.getCell(c).setCellValue(rows[i][c]);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(filled)) {
        wb.write(out);
      }
    }
    Cli v = Cli.run("validate", filled.toString(), "--format", "json");
    assertEquals(0, v.exit(), v.out() + v.err());
    assertTrue(v.out().contains("\"items\" : 2") || v.out().contains("\"items\": 2"), v.out());
    List<ExportItem> items = ExportFixtures.read(filled);
    assertEquals(2, items.size());
    assertEquals(List.of("政府网站", "两微一端", "公开查阅点"), items.get(0).channels());
    assertEquals(List.of("县级"), items.get(1).levels());
  }
}
