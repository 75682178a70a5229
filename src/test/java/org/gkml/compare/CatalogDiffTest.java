package org.gkml.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.reference.PilotFields;
import org.gkml.testing.Cli;
import org.gkml.testing.TemplateWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkml diff} on pairs of catalogs built here, one pair per kind of change. */
class CatalogDiffTest {

  @TempDir Path dir;

  /** One YAML catalog item; {@code null} id leaves the id out. */
  record Item(String id, String topic, String item, String content, String deadline, String channels, String levels) {
    Item deadline(String d) {
      return new Item(id, topic, item, content, d, channels, levels);
    }

    Item named(String t, String i) {
      return new Item(id, t, i, content, deadline, channels, levels);
    }

    Item content(String c) {
      return new Item(id, topic, item, c, deadline, channels, levels);
    }

    Item channels(String c) {
      return new Item(id, topic, item, content, deadline, c, levels);
    }

    Item withoutId() {
      return new Item(null, topic, item, content, deadline, channels, levels);
    }
  }

  static Item item(String id, String topic, String name, String content) {
    return new Item(id, topic, name, content, "信息形成或者变更之日起20个工作日内", "[政府网站, 公开查阅点]", "[县级]");
  }

  static final Item POLICY = item("YWJY-001", "招生管理", "招生政策", "义务教育招生入学政策、入学条件、办理流程");
  static final Item PLAN = item("YWJY-002", "招生管理", "招生计划", "各义务教育学校招生计划、招生人数、班额");
  static final Item RANGE = item("YWJY-003", "招生管理", "招生范围", "各义务教育学校招生服务范围、学区划分示意图");
  static final Item FUNDS = item("YWJY-004", "学生管理", "资助政策", "两免一补政策、资助项目、资助标准");

  Path yaml(String name, String field, Item... items) throws IOException {
    StringBuilder sb = new StringBuilder("catalog: 清溪县" + field + "领域基层政务公开标准目录\nfield: " + field
        + "\nregion: 清溪县\nitems:" + (items.length == 0 ? " []\n" : "\n"));
    for (Item i : items) {
      sb.append("  - ");
      if (i.id() != null) {
        sb.append("id: ").append(i.id()).append("\n    ");
      }
      sb.append("topic: ").append(i.topic()).append("\n    item: ").append(i.item()).append("\n    content: ")
          .append(i.content()).append("\n    basis: [《中华人民共和国义务教育法》]\n    deadline: ").append(i.deadline())
          .append("\n    owner: 清溪县教育局\n    channels: ").append(i.channels())
          .append("\n    audience: 全社会\n    mode: 主动\n    levels: ").append(i.levels()).append("\n");
    }
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  static CatalogDiff.Result diff(Path a, Path b) throws Exception {
    CatalogInputs in = new CatalogInputs(PilotFields.builtIn());
    return new CatalogDiff().compare(in.read(a, a.getFileName().toString()), in.read(b, b.getFileName().toString()));
  }

  static CatalogDiff.ElementChange only(CatalogDiff.Pair p, String element) {
    List<CatalogDiff.ElementChange> found = p.changes().stream().filter(c -> c.element().equals(element)).toList();
    assertEquals(1, found.size(), () -> element + " in " + p.changes());
    return found.get(0);
  }

  @Test
  void identicalCatalogsHaveNoChanges() throws Exception {
    Path a = yaml("a.yaml", "义务教育", POLICY, PLAN, RANGE);
    CatalogDiff.Result r = diff(a, a);
    assertFalse(r.any());
    assertEquals(3, r.unchanged());
    Cli c = Cli.run("diff", a.toString(), a.toString(), "--fail-on", "any");
    assertEquals(0, c.exit(), c.err());
    assertTrue(c.out().contains("两个版本没有差别"), c.out());
  }

  @Test
  void addedAndRemovedItems() throws Exception {
    CatalogDiff.Result r = diff(yaml("a.yaml", "义务教育", POLICY, PLAN, RANGE), yaml("b.yaml", "义务教育", POLICY, PLAN, FUNDS));
    assertEquals(List.of("招生管理/招生范围"), r.removed().stream().map(LoadedCatalog.Entry::label).toList());
    assertEquals(List.of("学生管理/资助政策"), r.added().stream().map(LoadedCatalog.Entry::label).toList());
    assertEquals(0, r.changed().size());
  }

  @Test
  void deadlineThatGotLongerIsMarked() throws Exception {
    CatalogDiff.Result r = diff(yaml("a.yaml", "义务教育", POLICY, PLAN),
        yaml("b.yaml", "义务教育", POLICY.deadline("信息形成或者变更之日起30个工作日内"), PLAN.deadline("信息形成之日起10个工作日内")));
    assertEquals(2, r.changed().size());
    CatalogDiff.ElementChange longer = only(r.changed().get(0), "deadline");
    assertEquals("信息形成或者变更之日起20个工作日内", longer.before());
    assertEquals("信息形成或者变更之日起30个工作日内", longer.after());
    assertEquals("longer", longer.trend());
    assertEquals("shorter", only(r.changed().get(1), "deadline").trend());
    // A month is longer than 20 working days even though 1 < 20.
    CatalogDiff.Result month = diff(yaml("c.yaml", "义务教育", POLICY),
        yaml("d.yaml", "义务教育", POLICY.deadline("信息形成后1个月内")));
    assertEquals("longer", only(month.changed().get(0), "deadline").trend());
    Cli c = Cli.run("diff", dir.resolve("a.yaml").toString(), dir.resolve("b.yaml").toString());
    assertTrue(c.out().contains("公开时限：“信息形成或者变更之日起20个工作日内” → “信息形成或者变更之日起30个工作日内”（时限变长）"), c.out());
  }

  @Test
  void renamedItemKeepsItsIdAndShowsTheOldName() throws Exception {
    CatalogDiff.Result r = diff(yaml("a.yaml", "义务教育", POLICY, RANGE),
        yaml("b.yaml", "义务教育", POLICY, RANGE.named("招生管理", "学区划分")));
    assertEquals(0, r.added().size());
    assertEquals(0, r.removed().size());
    CatalogDiff.Pair p = r.changed().get(0);
    assertEquals(CatalogDiff.By.ID, p.by());
    assertTrue(p.renamed());
    CatalogDiff.ElementChange name = only(p, "name");
    assertEquals("招生管理/招生范围", name.before());
    assertEquals("招生管理/学区划分", name.after());
  }

  @Test
  void renamedItemWithoutIdIsFoundBySimilarityWithItsScore() throws Exception {
    CatalogDiff.Result r = diff(yaml("a.yaml", "义务教育", POLICY.withoutId(), RANGE.withoutId()),
        yaml("b.yaml", "义务教育", POLICY.withoutId(), RANGE.withoutId().named("招生管理", "招生划片范围")));
    assertEquals(0, r.added().size(), () -> r.added().toString());
    CatalogDiff.Pair p = r.changed().get(0);
    assertEquals(CatalogDiff.By.SIMILAR, p.by());
    assertTrue(p.renamed());
    assertTrue(p.score() >= Names.SIMILAR && p.score() < 1, "score " + p.score());
    Cli c = Cli.run("diff", dir.resolve("a.yaml").toString(), dir.resolve("b.yaml").toString(), "--lang", "en");
    assertTrue(c.out().contains("similar name/content (score " + String.format(java.util.Locale.ROOT, "%.2f", p.score())),
        c.out());
  }

  @Test
  void contentChannelsAndLevelsChangeElementByElement() throws Exception {
    Item changed = new Item(PLAN.id(), PLAN.topic(), PLAN.item(), "各学校招生计划", PLAN.deadline(), "[政府网站, 两微一端]",
        "[县级, 乡级]");
    CatalogDiff.Pair p = diff(yaml("a.yaml", "义务教育", PLAN), yaml("b.yaml", "义务教育", changed)).changed().get(0);
    assertFalse(p.renamed());
    assertEquals("各学校招生计划", only(p, "content").after());
    CatalogDiff.ElementChange ch = only(p, "channel");
    assertEquals(List.of("公开查阅点"), ch.removed());
    assertEquals(List.of("两微一端"), ch.added());
    assertEquals(List.of("乡级"), only(p, "level").added());
    assertEquals(List.of("name", "content", "channel", "level").subList(1, 4),
        p.changes().stream().map(CatalogDiff.ElementChange::element).toList());
  }

  @Test
  void itemMovedToAnotherFieldBetweenDirectories() throws Exception {
    Item relief = item("SHJZ-001", "临时救助", "办事指南", "申请条件、所需材料、办理流程");
    Item school = item("YWJY-009", "学生管理", "困难学生救助", "家庭经济困难学生救助申请条件与流程");
    yaml("old/ywjy.yaml", "义务教育", POLICY, school);
    yaml("old/shjz.yaml", "社会救助", relief);
    yaml("new/ywjy.yaml", "义务教育", POLICY);
    yaml("new/shjz.yaml", "社会救助", relief, school.named("临时救助", "困难学生救助"));
    CatalogDiff.Result r = diff(dir.resolve("old"), dir.resolve("new"));
    assertEquals(0, r.added().size());
    assertEquals(0, r.removed().size());
    assertEquals(1, r.changed().size());
    CatalogDiff.Pair p = r.changed().get(0);
    assertTrue(p.moved());
    assertEquals("义务教育", p.before().field());
    assertEquals("社会救助", p.after().field());
    assertEquals(CatalogDiff.By.ID, p.by());
    assertEquals(1, r.moved());
    Cli c = Cli.run("diff", dir.resolve("old").toString(), dir.resolve("new").toString());
    assertTrue(c.out().contains("领域：义务教育 → 社会救助"), c.out());
    assertTrue(c.out().contains("调整领域"), c.out());
  }

  @Test
  void itemMovedWithoutIdIsFoundByItsNames() throws Exception {
    Item school = item(null, "学生管理", "困难学生救助", "家庭经济困难学生救助申请条件与流程");
    yaml("old/ywjy.yaml", "义务教育", POLICY.withoutId(), school);
    yaml("old/shjz.yaml", "社会救助");
    yaml("new/ywjy.yaml", "义务教育", POLICY.withoutId());
    yaml("new/shjz.yaml", "社会救助", school);
    CatalogDiff.Result r = diff(dir.resolve("old"), dir.resolve("new"));
    assertEquals(1, r.moved());
    assertEquals(CatalogDiff.By.NAME, r.changed().get(0).by());
    assertTrue(r.changed().get(0).changes().isEmpty());
  }

  @Test
  void workbookAgainstYamlEitherWay() throws Exception {
    Path xlsx = dir.resolve("catalog.xlsx");
    new TemplateWorkbook().row("招生管理", "招生政策", "义务教育招生入学政策、入学条件、办理流程", "《中华人民共和国义务教育法》",
        "信息形成或者变更之日起20个工作日内", "清溪县教育局", "■政府网站 □两微一端 ■公开查阅点", "√", "", "√", "", "√", "")
        .row("招生管理", "招生计划", "各义务教育学校招生计划、招生人数、班额", "《中华人民共和国义务教育法》",
            "信息形成或者变更之日起20个工作日内", "清溪县教育局", "■政府网站 □两微一端 ■公开查阅点", "√", "", "√", "", "√", "")
        .write(xlsx);
    Path yaml = yaml("b.yaml", "义务教育", POLICY.withoutId(), PLAN.withoutId().deadline("信息形成之日起30个工作日内"));
    CatalogDiff.Result forward = diff(xlsx, yaml);
    assertEquals(1, forward.changed().size(), () -> forward.changed().toString());
    assertEquals("longer", only(forward.changed().get(0), "deadline").trend());
    assertFalse(forward.changed().get(0).moved());
    CatalogDiff.Result back = diff(yaml, xlsx);
    assertEquals("shorter", only(back.changed().get(0), "deadline").trend());
    assertEquals(1, back.unchanged());
  }

  @Test
  void failOnRemovedExitsOneOnlyWhenSomethingWasRemoved() throws Exception {
    Path a = yaml("a.yaml", "义务教育", POLICY, PLAN);
    Path grown = yaml("b.yaml", "义务教育", POLICY, PLAN, FUNDS);
    Path shrunk = yaml("c.yaml", "义务教育", POLICY);
    assertEquals(0, Cli.run("diff", a.toString(), grown.toString(), "--fail-on", "removed").exit());
    assertEquals(1, Cli.run("diff", a.toString(), shrunk.toString(), "--fail-on", "removed").exit());
    assertEquals(0, Cli.run("diff", a.toString(), shrunk.toString()).exit());
    assertEquals(1, Cli.run("diff", a.toString(), grown.toString(), "--fail-on", "any").exit());
    assertEquals(0, Cli.run("diff", a.toString(), grown.toString(), "--fail-on", "changed").exit());
    Path edited = yaml("d.yaml", "义务教育", POLICY, PLAN.content("改过的内容"));
    assertEquals(1, Cli.run("diff", a.toString(), edited.toString(), "--fail-on", "changed").exit());
  }

  @Test
  void badInputExitsTwoWithTheFileNamed() throws Exception {
    Path a = yaml("a.yaml", "义务教育", POLICY);
    Cli missing = Cli.run("diff", a.toString(), dir.resolve("nope.yaml").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("nope.yaml") && missing.err().contains("找不到文件"), missing.err());
    assertFalse(missing.err().contains("Exception"), missing.err());
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "items: [\n  - topic: 招生\n", StandardCharsets.UTF_8);
    Cli bad = Cli.run("diff", a.toString(), broken.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("broken.yaml"), bad.err());
    assertEquals(2, Cli.run("diff", a.toString(), a.toString(), "--fail-on", "sometimes").exit());
    assertEquals(2, Cli.run("diff", a.toString(), a.toString(), "--format", "xlsx").exit());
  }

  @Test
  void jsonCarriesEveryKindOfChange() throws Exception {
    Path a = yaml("a.yaml", "义务教育", POLICY, PLAN, RANGE);
    Path b = yaml("b.yaml", "义务教育", POLICY.deadline("信息形成之日起25个工作日内"), RANGE.named("招生管理", "学区划分"), FUNDS);
    Cli c = Cli.run("diff", a.toString(), b.toString(), "--format", "json");
    assertEquals(0, c.exit(), c.err());
    JsonNode j = new ObjectMapper().readTree(c.out());
    assertEquals("学生管理", j.get("added").get(0).get("topic").asText());
    assertEquals("招生计划", j.get("removed").get(0).get("item").asText());
    assertEquals(2, j.get("changed").size());
    JsonNode deadline = j.get("changed").get(0).get("elements").get(0);
    assertEquals("deadline", deadline.get("element").asText());
    assertEquals("longer", deadline.get("trend").asText());
    assertTrue(j.get("changed").get(1).get("renamed").asBoolean());
    assertEquals("id", j.get("changed").get(1).get("matchedBy").asText());
    assertEquals(1, j.get("summary").get("renamed").asInt());
  }

  @Test
  void htmlIsSelfContainedAndEscaped() throws Exception {
    Path a = yaml("a.yaml", "义务教育", POLICY);
    Path b = yaml("b.yaml", "义务教育", POLICY.content("\"<script>alert(1)</script> & 'x'\""));
    Path out = dir.resolve("report/diff.html");
    Cli c = Cli.run("diff", a.toString(), b.toString(), "--format", "html", "-o", out.toString());
    assertEquals(0, c.exit(), c.err());
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;"), html);
    assertFalse(html.matches("(?s).*(src|href)\\s*=.*"), "no outside resources");
    assertFalse(html.contains("http://") || html.contains("https://") || html.contains("@import"), html);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    try (var files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList(), "no temporary file left");
    }
  }

  @Test
  void xlsxSheetHasOneRowPerElementChangeAndSizesInLocalHeaders() throws Exception {
    Path a = yaml("a.yaml", "义务教育", POLICY, PLAN, RANGE);
    Path b = yaml("b.yaml", "义务教育", POLICY.deadline("信息形成之日起25个工作日内"), RANGE.named("招生管理", "学区划分"), FUNDS);
    Path out = dir.resolve("diff.xlsx");
    Cli c = Cli.run("diff", a.toString(), b.toString(), "--format", "xlsx", "-o", out.toString());
    assertEquals(0, c.exit(), c.err());
    assertNoDataDescriptors(out);
    List<String> kinds = new ArrayList<>();
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("目录变化");
      assertEquals("变化", s.getRow(0).getCell(0).getStringCellValue());
      for (Row r : s) {
        if (r.getRowNum() > 0) {
          kinds.add(r.getCell(0).getStringCellValue() + ":" + (r.getCell(6) == null ? "" : r.getCell(6).getStringCellValue()));
        }
      }
    }
    assertEquals(List.of("删除:", "新增:", "修改:公开时限（时限变长）", "改名:事项名称"), kinds);
  }

  /** Every local file header has bit 3 (data descriptor) clear and real sizes (CONTRACT: exceljs, SheetJS). */
  static void assertNoDataDescriptors(Path xlsx) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(xlsx)).order(ByteOrder.LITTLE_ENDIAN);
    int entries = 0;
    int pos = 0;
    while (pos + 30 <= b.limit() && b.getInt(pos) == 0x04034b50) {
      int flags = b.getShort(pos + 6) & 0xffff;
      long compressed = b.getInt(pos + 18) & 0xffffffffL;
      int nameLength = b.getShort(pos + 26) & 0xffff;
      int extraLength = b.getShort(pos + 28) & 0xffff;
      assertEquals(0, flags & 0x08, "data descriptor flag on entry " + entries);
      pos += 30 + nameLength + extraLength + (int) compressed;
      entries++;
    }
    assertTrue(entries > 3, "entries read: " + entries);
  }
}
