package org.gkml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;

/** gkml fields lists the 26 national fields (numbered 1–26, unique codes) and the local merges. */
class FieldsCommandTest {

  @Test
  void jsonListsTheTwentySixFieldsAndLocalMerges() throws Exception {
    Cli r = Cli.run("fields", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode all = new ObjectMapper().readTree(r.out());
    Set<Integer> numbers = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (JsonNode f : all) {
      assertTrue(codes.add(f.get("code").asText()), "unique code " + f.get("code"));
      if (!f.get("number").isNull()) {
        numbers.add(f.get("number").asInt());
      }
    }
    assertEquals(26, numbers.size());
    assertTrue(numbers.contains(1) && numbers.contains(26));
    assertTrue(codes.contains("YWJY") && codes.contains("ZRZY"));
  }

  @Test
  void textShowsAliases() {
    Cli r = Cli.run("fields");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("义务教育"), r.out());
    assertTrue(r.out().contains("生态环境"), "环境保护 is also called 生态环境: " + r.out());
  }
}
