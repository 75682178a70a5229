package org.gkml.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PilotFieldsTest {

  private final PilotFields fields = PilotFields.builtIn();

  @Test
  void hasTheTwentySixNationalFieldsAndTheLocalMerge() {
    assertEquals(26, fields.all().stream().filter(PilotField::national).count());
    Set<Integer> numbers = new HashSet<>();
    fields.all().stream().filter(PilotField::national).forEach(f -> numbers.add(f.number()));
    assertEquals(26, numbers.size(), "numbers 1..26 are unique");
    PilotField zrzy = fields.byCode("ZRZY");
    assertFalse(zrzy.national());
    assertEquals(Set.of("ZDBC", "CXGH"), Set.copyOf(zrzy.merges()));
    assertEquals("ZRZY", fields.byCode("CXGH").mergedInto());
  }

  @Test
  void findsByCodeNameAndAlias() {
    assertEquals("YWJY", fields.find("义务教育").code());
    assertEquals("YWJY", fields.find("ywjy").code());
    assertEquals("HJBH", fields.find("生态环境").code());
    assertEquals("FP", fields.find("乡村振兴").code());
    assertEquals("JY", fields.find("就业创业").code());
    assertEquals("YLWS", fields.find("卫生健康").code());
    assertEquals("SNBT", fields.find("涉农资金").code());
    assertEquals("SHJZ", fields.find("社会救助领域").code());
    assertEquals("SHJZ", fields.find(" 社会 救助 ").code());
    assertNull(fields.find("天气预报"));
    assertNull(fields.find(""));
  }

  @Test
  void everyFieldHasCues() {
    for (PilotField f : fields.all()) {
      assertFalse(f.cueDepartments().isEmpty(), f.code() + " departments");
      assertFalse(f.keywords().isEmpty(), f.code() + " keywords");
      assertTrue(f.code().matches("[A-Z]+"), f.code());
    }
  }
}
