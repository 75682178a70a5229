package org.gkml.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gkml.check.Checker;
import org.gkml.check.FileResult;
import org.gkml.model.CatalogItem;
import org.gkml.model.Record;
import org.gkml.model.TableHeader;
import org.gkml.pipeline.DisclosureItem;
import org.gkml.pipeline.SourceRow;
import org.gkml.read.RecordSink;
import org.gkml.read.yaml.YamlCatalogReader;
import org.gkml.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlCatalogWriterTest {

  static final Path GOLDEN = Path.of("src/test/resources/write/catalog-golden.yaml");

  static List<DisclosureItem> items() {
    return List.of(
        new DisclosureItem("SHJZ-001", "最低生活保障金给付", "办事指南", "给付条件、申请材料、办理流程",
            List.of("《社会救助暂行办法》（国务院令第649号）第九条", "《最低生活保障审核确认办法》（民发[2021]57号）",
                "《中华人民共和国政府信息公开条例》（国务院令第711号）"),
            "信息形成或者变更之日起20个工作日内", "清溪县民政局", List.of("政府网站", "政务服务中心"), "全社会", "主动",
            List.of("县级"), "行政给付",
            List.of(new SourceRow("power-list.xlsx", "权责清单", 4), new SourceRow("service-list.csv", null, 12))),
        new DisclosureItem("SHJZ-002", "0-6岁儿童: 健康管理 #1", "结果 \"公示\"", "第一行\n第二行", List.of(),
            "7 days", "", List.of("其他：国家企业信用信息公示系统", "a, b"), "特定群体：低保对象", "依申请",
            List.of("县级", "乡级"), "公共服务", List.of(new SourceRow("C:\\lists\\s.csv", null, 3))));
  }

  static String written() throws IOException {
    StringWriter w = new StringWriter();
    YamlCatalogWriter.write(w, "清溪县社会救助领域基层政务公开标准目录", "社会救助", "清溪县", items());
    return w.toString();
  }

  @Test
  void matchesTheGoldenFile() throws IOException {
    if (Boolean.getBoolean("gkml.updateGolden")) {
      Files.writeString(GOLDEN, written(), StandardCharsets.UTF_8); // review the diff before committing
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), written());
  }

  @Test
  void readsBackWithTheCatalogReaderValueForValue(@TempDir Path dir) throws Exception {
    Path f = dir.resolve(YamlCatalogWriter.fileName("SHJZ"));
    YamlCatalogWriter.write(f, "清溪县社会救助领域基层政务公开标准目录", "社会救助", "清溪县", items());
    assertEquals("catalog-shjz.yaml", f.getFileName().toString());
    List<CatalogItem> read = new ArrayList<>();
    YamlCatalogReader.Meta meta = new YamlCatalogReader().read(f, f.toString(), new RecordSink() {
      @Override
      public void table(String sheet, TableHeader header) {}

      @Override
      public void record(Record record) {
        read.add((CatalogItem) record);
      }

      @Override
      public void sheetSkipped(String sheet, String reasonKey) {}
    });
    assertEquals("社会救助", meta.field());
    assertEquals("清溪县", meta.region());
    assertEquals(2, read.size());
    for (int i = 0; i < 2; i++) {
      DisclosureItem want = items().get(i);
      CatalogItem got = read.get(i);
      assertEquals(want.id(), got.id());
      assertEquals(want.topic(), got.topic().text());
      assertEquals(want.item(), got.item().text());
      assertEquals(want.content(), got.content().text());
      assertEquals(want.deadline(), got.deadline().text());
      assertEquals(want.owner(), got.owner().text());
      assertEquals(want.basis(), got.basis().stream().filter(e -> e.isPresent()).map(e -> e.text()).toList());
      assertEquals(want.levels().size(), got.levels().count());
    }
    // the first item is complete: the baseline rules find nothing wrong with it
    FileResult result = new Checker(null, BuiltInRules.ALL, Map.of()).check(f, f.toString());
    java.util.Set<String> baseline = java.util.Set.of("name-missing", "content-missing", "basis-missing",
        "deadline-missing", "owner-missing", "channel-none-chosen", "audience-not-one", "mode-not-one", "level-missing");
    assertTrue(result.findings().stream().noneMatch(x -> x.location().line() < 30 && baseline.contains(x.rule())),
        result.findings().toString());
  }
}
