package org.gkml.read.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedStringsTest {

  private static SharedStrings parse(String sst) throws Exception {
    return SharedStrings.read(new ByteArrayInputStream(sst.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void keepsEveryKindOfStringExactly() throws Exception {
    SharedStrings s = parse("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<si><t>341199XK-0000001</t></si>"
        + "<si><t>清溪县民政局</t></si>"
        + "<si><t></t></si>"
        + "<si><r><t>《中华人民共和国</t></r><r><t>行政许可法》</t></r><rPh><t>ぎょう</t></rPh></si>"
        + "<si><t>caf\u00e9 &amp; \u00ff</t></si>"
        + "<si><t>\ud840\udc0b 𠀋 a_x000D_b</t></si>"
        + "</sst>");
    assertEquals(List.of("341199XK-0000001", "清溪县民政局", "", "《中华人民共和国行政许可法》", "caf\u00e9 & \u00ff",
        "\ud840\udc0b 𠀋 a\rb"), new ArrayList<>(s));
    assertThrows(IndexOutOfBoundsException.class, () -> s.get(6));
  }

  @Test
  void manyStringsGrowTheStoreAndComeBackAlike() throws Exception {
    StringBuilder sst = new StringBuilder("<sst>");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      // Over 1 MiB in all, so strings land in several chunks; one longer than a chunk, then an empty one.
      String v = i == 40_000 ? "长".repeat(600_000) : i == 40_001 ? "" : i % 3 == 0 ? "code-" + i : "对第" + i + "项的处罚情况说明";
      expected.add(v);
      sst.append("<si><t>").append(v).append("</t></si>");
    }
    SharedStrings s = parse(sst.append("</sst>").toString());
    assertEquals(60_000, s.size());
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 59_999; i >= 0; i -= 7) {
        assertEquals(expected.get(i), s.get(i));
      }
    }
    for (int i = 39_990; i < 40_010; i++) {
      assertEquals(expected.get(i), s.get(i));
    }
    assertSame(s.get(12_345), s.get(12_345)); // a cell repeating a value shares the String
  }

  @Test
  void aStringAskedForAgainStaysOneStringAfterItsSlotIsTaken() throws Exception {
    StringBuilder sst = new StringBuilder("<sst>");
    for (int i = 0; i < 20_000; i++) {
      sst.append("<si><t>").append(i == 7 ? "清溪县教育局" : "名称" + i).append("</t></si>");
    }
    SharedStrings s = parse(sst.append("</sst>").toString());
    s.get(7);
    for (int i = 8; i < 20_000; i++) {
      s.get(i); // takes every slot of the recent strings, 7's included
    }
    String kept = s.get(7); // asked for a second time: kept for good
    for (int i = 8; i < 20_000; i++) {
      s.get(i);
    }
    assertSame(kept, s.get(7));
    assertEquals("清溪县教育局", kept);
  }
}
