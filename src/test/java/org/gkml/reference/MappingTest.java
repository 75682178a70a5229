package org.gkml.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingTest {

  private final Mapping mapping = Mapping.builtIn();

  @Test
  void coversTheTenPowerCategoriesAndServices() {
    for (String c : List.of("行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政裁决", "行政确认", "行政奖励",
        "行政检查", "其他行政权力", Mapping.SERVICE)) {
      Mapping.Category cat = mapping.category(c);
      assertTrue(cat != null && !cat.items().isEmpty(), c);
      for (Mapping.ItemTemplate t : cat.items()) {
        assertTrue(!t.content().isBlank() && !t.deadline().isBlank() && !t.channels().isEmpty(), c + "/" + t.item());
      }
    }
    assertEquals(List.of("《中华人民共和国政府信息公开条例》（国务院令第711号）"), mapping.basis());
  }

  @Test
  void licenceGivesGuideAndResultWithinSevenWorkingDays() {
    List<Mapping.ItemTemplate> items = mapping.category("行政许可").items();
    assertEquals(List.of("办事指南", "许可结果"), items.stream().map(Mapping.ItemTemplate::item).toList());
    assertTrue(items.get(0).content().contains("申请材料目录"));
    assertTrue(items.get(0).deadline().contains("20个工作日"));
    assertTrue(items.get(1).deadline().contains("7个工作日"));
    assertEquals(List.of("政策文件", "办事指南", "初审名单", "审批结果", "监督渠道"),
        mapping.category("行政给付").items().stream().map(Mapping.ItemTemplate::item).toList());
    assertTrue(mapping.category("行政给付").items().get(2).deadline().contains("公示7个工作日"));
    assertEquals(List.of("处罚依据和程序", "处罚决定"),
        mapping.category("行政处罚").items().stream().map(Mapping.ItemTemplate::item).toList());
  }

  @Test
  void recognisesWrittenCategories() {
    assertEquals("行政许可", mapping.categoryOf("许可").name());
    assertEquals("行政许可", mapping.categoryOf("行政许可").name());
    assertEquals("行政处罚", mapping.categoryOf("行政处罚类").name());
    assertEquals("其他行政权力", mapping.categoryOf("其他行政权力-备案").name());
    assertEquals("其他行政权力", mapping.categoryOf("其他").name());
    assertEquals("行政确认", mapping.categoryOf("行政确认（登记）").name());
    assertNull(mapping.categoryOf("天气"));
    assertNull(mapping.categoryOf(""));
  }

  @Test
  void aCountyFileReplacesTheMapping(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mapping.yaml");
    Files.writeString(f, """
        defaults:
          channels: [政府网站]
        categories:
          行政许可:
            items:
              - item: 许可信息
                content: 许可事项、依据、结果
        """, StandardCharsets.UTF_8);
    Mapping m = Mapping.load(f);
    Mapping.ItemTemplate t = m.categoryOf("许可").items().get(0);
    assertEquals("许可信息", t.item());
    assertEquals("信息形成或者变更之日起20个工作日内", t.deadline());
    assertEquals(List.of("政府网站"), t.channels());
    assertNull(m.categoryOf("行政处罚"));

    Files.writeString(f, "defaults: {}\n", StandardCharsets.UTF_8);
    ReferenceException e = assertThrows(ReferenceException.class, () -> Mapping.load(f));
    assertTrue(e.getMessage().contains("mapping.yaml"), e.getMessage());
  }
}
