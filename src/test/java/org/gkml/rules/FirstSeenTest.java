package org.gkml.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gkml.model.Location;
import org.junit.jupiter.api.Test;

class FirstSeenTest {

  private static long hash(String s) {
    FirstSeen.Hash h = new FirstSeen.Hash();
    for (int i = 0; i < s.length(); i++) {
      h.add(s.charAt(i));
    }
    return h.value();
  }

  @Test
  void remembersWhereEachOfManyKeysWasFirstSeenAcrossGrowth() {
    FirstSeen seen = new FirstSeen();
    for (int i = 1; i <= 300_000; i++) {
      assertNull(seen.putIfAbsent(hash("事项" + i), Location.cell("a.xlsx", i % 2 == 0 ? "目录" : "附表", i + 1, 2)));
    }
    assertEquals(300_000, seen.size());
    Location first = seen.putIfAbsent(hash("事项12345"), Location.cell("a.xlsx", "目录", 999_999, 2));
    assertEquals(Location.cell("a.xlsx", "附表", 12_346, 2), first);
    assertEquals("附表!C12346", first.display());
    assertEquals(Location.cell("a.xlsx", "目录", 7, 2), seen.putIfAbsent(hash("事项6"), Location.cell("a.xlsx", "目录", 8, 2)));
    assertEquals(300_000, seen.size());
  }

  @Test
  void keepsYamlAndCsvPlacesAsTheyWere() {
    FirstSeen seen = new FirstSeen();
    Location yaml = Location.yaml("c.yaml", 12, 7);
    Location csv = Location.cell("l.csv", null, 40, 3);
    assertNull(seen.putIfAbsent(1L, yaml));
    assertNull(seen.putIfAbsent(2L, csv));
    assertEquals(yaml, seen.putIfAbsent(1L, Location.yaml("c.yaml", 90, 7)));
    assertEquals("12:7", seen.putIfAbsent(1L, yaml).display());
    assertEquals(csv, seen.putIfAbsent(2L, Location.cell("l.csv", null, 41, 3)));
  }

  @Test
  void placesBeyondThePackedRangeAreKeptWhole() {
    FirstSeen seen = new FirstSeen();
    Location farColumn = Location.yaml("long-line.yaml", 3, 2_000_000); // a flow-style YAML line
    assertNull(seen.putIfAbsent(7L, farColumn));
    for (int sheet = 0; sheet < 5_000; sheet++) { // more sheets than the packed origin index holds
      assertNull(seen.putIfAbsent(100L + sheet, Location.cell("w.xlsx", "表" + sheet, sheet + 1, sheet % 30)));
    }
    assertEquals(farColumn, seen.putIfAbsent(7L, Location.yaml("long-line.yaml", 9, 1)));
    assertEquals(Location.cell("w.xlsx", "表4999", 5_000, 4_999 % 30), seen.putIfAbsent(5_099L, Location.cell("w.xlsx", "x", 1, 1)));
    assertEquals(Location.cell("w.xlsx", "表17", 18, 17), seen.putIfAbsent(117L, Location.cell("w.xlsx", "x", 1, 1)));
    assertEquals(5_001, seen.size());
  }

  @Test
  void partsOfACompositeKeyDoNotRunTogether() {
    long ab = new FirstSeen.Hash().add('a').add('b').separator().add('c').value();
    long a = new FirstSeen.Hash().add('a').separator().add('b').add('c').value();
    assertEquals(false, ab == a);
  }
}
