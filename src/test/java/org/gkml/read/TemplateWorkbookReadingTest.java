package org.gkml.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gkml.model.CatalogItem;
import org.gkml.model.ChannelList;
import org.gkml.model.ChannelMark;
import org.gkml.model.Element;
import org.gkml.model.InputKind;
import org.gkml.model.Origin;
import org.gkml.model.Tick;
import org.gkml.model.TickGroup;
import org.gkml.read.xlsx.XlsxTableSource;
import org.gkml.testing.Collect;
import org.gkml.testing.TemplateWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook in the national template as offices really send it — title row, two-row merged header in
 * Traditional characters, merged 一级事项, box glyph variants (口, ▄, t), 同上, a deadline broken over lines,
 * ✓ and words in tick columns — read element by element, each with its cell.
 */
class TemplateWorkbookReadingTest {

  static final String ALL_13 = "□政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 □政务服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏（电子屏） □精准推送 □其他";

  static List<CatalogItem> items;

  @BeforeAll
  static void read(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("template.xlsx");
    new TemplateWorkbook().traditionalHeaders()
        .row("招生入学", "招生政策", "招生入学政策文件、划片范围", "《中华人民共和国义务教育法》", "信息形成或者变更\n之日起20个\n工作日内",
            "清溪县教育局", "■政府网站 口政府公报 ■两微一端 口纸质媒体", "√", "", "√", "", "√", "")
        .row("招生入学", "招生计划", "招生计划、招生人数", "《中华人民共和国义务教育法》", "同上",
            "清溪县教育局", "▄政府网站\n□政府公报\n▄公开查阅点", "✓", "", "√", "", "县级", "√")
        .row("招生入学", "入学名单", "录取名单", "《中华人民共和国义务教育法》", "录取结果确定后7个工作日内",
            "清溪县教育局", "t政府网站 t两微一端 □纸质媒体 □其他", "", "特定群体：适龄儿童家长", "", "√", "", "√")
        .row("学生资助", "资助政策", "两免一补政策", "《中华人民共和国政府信息公开条例》", "信息形成或者变更之日起20个工作日内",
            "青石镇人民政府", "政府网站、便民服务站", "√", "", "√", "", "", "√")
        .row("学生资助", "资助名单", "资助对象名单", "", "", "", ALL_13, "", "", "", "", "", "")
        .write(file);
    Collect c = Collect.read(new XlsxTableSource(), file, null);
    assertEquals(1, c.tables.size());
    assertEquals(InputKind.CATALOG, c.tables.get(0).kind());
    assertEquals("义务教育!A2", c.tables.get(0).location().display());
    items = c.items();
  }

  @Test
  void anXlsOfTheSameWorkbookReadsIdentically(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("same.xlsx");
    Path xls = dir.resolve("same.xls");
    TemplateWorkbook wb = new TemplateWorkbook().traditionalHeaders()
        .row("招生入学", "招生政策", "政策文件", "《中华人民共和国义务教育法》", "同上", "清溪县教育局", "■政府网站 口政府公报", "√", "", "√", "", "√", "")
        .row("招生入学", "招生计划", "计划", "《中华人民共和国义务教育法》", "20个\n工作日内", "清溪县教育局", "t政府网站", "", "低保家庭", "", "✓", "县级", "√");
    wb.write(xlsx);
    wb.write(xls);
    List<CatalogItem> a = Collect.read(new XlsxTableSource(), xlsx, null).items();
    List<CatalogItem> b = Collect.read(new org.gkml.read.xls.XlsTableSource(), xls, null).items();
    assertEquals(2, a.size());
    assertEquals(a.toString().replace("same.xlsx", "F"), b.toString().replace("same.xls", "F"));
  }

  @Test
  void readsEveryDataRowAndSkipsTitleAndHeader() {
    assertEquals(5, items.size());
    assertEquals("义务教育!A4", items.get(0).location().display());
    assertEquals("义务教育!A8", items.get(4).location().display());
  }

  @Test
  void firstRowEveryElementAndCell() {
    CatalogItem i = items.get(0);
    assertElement(i.topic(), "招生入学", "义务教育!B4", Origin.WRITTEN);
    assertElement(i.item(), "招生政策", "义务教育!C4", Origin.WRITTEN);
    assertElement(i.content(), "招生入学政策文件、划片范围", "义务教育!D4", Origin.WRITTEN);
    assertElement(i.basis().get(0), "《中华人民共和国义务教育法》", "义务教育!E4", Origin.WRITTEN);
    assertElement(i.deadline(), "信息形成或者变更\n之日起20个\n工作日内", "义务教育!F4", Origin.WRITTEN);
    assertElement(i.owner(), "清溪县教育局", "义务教育!G4", Origin.WRITTEN);
    assertEquals("义务教育!H4", i.channels().cell().location().display());
    assertChannels(i.channels(), ChannelList.Style.GLYPHS, "政府网站+", "政府公报-", "两微一端+", "纸质媒体-");
    assertTicks(i.audience(), "全社会@I4");
    assertTicks(i.mode(), "主动@K4");
    assertTicks(i.levels(), "县级@M4");
    assertEquals("招生入学/招生政策", i.label());
  }

  @Test
  void mergedTopicSameAsAboveTickAndTextVariants() {
    CatalogItem i = items.get(1);
    assertElement(i.topic(), "招生入学", "义务教育!B4", Origin.MERGED);
    assertElement(i.item(), "招生计划", "义务教育!C5", Origin.WRITTEN);
    assertElement(i.deadline(), "信息形成或者变更\n之日起20个\n工作日内", "义务教育!F5", Origin.SAME_AS_ABOVE);
    assertChannels(i.channels(), ChannelList.Style.GLYPHS, "政府网站+", "政府公报-", "公开查阅点+");
    assertTicks(i.audience(), "全社会@I5");
    Tick county = i.levels().ticks().get(0);
    assertEquals("县级", county.option());
    assertTrue(county.asText(), "县级 written as words in the 县级 column");
    assertTicks(i.levels(), "县级@M5", "乡级@N5");
  }

  @Test
  void lostFontBoxesAndNamedGroup() {
    CatalogItem i = items.get(2);
    assertElement(i.topic(), "招生入学", "义务教育!B4", Origin.MERGED);
    assertChannels(i.channels(), ChannelList.Style.GLYPHS, "政府网站+", "两微一端+", "纸质媒体-", "其他-");
    assertTicks(i.audience(), "特定群体@J6");
    assertEquals("适龄儿童家长", i.audience().ticks().get(0).detail());
    assertTicks(i.mode(), "依申请@L6");
  }

  @Test
  void plainChannelListAndNewTopic() {
    CatalogItem i = items.get(3);
    assertElement(i.topic(), "学生资助", "义务教育!B7", Origin.WRITTEN);
    assertChannels(i.channels(), ChannelList.Style.PLAIN, "政府网站+", "便民服务站+");
    assertTicks(i.levels(), "乡级@N7");
  }

  @Test
  void blanksAreMissingButLocated() {
    CatalogItem i = items.get(4);
    assertElement(i.topic(), "学生资助", "义务教育!B7", Origin.MERGED);
    assertElement(i.basis().get(0), "", "义务教育!E8", Origin.MISSING);
    assertElement(i.deadline(), "", "义务教育!F8", Origin.MISSING);
    assertElement(i.owner(), "", "义务教育!G8", Origin.MISSING);
    assertEquals(13, i.channels().marks().size());
    assertEquals(0, i.channels().chosenCount());
    assertEquals(0, i.audience().count());
    assertEquals("义务教育!I8", i.audience().location().display());
    assertEquals("义务教育!K8", i.mode().location().display());
    assertEquals("义务教育!M8", i.levels().location().display());
  }

  static void assertElement(Element e, String text, String cell, Origin origin) {
    assertEquals(text, e.text());
    assertEquals(cell, e.location().display());
    assertEquals(origin, e.origin());
  }

  /** Expected marks as name+ (chosen) or name- (not chosen). */
  static void assertChannels(ChannelList list, ChannelList.Style style, String... expected) {
    assertEquals(style, list.style());
    List<String> actual = list.marks().stream().map(m -> m.name() + (m.chosen() ? "+" : "-")).toList();
    assertEquals(List.of(expected), actual);
    for (ChannelMark m : list.marks()) {
      assertFalse(m.name().isBlank());
    }
  }

  /** Expected ticks as option@cell. */
  static void assertTicks(TickGroup g, String... expected) {
    assertTrue(g.columnPresent());
    List<String> actual = g.ticks().stream()
        .map(t -> t.option() + "@" + t.cell().location().cellRef()).toList();
    assertEquals(List.of(expected), actual);
  }
}
