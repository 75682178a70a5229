package org.gkml.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.model.CatalogItem;
import org.gkml.model.Origin;
import org.gkml.read.yaml.YamlCatalogReader;
import org.gkml.testing.Collect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML catalog format of CONTRACT.md, every element at its line:column. */
class YamlCatalogReaderTest {

  @TempDir Path dir;

  static final String YAML = String.join("\n",
      "catalog: 清溪县义务教育领域基层政务公开标准目录",
      "field: 义务教育",
      "region: 清溪县",
      "items:",
      "  - id: YWJY-001",
      "    topic: 招生入学",
      "    item: 招生政策",
      "    content: >-",
      "      招生入学政策文件、划片范围、",
      "      招生计划",
      "    basis:",
      "      - 《中华人民共和国义务教育法》",
      "      - 《中华人民共和国政府信息公开条例》（国务院令第711号）",
      "    deadline: 信息形成或者变更之日起20个工作日内",
      "    owner: 清溪县教育局",
      "    channels: [政府网站, 两微一端, 公开查阅点]",
      "    audience: 特定群体：适龄儿童家长",
      "    mode: 主动",
      "    levels: [县级, 乡级]",
      "  - id: YWJY-002",
      "    topic: 招生入学",
      "    item: 招生计划",
      "    owner:",
      "    channels: 政府网站、公开查阅点",
      "");

  @Test
  void elementsAtTheirLineAndColumn() throws Exception {
    Path f = Files.writeString(dir.resolve("c.yaml"), YAML, StandardCharsets.UTF_8);
    Collect c = new Collect();
    YamlCatalogReader.Meta meta = new YamlCatalogReader().read(f, "c.yaml", c);
    assertEquals("义务教育", meta.field());
    assertEquals("义务教育", c.tables.get(0).field());
    CatalogItem a = c.items().get(0);
    assertEquals("YWJY-001", a.id());
    assertEquals("6:12", a.topic().location().display());
    assertEquals("招生入学政策文件、划片范围、 招生计划", a.content().text());
    assertEquals("8:14", a.content().location().display());
    assertEquals("13:9", a.basis().get(1).location().display());
    assertEquals(3, a.channels().chosenCount());
    assertEquals("16:16", a.channels().cell().location().display());
    assertEquals("适龄儿童家长", a.audience().ticks().get(0).detail());
    assertEquals(2, a.levels().count());

    CatalogItem b = c.items().get(1);
    assertEquals(Origin.MISSING, b.deadline().origin());
    assertEquals("20:5", b.deadline().location().display(), "an absent key points at its item");
    assertEquals("23:5", b.owner().location().display(), "an empty value points at its key");
    assertEquals(2, b.channels().chosenCount(), "a list written as one string");
    assertEquals(0, b.audience().count());
  }

  @Test
  void syntaxErrorsAndAliasBombsAreInputErrors() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "items:\n  - id: [unclosed\n", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> new YamlCatalogReader().read(bad, "bad.yaml", new Collect()));
    assertEquals("input.yaml-syntax", e.key());

    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
      }
      bomb.append("]\n");
    }
    bomb.append("items: []\n");
    Path b = Files.writeString(dir.resolve("bomb.yaml"), bomb, StandardCharsets.UTF_8);
    InputException e2 = assertThrows(InputException.class, () -> new YamlCatalogReader().read(b, "bomb.yaml", new Collect()));
    assertTrue(e2.key().equals("input.yaml-aliases"), e2.key());
  }

  @Test
  void aliasesInsideItemsAreRefusedWithTheirPlace() throws Exception {
    Path alias = Files.writeString(dir.resolve("alias.yaml"), String.join("\n",
        "common: &edu 清溪县教育局",
        "items:",
        "  - item: 招生政策",
        "    owner: *edu",
        ""), StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> new YamlCatalogReader().read(alias, "a.yaml", new Collect()));
    assertEquals("input.yaml-structure", e.key());
    assertEquals("4:12", e.place());
  }
}
