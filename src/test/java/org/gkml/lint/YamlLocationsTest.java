package org.gkml.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings in YAML point at the line:column of the offending value, or of the item where a key is missing. */
class YamlLocationsTest {

  @TempDir Path dir;

  @Test
  void missingKeyPointsAtTheItemAndContinuationValueAtItsOwnLine() throws Exception {
    Path f = Catalogs.write(dir, "d.yaml", Catalogs.DEFECTS);
    CliRun r = CliRun.of("lint", "--format", "json", f.toString());
    assertEquals(1, r.code(), r.err());
    JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
    assertEquals(2, findings.size(), r.out());
    JsonNode missing = findings.get(0);
    assertEquals("deadline-missing", missing.get("rule").asText());
    assertEquals(5, missing.get("line").asInt());
    assertEquals(5, missing.get("column").asInt());
    assertEquals("招生入学/招生政策", missing.get("item").asText());
    JsonNode audience = findings.get(1);
    assertEquals("audience-not-one", audience.get("rule").asText());
    assertEquals(14, audience.get("line").asInt(), "the value on the continuation line, not the key's line 13");
    assertEquals(7, audience.get("column").asInt());
  }

  @Test
  void emptyValuePointsAtItsKey() throws Exception {
    String text = Catalogs.HEADER + Catalogs.cleanItem("T-201", "招生政策").replace("owner: 测试县教育局", "owner: \"\"");
    Path f = Catalogs.write(dir, "e.yaml", text);
    CliRun r = CliRun.of("lint", "--format", "json", f.toString());
    JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
    assertEquals(1, findings.size(), r.out());
    assertEquals("owner-missing", findings.get(0).get("rule").asText());
    assertEquals(12, findings.get(0).get("line").asInt());
    assertEquals(5, findings.get(0).get("column").asInt());
  }
}
