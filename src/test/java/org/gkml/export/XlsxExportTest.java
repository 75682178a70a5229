package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.model.Location;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook: the template's layout, formula injection, the zip form other readers need, streaming merges. */
class XlsxExportTest {

  static final List<String> FORMULA_LIKE =
      List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-1+1", "@SUM(A1)", "\t=1", "\r=1");

  private static ExportItem item(int n, String topic, String text) {
    return new ExportItem(n, "", topic, text, text, List.of(text), text, text, List.of("政府网站"), List.of("全社会"), "",
        List.of("主动"), List.of("县级"), Location.file("t"), List.of());
  }

  private static Path export(Path dir, List<ExportItem> items, boolean single) throws Exception {
    ExportOptions o = new ExportOptions(dir, single, false, StandardCharsets.UTF_8, List.of(), "zh");
    try (XlsxCatalogWriter w = new XlsxCatalogWriter(o)) {
      w.beginField(new ExportField("清溪县", "SHJZ", "社会救助"));
      for (ExportItem i : items) {
        w.item(i);
      }
      w.endField();
      w.commit();
      return w.written().get(0);
    }
  }

  @Test
  void formulaLikeValuesAreTextCellsWithTheQuotePrefix(@TempDir Path dir) throws Exception {
    List<ExportItem> items = new ArrayList<>();
    for (String v : FORMULA_LIKE) {
      items.add(item(items.size() + 1, "主题" + items.size(), v));
    }
    Path f = export(dir, items, false);
    try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
      XSSFSheet s = wb.getSheetAt(0);
      for (int i = 0; i < FORMULA_LIKE.size(); i++) {
        Row r = s.getRow(TemplateLayout.FIRST_DATA_ROW - 1 + i);
        for (int c : new int[] {TemplateLayout.ITEM, TemplateLayout.CONTENT, TemplateLayout.BASIS,
            TemplateLayout.DEADLINE, TemplateLayout.OWNER}) {
          Cell cell = r.getCell(c);
          assertEquals(CellType.STRING, cell.getCellType(), FORMULA_LIKE.get(i));
          assertEquals(FORMULA_LIKE.get(i), cell.getStringCellValue());
          assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote prefix on " + FORMULA_LIKE.get(i));
        }
        assertFalse(r.getCell(TemplateLayout.TOPIC).getCellStyle().getQuotePrefixed(), "only where needed");
      }
    }
    String xml = entry(f, "xl/worksheets/sheet1.xml");
    assertFalse(xml.contains("<f>") || xml.contains("<f "), "no formula element anywhere");
  }

  @Test
  void theTemplateLayout(@TempDir Path dir) throws Exception {
    List<ExportItem> items = List.of(item(1, "甲", "一"), item(2, "甲", "二"), item(3, "甲", "三"), item(4, "乙", "四"),
        item(5, "丙", "五"), item(6, "丙", "六"));
    Path f = export(dir, items, false);
    assertEquals("catalog-shjz.xlsx", f.getFileName().toString());
    try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
      XSSFSheet s = wb.getSheetAt(0);
      assertEquals("社会救助", s.getSheetName());
      assertEquals("清溪县社会救助领域基层政务公开标准目录", s.getRow(0).getCell(0).getStringCellValue());
      Set<String> merged = new HashSet<>();
      for (CellRangeAddress r : s.getMergedRegions()) {
        merged.add(r.formatAsString());
      }
      assertEquals(Set.of("A1:N1", "A2:A3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "B2:C2", "I2:J2", "K2:L2",
          "M2:N2", "B4:B6", "B8:B9"), merged);
      assertEquals("公开对象", s.getRow(1).getCell(8).getStringCellValue());
      assertEquals("特定群体", s.getRow(2).getCell(9).getStringCellValue());
      assertEquals("√", s.getRow(3).getCell(8).getStringCellValue());
      assertEquals(null, s.getRow(3).getCell(9).getStringCellValue().isEmpty() ? null : "x");
      String channels = s.getRow(3).getCell(TemplateLayout.CHANNEL).getStringCellValue();
      assertTrue(channels.startsWith("■政府网站 □政府公报 □两微一端"), channels);
      assertTrue(channels.endsWith("□其他"), channels);
      assertTrue(s.getRow(3).getCell(3).getCellStyle().getWrapText());
      assertEquals(org.apache.poi.ss.usermodel.BorderStyle.THIN, s.getRow(3).getCell(3).getCellStyle().getBorderTop());
      assertEquals(3, s.getPaneInformation().getHorizontalSplitPosition());
      PrintSetup ps = s.getPrintSetup();
      assertEquals(PrintSetup.A3_PAPERSIZE, ps.getPaperSize());
      assertTrue(ps.getLandscape());
      assertEquals(1, ps.getFitWidth());
      assertEquals(0, ps.getFitHeight());
      assertTrue(s.getFitToPage());
      assertEquals("2:3", s.getRepeatingRows().formatAsString().replace("$", ""));
      assertEquals(36 * 256, s.getColumnWidth(TemplateLayout.CONTENT));
    }
  }

  @Test
  void channelCellListsEveryStandardBoxThenTheExtras() {
    XlsxCatalogWriter w = new XlsxCatalogWriter(new ExportOptions(Path.of("."), false, false, null, List.of(), "zh"));
    String cell = w.channelCell(List.of("两微一端", "其他：国家企业信用信息公示系统", "12345政务服务热线"));
    assertEquals("□政府网站 □政府公报 ■两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 □政务服务中心 □便民服务站 "
        + "□入户/现场 □社区/企事业单位/村公示栏（电子屏） □精准推送 ■其他：国家企业信用信息公示系统 ■12345政务服务热线", cell);
  }

  /** Every local header carries sizes and CRC (no data descriptor): exceljs' streaming reader and SheetJS need it. */
  @Test
  void zipEntriesCarryTheirSizesInTheLocalHeaders(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Cli run = Cli.run("export", "examples/qingxi-ywjy-catalog.xlsx", "examples/qingxi-shjz-catalog.yaml", "--format",
        "xlsx", "--single", "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    Path f = out.resolve("catalog.xlsx");
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f)).order(ByteOrder.LITTLE_ENDIAN);
    int entries = 0;
    int pos = 0;
    while (b.getInt(pos) == 0x04034b50) {
      int flags = b.getShort(pos + 6) & 0xffff;
      long csize = b.getInt(pos + 18) & 0xffffffffL;
      long size = b.getInt(pos + 22) & 0xffffffffL;
      int nameLength = b.getShort(pos + 26) & 0xffff;
      int extra = b.getShort(pos + 28) & 0xffff;
      assertEquals(0, flags & 8, "no data descriptor, entry " + entries);
      assertTrue(csize > 0 && size > 0 && csize != 0xffffffffL, "sizes in the local header");
      pos += 30 + nameLength + extra + (int) csize;
      entries++;
    }
    assertEquals(0x02014b50, b.getInt(pos), "the central directory follows the last entry");
    // java.util.zip.ZipInputStream knows each size from the local header alone.
    int seen = 0;
    try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(f))) {
      for (ZipEntry e; (e = zin.getNextEntry()) != null; seen++) {
        assertTrue(e.getSize() >= 0 && e.getCompressedSize() >= 0, e.getName());
        long n = zin.transferTo(java.io.OutputStream.nullOutputStream());
        assertEquals(e.getSize(), n, e.getName());
      }
    }
    assertEquals(entries, seen);
    assertTrue(seen >= 9);
    // And our own reader reads both sheets.
    assertEquals(26 + 18, ExportFixtures.read(f).size());
    try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
      assertEquals(2, wb.getNumberOfSheets());
      assertEquals("义务教育", wb.getSheetName(0));
      assertEquals("社会救助", wb.getSheetName(1));
    }
  }

  /** Many topic runs streamed through a small row window: every run merged, every item read back in order. */
  @Test
  void streamsManyItemsWithTheirMerges(@TempDir Path dir) throws Exception {
    List<ExportItem> items = new ArrayList<>();
    int n = 2000;
    for (int i = 1; i <= n; i++) {
      items.add(item(i, "主题" + (i / 7), "事项" + i));
    }
    Path f = export(dir, items, false);
    List<ExportItem> back = ExportFixtures.read(f);
    assertEquals(n, back.size());
    for (int i = 0; i < n; i++) {
      assertEquals(items.get(i).topic(), back.get(i).topic());
      assertEquals(items.get(i).item(), back.get(i).item());
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
      XSSFSheet s = wb.getSheetAt(0);
      int topicMerges = 0;
      for (CellRangeAddress r : s.getMergedRegions()) {
        if (r.getFirstColumn() == 1 && r.getFirstRow() >= 3) {
          topicMerges++;
          String topic = s.getRow(r.getFirstRow()).getCell(1).getStringCellValue();
          assertNotNull(topic);
          Row last = s.getRow(r.getLastRow());
          assertEquals("", last.getCell(1).getStringCellValue());
        }
      }
      assertEquals(n / 7 + 1, topicMerges); // topics i/7: every run has two items or more, so each is merged
    }
    assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
  }

  static String entry(Path zip, String name) throws Exception {
    try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ((InputStream) zin).transferTo(out);
          return out.toString(StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " not in " + zip);
  }
}
