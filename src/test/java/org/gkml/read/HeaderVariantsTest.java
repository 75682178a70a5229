package org.gkml.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.model.CatalogItem;
import org.gkml.model.InputKind;
import org.gkml.model.PowerRecord;
import org.gkml.model.ServiceRecord;
import org.gkml.model.Tick;
import org.gkml.read.csv.CsvTableSource;
import org.gkml.testing.Collect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header spellings seen in published catalogs and lists (DOMAIN.md §6, §7.2), recognised from CSV files. */
class HeaderVariantsTest {

  @TempDir Path dir;

  Collect read(String csv, InputKind forced) throws Exception {
    Path f = Files.writeString(dir.resolve("t" + System.nanoTime() + ".csv"), csv, StandardCharsets.UTF_8);
    return Collect.read(new CsvTableSource(), f, forced);
  }

  @Test
  void spacesLineBreaksAndVariantSubHeaders() throws Exception {
    Collect c = read("某某镇基层政务公开标准目录,,,,,,,,,,,,\n"
        + "序 号,公开事项,,\"公开内容\n（要素）\",公开依据,\"公开\n时限\",公开主体,公开渠道及载体,公开对象,,公开方式,,公开层级,\n"
        + ",一级事项,二级事项,,,,,,全社 会,特定群众,主动公开,依申请公开,区级,镇街级\n"
        + "1,政策文件,规范性文件,文件全文,《条例》,20个工作日,某某区教育局,■政府网站,√,,√,,√,\n", null);
    CatalogItem i = c.items().get(0);
    assertEquals("政策文件", i.topic().text());
    assertEquals("规范性文件", i.item().text());
    assertEquals("20个工作日", i.deadline().text());
    assertEquals(List.of("全社会"), options(i.audience().ticks()));
    assertEquals(List.of("主动"), options(i.mode().ticks()));
    assertEquals(List.of("县级"), options(i.levels().ticks()));
    assertEquals("A2", c.tables.get(0).location().cellRef());
  }

  @Test
  void townshipAndVillageLevelsAndFourItemLevels() throws Exception {
    Collect c = read("一级目录,二级目录,三级目录,四级目录,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,镇级,村级,网站所属栏目\n"
        + "财务公开,村级财务,收支明细,季度收支,收支情况,《村民委员会组织法》,每季度公开一次,某某村委会,村公示栏,全社会,主动,,√,村务公开\n", null);
    CatalogItem i = c.items().get(0);
    assertEquals("村级财务/收支明细/季度收支", i.item().text());
    assertEquals("D2", i.item().location().cellRef());
    assertEquals(List.of("全社会"), options(i.audience().ticks()), "a text column 公开对象");
    assertEquals(List.of("主动"), options(i.mode().ticks()));
    assertEquals(List.of("村级"), options(i.levels().ticks()));
  }

  @Test
  void duplicatedTopicHeaderTypoMeansSecondLevel() throws Exception {
    Collect c = read("一级事项,一级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级\n"
        + "机构信息,主管部门,名称、职能,《条例》,20个工作日,某县自然资源局,政府网站,全社会,主动,县级\n", null);
    CatalogItem i = c.items().get(0);
    assertEquals("机构信息", i.topic().text());
    assertEquals("主管部门", i.item().text());
  }

  @Test
  void powerListColumnsAndRepeatedHeaderRowsSkipped() throws Exception {
    Collect c = read("序号,职权编码,职权类型,职权名称,子项,实施依据,实施主体,承办机构,备注,统计口径\n"
        + "1,XK-001,行政许可,食品经营许可,,《食品安全法》第三十五条,某县市场监督管理局,食品科,,\n"
        + "序号,职权编码,职权类型,职权名称,子项,实施依据,实施主体,承办机构,备注,统计口径\n"
        + "2,CF-001,行政处罚,对未取得食品经营许可从事食品经营活动的处罚,,《食品安全法》第一百二十二条,某县市场监督管理局,执法大队,,\n"
        + "注：本清单动态调整,,,,,,,,,\n", null);
    assertEquals(InputKind.POWER, c.tables.get(0).kind());
    assertEquals(2, c.records.size());
    PowerRecord r = (PowerRecord) c.records.get(1);
    assertEquals("行政处罚", r.category().text());
    assertEquals("执法大队", r.agency().text());
    assertEquals("F4", r.basis().location().cellRef());
  }

  @Test
  void serviceListRecognisedAndKindCanBeForced() throws Exception {
    String csv = "事项名称,服务对象,办理依据,办理时限,实施主体,办理地点,咨询电话\n"
        + "就业失业登记,城乡劳动者,《就业促进法》,即时办结,某县人社局,政务服务中心,0551-65820001\n";
    assertEquals(InputKind.SERVICE, read(csv, null).tables.get(0).kind());
    ServiceRecord s = (ServiceRecord) read(csv, null).records.get(0);
    assertEquals("政务服务中心", s.place().text());
    assertTrue(read(csv, InputKind.POWER).tables.get(0).kind() == InputKind.POWER);
  }

  @Test
  void textThatIsNoHeaderIsNotATable() throws Exception {
    Collect c = read("会议纪要,,\n时间,地点,参加人员\n周一,三楼,全体\n", null);
    assertTrue(c.tables.isEmpty());
    assertEquals(List.of("null:sheet.no-header"), c.skipped);
  }

  static List<String> options(List<Tick> ticks) {
    return ticks.stream().map(Tick::option).toList();
  }
}
