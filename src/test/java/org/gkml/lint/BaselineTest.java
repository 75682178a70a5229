package org.gkml.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline round trip: record today's findings, pass on them, fail on new ones, report and prune fixed ones. */
class BaselineTest {

  @TempDir Path dir;

  @Test
  void roundTrip() throws Exception {
    Path catalog = Catalogs.write(dir, "c/d.yaml", Catalogs.DEFECTS);
    Path baseline = dir.resolve("gkml-baseline.json");
    assertEquals(1, CliRun.of("lint", catalog.toString()).code(), "two errors without a baseline");

    CliRun write = CliRun.of("lint", "--write-baseline", baseline.toString(), catalog.toString());
    assertEquals(0, write.code(), write.err());
    JsonNode entries = new ObjectMapper().readTree(baseline.toFile()).get("entries");
    assertEquals(2, entries.size());
    assertEquals("T-001", entries.get(0).get("item").asText());
    assertEquals("audience-not-one", entries.get(0).get("rule").asText());
    assertEquals("audience", entries.get(0).get("element").asText());

    // Old findings pass, even after the item moved down the file.
    String moved = Catalogs.HEADER + Catalogs.cleanItem("T-000", "招生范围") + Catalogs.DEFECTS.substring(Catalogs.HEADER.length());
    Files.writeString(catalog, moved);
    CliRun old = CliRun.of("lint", "--format", "json", "--baseline", baseline.toString(), catalog.toString());
    assertEquals(0, old.code(), old.out() + old.err());
    assertEquals(0, new ObjectMapper().readTree(old.out()).get("findings").size());

    // A new finding fails, and only it is reported.
    Files.writeString(catalog, moved.replace("owner: 测试县教育局\n    channels: [政府网站]\n", "owner: \"\"\n    channels: [政府网站]\n"));
    CliRun fresh = CliRun.of("lint", "--format", "json", "--baseline", baseline.toString(), catalog.toString());
    assertEquals(1, fresh.code(), fresh.out());
    JsonNode findings = new ObjectMapper().readTree(fresh.out()).get("findings");
    assertEquals(1, findings.size(), fresh.out());
    assertEquals("owner-missing", findings.get(0).get("rule").asText());

    // Fix the deadline: reported as fixed; --prune-baseline drops it from the file.
    String fixed = moved.replace("    owner: 测试县教育局\n    channels: [政府网站]",
        "    deadline: 信息形成或者变更之日起20个工作日内\n    owner: 测试县教育局\n    channels: [政府网站]");
    Files.writeString(catalog, fixed);
    CliRun report = CliRun.of("lint", "--baseline", baseline.toString(), catalog.toString());
    assertEquals(0, report.code(), report.err());
    assertTrue(report.err().contains("deadline-missing"), report.err());
    assertTrue(report.err().contains("1 条基线记录已修复"), report.err());
    assertEquals(2, new ObjectMapper().readTree(baseline.toFile()).get("entries").size(), "not pruned unless asked");

    CliRun prune = CliRun.of("lint", "--baseline", baseline.toString(), "--prune-baseline", catalog.toString());
    assertEquals(0, prune.code(), prune.err());
    JsonNode left = new ObjectMapper().readTree(baseline.toFile()).get("entries");
    assertEquals(1, left.size());
    assertEquals("audience-not-one", left.get(0).get("rule").asText());
  }

  @Test
  void aBrokenBaselineIsAUsageError() throws Exception {
    Path catalog = Catalogs.write(dir, "d.yaml", Catalogs.CLEAN);
    Path baseline = Catalogs.write(dir, "b.json", "{not json");
    CliRun r = CliRun.of("lint", "--baseline", baseline.toString(), catalog.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("b.json"), r.err());
  }
}
