package org.gkml.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.model.CatalogItem;
import org.gkml.read.xlsx.XlsxTableSource;
import org.gkml.testing.Cli;
import org.gkml.testing.Collect;
import org.gkml.testing.TemplateWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that come by mail and USB stick from many offices: gkml survives them and never trusts them. */
class HostileFilesTest {

  @TempDir Path dir;

  /** Copies a workbook, replacing one zip entry's bytes. */
  static void replaceEntry(Path from, Path to, String entry, byte[] content) throws Exception {
    try (ZipFile zf = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (var e = zf.entries(); e.hasMoreElements(); ) {
        ZipEntry z = e.nextElement();
        out.putNextEntry(new ZipEntry(z.getName()));
        if (z.getName().equals(entry)) {
          out.write(content);
        } else {
          zf.getInputStream(z).transferTo(out);
        }
        out.closeEntry();
      }
    }
  }

  Path template() throws Exception {
    Path f = dir.resolve("t.xlsx");
    new TemplateWorkbook().row("招生入学", "招生政策", "政策文件", "《中华人民共和国义务教育法》", "20个工作日",
        "清溪县教育局", "■政府网站", "√", "", "√", "", "√", "").write(f);
    return f;
  }

  @Test
  void zipBombIsRefusedQuickly() throws Exception {
    Path bomb = dir.resolve("bomb.xlsx");
    // A sheet of 300 MB of blanks deflates to ~300 KB: a ratio no real sheet has.
    try (ZipFile zf = new ZipFile(template().toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (var e = zf.entries(); e.hasMoreElements(); ) {
        ZipEntry z = e.nextElement();
        out.putNextEntry(new ZipEntry(z.getName()));
        if (z.getName().equals("xl/worksheets/sheet1.xml")) {
          out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
          byte[] blanks = new byte[1 << 20];
          java.util.Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < 300; i++) {
            out.write(blanks);
          }
          out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        } else {
          zf.getInputStream(z).transferTo(out);
        }
        out.closeEntry();
      }
    }
    Cli r = Cli.run("validate", bomb.toString());
    assertEquals(2, r.exit(), r.out());
    assertTrue(r.out().contains("压缩炸弹"), r.out());
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
    String sheet = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一级事项</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>二级事项</t></is></c>"
        + "<c r=\"C1\" t=\"inlineStr\"><is><t>公开内容</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>公开依据</t></is></c>"
        + "<c r=\"E1\" t=\"inlineStr\"><is><t>公开时限</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>招生</t></is></c></row>"
        + "</sheetData></worksheet>";
    Path xxe = dir.resolve("xxe.xlsx");
    replaceEntry(template(), xxe, "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
    Cli r = Cli.run("validate", "--format", "json", xxe.toString());
    assertFalse(r.out().contains("TOP-SECRET"), r.out());
    assertFalse(r.err().contains("TOP-SECRET"), r.err());
    assertTrue(r.exit() == 2 || r.exit() == 1, r.out());
  }

  @Test
  void formulasGiveTheirCachedValuesAndNumbersAndDatesReadAsShown() throws Exception {
    Path f = dir.resolve("formulas.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      Sheet s = wb.createSheet("目录");
      String[] h = {"序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"};
      Row r0 = s.createRow(0);
      for (int c = 0; c < h.length; c++) {
        r0.createCell(c).setCellValue(h[c]);
      }
      Row r = s.createRow(1);
      r.createCell(0).setCellValue(1);
      r.createCell(1).setCellFormula("\"招生\"&\"入学\"");
      r.createCell(2).setCellValue("招生政策");
      r.createCell(3).setCellValue(12.5);
      r.createCell(4).setCellFormula("HYPERLINK(\"http://example.invalid\",\"《义务教育法》\")");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      r.createCell(5).setCellValue(java.time.LocalDate.of(2024, 1, 5));
      r.getCell(5).setCellStyle(date);
      r.createCell(6).setCellValue("清溪县教育局");
      r.createCell(7).setCellValue("政府网站");
      r.createCell(8).setCellValue("全社会");
      r.createCell(9).setCellValue("主动");
      r.createCell(10).setCellValue("县级");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
    }
    CatalogItem i = Collect.read(new XlsxTableSource(), f, null).items().get(0);
    assertEquals("招生入学", i.topic().text(), "cached value of the formula, not the formula");
    assertEquals("12.5", i.content().text());
    assertEquals("《义务教育法》", i.basis().get(0).text());
    assertEquals("2024-01-05", i.deadline().text(), "a date reads as the text Excel shows");
  }

  @Test
  void csvWithNulBytesAndMixedLineEndingsReadsAndAnUnterminatedQuoteNamesItsLine() throws Exception {
    Path nul = Files.write(dir.resolve("nul.csv"), ("事项名称,服务对象,办理依据,办理时限,实施主体\r\n"
        + "就业\0失业登记,劳动者,《就业促进法》,即时办结,清溪县人社局\n"
        + "法律援助,经济困难公民,《法律援助法》,7日,清溪县司法局\r").getBytes(StandardCharsets.UTF_8));
    Cli ok = Cli.run("validate", "--format", "json", nul.toString());
    assertEquals(0, ok.exit(), ok.out());
    assertTrue(ok.out().contains("\"items\" : 2"), ok.out());

    Path quote = Files.write(dir.resolve("quote.csv"), ("事项名称,服务对象,办理依据,办理时限,实施主体\n"
        + "就业失业登记,劳动者,《就业促进法》,即时办结,清溪县人社局\n"
        + "法律援助,\"经济困难公民,《法律援助法》,7日,清溪县司法局\n"
        + "临时救助,困难群众,《社会救助暂行办法》,10个工作日,清溪县民政局\n").getBytes(StandardCharsets.UTF_8));
    Cli bad = Cli.run("validate", quote.toString());
    assertEquals(2, bad.exit(), bad.out());
    assertTrue(bad.out().contains("第 3 行开始的引号没有闭合"), bad.out());
  }
}
