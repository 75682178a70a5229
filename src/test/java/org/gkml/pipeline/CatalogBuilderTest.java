package org.gkml.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gkml.model.InputKind;
import org.gkml.read.InputException;
import org.gkml.reference.Mapping;
import org.gkml.reference.PilotField;
import org.gkml.reference.PilotFields;
import org.gkml.testing.ExampleLists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogBuilderTest {

  @TempDir static Path dir;
  static Path power;
  static Path service;

  @BeforeAll
  static void inputs() throws IOException {
    power = ExampleLists.powerXlsx(dir);
    service = ExampleLists.serviceCsv(dir);
  }

  static BuildResult build(Assignments assignments) throws InputException {
    CatalogBuilder b = new CatalogBuilder(PilotFields.builtIn(), Mapping.builtIn(), assignments);
    SourceLists.read(power, "power-list.xlsx", InputKind.POWER, b.sink("power-list.xlsx", "power"));
    SourceLists.read(service, "service-list.csv", InputKind.SERVICE, b.sink("service-list.csv", "service"));
    return b.build(null);
  }

  private static List<DisclosureItem> items(BuildResult r, String code) {
    return r.catalogs().entrySet().stream().filter(e -> e.getKey().code().equals(code)).findFirst()
        .map(Map.Entry::getValue).orElse(List.of());
  }

  @Test
  void everyRowIsTracedOrReported() throws Exception {
    BuildResult r = build(Assignments.none());
    assertEquals(ExampleLists.dataRows("power-list.tsv") + ExampleLists.dataRows("service-list.tsv"), r.rowsRead());
    Set<SourceRow> traced = new HashSet<>();
    int inMatters = 0;
    for (Matter m : r.matters()) {
      inMatters += m.sources().size();
      traced.addAll(m.sources());
      assertEquals(m.classification().classified(), !m.itemIds().isEmpty(), m.name());
    }
    assertEquals(inMatters, traced.size(), "no row in two matters");
    for (SkippedRow s : r.skipped()) {
      assertFalse(traced.contains(s.row()));
    }
    assertEquals(r.rowsRead(), inMatters + r.skipped().size());
    Set<SourceRow> inItems = r.catalogs().values().stream().flatMap(List::stream)
        .flatMap(i -> i.sources().stream()).collect(Collectors.toSet());
    Set<SourceRow> inUnclassified = r.unclassified().stream().flatMap(m -> m.sources().stream()).collect(Collectors.toSet());
    assertEquals(traced.size(), inItems.size() + inUnclassified.size());
    assertTrue(r.catalogs().size() >= 5, "fields: " + r.catalogs().keySet().stream().map(PilotField::name).toList());
    assertEquals("清溪县", r.region());
  }

  @Test
  void licenceGivesGuideAndResultWithOwnerBasisAndLevel() throws Exception {
    BuildResult r = build(Assignments.none());
    List<DisclosureItem> food = items(r, "SPYPJG").stream().filter(i -> i.topic().equals("食品经营许可")).toList();
    assertEquals(List.of("办事指南", "许可结果"), food.stream().map(DisclosureItem::item).toList());
    DisclosureItem result = food.get(1);
    assertEquals("清溪县市场监督管理局", result.owner());
    assertEquals(List.of("县级"), result.levels());
    assertTrue(result.deadline().contains("7个工作日"));
    assertEquals("《中华人民共和国政府信息公开条例》（国务院令第711号）", result.basis().get(result.basis().size() - 1));
    assertEquals(List.of(new SourceRow("power-list.xlsx", "权责清单", 26)), result.sources());

    DisclosureItem town = r.catalogs().values().stream().flatMap(List::stream)
        .filter(i -> i.owner().equals("青石镇人民政府")).findFirst().orElseThrow();
    assertEquals(List.of("乡级"), town.levels());
  }

  @Test
  void theSameMatterFromBothListsIsOneItemWithBothSources() throws Exception {
    BuildResult r = build(Assignments.none());
    Matter unemployment = r.matters().stream().filter(m -> m.name().equals("失业保险金给付")).findFirst().orElseThrow();
    assertEquals(List.of(new SourceRow("power-list.xlsx", "权责清单", 36), new SourceRow("service-list.csv", null, 5)),
        unemployment.sources());
    assertEquals("行政给付", unemployment.category());
    assertTrue(r.matters().stream().noneMatch(m -> m.name().equals("失业保险金申领")));
    // the duplicated power row (6 and 13) is one matter too
    Matter relief = r.matters().stream().filter(m -> m.name().equals("临时救助金给付")).findFirst().orElseThrow();
    assertEquals(2, relief.sources().size());
    DisclosureItem guide = r.catalogs().values().stream().flatMap(List::stream)
        .filter(i -> i.topic().equals("失业保险金给付") && i.item().equals("办事指南")).findFirst().orElseThrow();
    assertTrue(guide.basis().stream().anyMatch(b -> b.contains("失业保险条例")), guide.basis().toString());
  }

  @Test
  void missingOwnerFallsBackToTheAgencyAndUnknownCategoriesAreSkippedWithReason() throws Exception {
    BuildResult r = build(Assignments.none());
    Matter idle = r.matters().stream().filter(m -> m.name().equals("土地闲置费征收")).findFirst().orElseThrow();
    assertEquals("土地利用股", idle.owner());
    // 许可 (row 27) is read as 行政许可, not skipped
    assertTrue(r.matters().stream().anyMatch(m -> m.name().equals("特种设备使用登记") && m.category().equals("行政许可")));
    assertTrue(r.skipped().isEmpty(), r.skipped().toString());
  }

  @Test
  void assignmentsPinMatters(@TempDir Path tmp) throws Exception {
    Path assign = tmp.resolve("assign.csv");
    Files.writeString(assign, "match,field\n# rows and names\npower-list.xlsx:27,安全生产\n*劳动者工作时间*,就业创业\n",
        StandardCharsets.UTF_8);
    BuildResult r = build(Assignments.load(assign, PilotFields.builtIn()));
    Matter special = r.matters().stream().filter(m -> m.name().equals("特种设备使用登记")).findFirst().orElseThrow();
    assertEquals("AQSC", special.classification().field().code());
    assertEquals(1.0, special.classification().confidence());
    assertEquals("build.reason.assigned", special.classification().reasonKey());
    Matter hours = r.matters().stream().filter(m -> m.name().contains("延长劳动者工作时间")).findFirst().orElseThrow();
    assertNotNull(hours.classification().field());
    assertEquals("JY", hours.classification().field().code());
  }

  @Test
  void citationsSplitAtTopLevelSemicolons() {
    assertEquals(List.of("《社会救助暂行办法》（国务院令第649号）第九条", "《最低生活保障审核确认办法》（民发[2021]57号）"),
        CatalogBuilder.citations("《社会救助暂行办法》（国务院令第649号）第九条；《最低生活保障审核确认办法》（民发[2021]57号）"));
    assertEquals(List.of("《A》", "《B；C》"), CatalogBuilder.citations("1.《A》\n2.《B；C》。"));
    assertEquals("失业保险", CatalogBuilder.matterKey("失业保险金申领"));
    assertEquals("法律援助", CatalogBuilder.matterKey("法律援助申请审查"));
    assertEquals("清溪县司法局", CatalogBuilder.ownerKey("清溪县司法局（县法律援助中心）"));
  }
}
