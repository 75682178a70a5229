package org.gkml.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.domain.ChannelVocabulary;
import org.gkml.domain.LawRegistry;
import org.gkml.reference.PilotFields;
import org.gkml.reference.ReferenceItems;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkml coverage}: matching passes, pins, every kind of shortfall, outputs and exit codes. */
class CoverageTest {

  @TempDir Path dir;

  /** A small reference file: two required items and an optional one, one with an alias. */
  Path reference() throws Exception {
    Path f = dir.resolve("ref.yaml");
    Files.writeString(f, """
        field: 义务教育
        code: YWJY
        status: complete
        items:
          - topic: "招生管理"
            item: "招生政策"
            content: "招生入学政策"
            basis: ["《中华人民共和国义务教育法》", "《中华人民共和国政府信息公开条例》"]
            deadline: "信息形成或者变更之日起20个工作日内"
            owner_role: "县级教育部门"
            channels: ["政府网站", "两微一端", "其他"]
            audience: "全社会"
            mode: "主动"
            levels: ["县级", "乡级"]
            required: true
          - topic: "招生管理"
            item: "招生范围"
            aliases: ["学区划分"]
            content: "学区划分"
            basis: ["《中华人民共和国义务教育法》"]
            deadline: "信息形成或者变更之日起20个工作日内"
            owner_role: "县级教育部门"
            channels: ["政府网站"]
            audience: "全社会"
            mode: "主动"
            levels: ["县级"]
            required: true
          - topic: "学生管理"
            item: "资助名单"
            content: "拟资助学生名单"
            basis: []
            deadline: "信息形成之日起10个工作日内"
            owner_role: "县级教育部门"
            channels: ["政府网站"]
            audience: "特定群体"
            mode: "主动"
            levels: ["县级"]
            required: false
        """, StandardCharsets.UTF_8);
    return f;
  }

  Path catalog(String items) throws Exception {
    Path f = dir.resolve("catalog.yaml");
    Files.writeString(f, "catalog: 清溪县义务教育领域基层政务公开标准目录\nfield: 义务教育\nregion: 清溪县\nitems:\n" + items,
        StandardCharsets.UTF_8);
    return f;
  }

  static String item(String id, String topic, String name, String extra) {
    String base = """
          - id: %s
            topic: %s
            item: %s
            content: 内容
            basis: [《中华人民共和国义务教育法》, 《政府信息公开条例》（国务院令第711号）]
            deadline: 信息形成或者变更之日起20个工作日内
            owner: 清溪县教育局
            channels: [政府网站, 两微一端]
            audience: 全社会
            mode: 主动
            levels: [县级, 乡级]
        """.formatted(id, topic, name);
    // Replace whole lines of the base by the lines given in extra (same key).
    for (String line : extra.lines().toList()) {
      String key = line.strip().substring(0, line.strip().indexOf(':') + 1);
      base = base.replaceAll("(?m)^    " + java.util.regex.Pattern.quote(key) + ".*$", "    " + line.strip());
    }
    return base;
  }

  Coverage.Result compare(Path catalog, CoverageAssignments pins) throws Exception {
    LoadedCatalog c = new CatalogInputs(PilotFields.builtIn()).read(catalog, "catalog.yaml");
    return new Coverage(LawRegistry.shipped(), ChannelVocabulary.shipped()).compare(c, "义务教育",
        ReferenceItems.load(reference()), pins);
  }

  @Test
  void namesMatchExactlyNormalizedByAliasAndBySimilarity() throws Exception {
    Path c = catalog(item("A", "招生管理", "招生政策", "") + item("B", "招生管理", "学区划分", "")
        + item("C", "学生管理", "学生资助名单", "audience: 特定群体"));
    Coverage.Result r = compare(c, CoverageAssignments.none());
    assertEquals(List.of(Coverage.How.EXACT, Coverage.How.ALIAS, Coverage.How.SIMILAR),
        r.matches().stream().map(Coverage.Match::how).toList());
    assertTrue(r.matches().get(2).score() >= Names.SIMILAR && r.matches().get(2).score() < 1);
    assertEquals(List.of(), r.missing());
    assertEquals(List.of(), r.added());

    Path spaced = catalog(item("A", "招生 管理", "招生政策。", ""));
    assertEquals(Coverage.How.NORMALIZED, compare(spaced, CoverageAssignments.none()).matches().get(0).how());
  }

  @Test
  void missingRequiredItemsExitOneAndOptionalOnesDoNot() throws Exception {
    Path onlyOptional = catalog(item("A", "招生管理", "招生政策", "") + item("B", "招生管理", "招生范围", ""));
    Cli ok = Cli.run("coverage", onlyOptional.toString(), "--reference", reference().toString());
    assertEquals(0, ok.exit(), ok.out() + ok.err());
    assertTrue(ok.out().contains("[可选] 学生管理/资助名单"), ok.out());
    Path lacking = catalog(item("A", "招生管理", "招生政策", "") + item("X", "教师管理", "教师招聘", ""));
    Cli fail = Cli.run("coverage", lacking.toString(), "--reference", reference().toString());
    assertEquals(1, fail.exit(), fail.out() + fail.err());
    assertTrue(fail.out().contains("[必备] 招生管理/招生范围"), fail.out());
    assertTrue(fail.out().contains("教师管理/教师招聘"), "added item listed: " + fail.out());
    assertTrue(fail.out().contains("缺少 1 项必备参考事项"), fail.out());
  }

  @Test
  void everyKindOfShortfall() throws Exception {
    Path c = catalog(item("A", "招生管理", "招生政策", """
        deadline: 信息形成或者变更之日起30个工作日内
        channels: [政府网站]
        audience: 特定群体
        mode: 依申请
        levels: [县级]
        basis: [《中华人民共和国义务教育法》]
        """) + item("B", "招生管理", "招生范围", "deadline: 及时公开") + item("C", "学生管理", "资助名单", """
        audience: 特定群体：家庭经济困难学生
        deadline: 信息形成后1个月内
        """));
    Coverage.Result r = compare(c, CoverageAssignments.none());
    List<String> kinds = r.matches().get(0).shortfalls().stream().map(Shortfall::kind).toList();
    assertEquals(List.of("deadline-longer", "channel-missing", "audience-other", "mode-other", "level-missing",
        "basis-missing"), kinds);
    Shortfall channel = r.matches().get(0).shortfalls().get(1);
    assertEquals(List.of("两微一端"), channel.missing(), "其他 in the reference asks for nothing in particular");
    assertEquals(List.of("乡级"), r.matches().get(0).shortfalls().get(4).missing());
    assertEquals(List.of("《中华人民共和国政府信息公开条例》"), r.matches().get(0).shortfalls().get(5).missing());
    assertEquals(List.of("deadline-vague"), r.matches().get(1).shortfalls().stream().map(Shortfall::kind).toList());
    // 1 month (≈21 working days) is longer than 10 working days; a named 特定群体 is still 特定群体.
    assertEquals(List.of("deadline-longer"), r.matches().get(2).shortfalls().stream().map(Shortfall::kind).toList());
  }

  @Test
  void lawCitedByAliasOrOtherVersionCounts() throws Exception {
    // 《政府信息公开条例》（国务院令第711号） in the catalog stands for 《中华人民共和国政府信息公开条例》 in the reference.
    Path c = catalog(item("A", "招生管理", "招生政策", "channels: [政府网站, 两微一端]"));
    assertEquals(List.of(), compare(c, CoverageAssignments.none()).matches().get(0).shortfalls());
    Path old = catalog(item("A", "招生管理", "招生政策",
        "basis: [《中华人民共和国义务教育法》, 《中华人民共和国政府信息公开条例》（国务院令第492号）]"));
    assertEquals(List.of(), compare(old, CoverageAssignments.none()).matches().get(0).shortfalls());
  }

  @Test
  void assignFilePinsAndUnpinsInYamlAndCsv() throws Exception {
    Path c = catalog(item("A", "招生管理", "招生政策", "") + item("B", "招生管理", "学区划分", "")
        + item("C", "学生管理", "困难学生名单公示", ""));
    Coverage.Result before = compare(c, CoverageAssignments.none());
    assertEquals(1, before.added().size(), "困难学生名单公示 is too far from 资助名单 by name");

    Path yaml = dir.resolve("pins.yaml");
    Files.writeString(yaml, "# 人工核对\nC: 学生管理/资助名单\n招生管理/学区划分: none\n", StandardCharsets.UTF_8);
    Coverage.Result pinned = compare(c, CoverageAssignments.load(yaml));
    assertEquals(Coverage.How.ASSIGNED, pinned.matches().stream()
        .filter(m -> m.item().item().id().equals("C")).findFirst().orElseThrow().how());
    assertEquals(List.of("招生管理/学区划分"), pinned.added().stream().map(LoadedCatalog.Entry::label).toList());
    assertEquals(List.of("招生管理/招生范围"), pinned.missing().stream().map(r -> r.label()).toList());

    Path csv = dir.resolve("pins.csv");
    Files.writeString(csv, "事项,参考事项\n困难学生名单公示,资助名单\nB,无\n", StandardCharsets.UTF_8);
    Coverage.Result viaCsv = compare(c, CoverageAssignments.load(csv));
    assertEquals(pinned.added().size(), viaCsv.added().size());
    assertEquals(pinned.matches().size(), viaCsv.matches().size());

    Cli cli = Cli.run("coverage", c.toString(), "--reference", reference().toString(), "--assign", yaml.toString());
    assertEquals(1, cli.exit(), cli.err());
    assertTrue(cli.out().contains("学生管理/困难学生名单公示  →  学生管理/资助名单  [指定]"), cli.out());
    assertTrue(cli.out().contains("招生管理/学区划分  →  （无）  [指定为新增]"), cli.out());
  }

  @Test
  void badPinsAndBadInputExitTwo() throws Exception {
    Path c = catalog(item("A", "招生管理", "招生政策", ""));
    Path unknownRef = dir.resolve("a.csv");
    Files.writeString(unknownRef, "A,招生管理/不存在的事项\n", StandardCharsets.UTF_8);
    Cli r1 = Cli.run("coverage", c.toString(), "--reference", reference().toString(), "--assign", unknownRef.toString());
    assertEquals(2, r1.exit());
    assertTrue(r1.err().contains("line 1") && r1.err().contains("不存在的事项"), r1.err());
    Path unknownItem = dir.resolve("b.csv");
    Files.writeString(unknownItem, "Z,none\n", StandardCharsets.UTF_8);
    Cli r2 = Cli.run("coverage", c.toString(), "--reference", reference().toString(), "--assign", unknownItem.toString());
    assertEquals(2, r2.exit());
    assertTrue(r2.err().contains("第 1 行") && r2.err().contains("“Z”") || r2.err().contains("\"Z\""), r2.err());
    assertEquals(2, Cli.run("coverage", c.toString(), "--field", "不存在的领域").exit());
    Cli missing = Cli.run("coverage", dir.resolve("nope.xlsx").toString(), "--field", "义务教育");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("nope.xlsx") && missing.err().contains("找不到文件"), missing.err());
    assertFalse(missing.err().contains("Exception"), missing.err());
    assertEquals(2, Cli.run("coverage", c.toString(), "--format", "xlsx").exit());
    Path noField = dir.resolve("nofield.yaml");
    Files.writeString(noField, "items:\n" + item("A", "招生管理", "招生政策", ""), StandardCharsets.UTF_8);
    Cli r3 = Cli.run("coverage", noField.toString());
    assertEquals(2, r3.exit());
    assertTrue(r3.err().contains("--field"), r3.err());
  }

  @Test
  void fieldDefaultsToTheCatalogsOwnAndCanBeGivenByCode() throws Exception {
    Cli own = Cli.run("coverage", "examples/qingxi-shjz-catalog.yaml", "--format", "json");
    Cli code = Cli.run("coverage", "examples/qingxi-shjz-catalog.yaml", "--field", "SHJZ", "--format", "json");
    assertEquals(own.out(), code.out());
    assertEquals("社会救助", new ObjectMapper().readTree(own.out()).get("field").asText());
  }

  @Test
  void xlsxReviewSheetHasMatchesMissingAndAdded() throws Exception {
    Path out = dir.resolve("out/coverage.xlsx");
    Cli r = Cli.run("coverage", "examples/qingxi-ywjy-catalog.xlsx", "--format", "xlsx", "-o", out.toString());
    assertEquals(1, r.exit(), r.err());
    CatalogDiffTest.assertNoDataDescriptors(out);
    JsonNode json = new ObjectMapper().readTree(Cli.run("coverage", "examples/qingxi-ywjy-catalog.xlsx", "--format", "json").out());
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet matches = wb.getSheet("对应关系");
      assertEquals(json.get("matches").size(), matches.getLastRowNum());
      assertEquals("政策文件/教育法律法规", matches.getRow(1).getCell(0).getStringCellValue());
      assertEquals("政策文件/教育法律", matches.getRow(1).getCell(2).getStringCellValue());
      assertEquals(json.get("missing").size(), wb.getSheet("缺少的参考事项").getLastRowNum());
      assertEquals(json.get("added").size(), wb.getSheet("县级新增事项").getLastRowNum());
    }
    try (var files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList(), "no temporary file left");
    }
  }
}
