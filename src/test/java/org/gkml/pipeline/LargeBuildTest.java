package org.gkml.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gkml.testing.BigPowerList;
import org.gkml.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gkml build} of a 100,000-row 权责清单 (one matter per row) in a JVM limited to 96 MB of heap. Before build
 * kept its matters compact and wrote items and reports as it made them, this needed more than 128 MB (it failed
 * with OutOfMemoryError at 128 MB); now it passes at 48 MB. Not timed: performance is measured by
 * src/bench/measure-large.sh.
 */
class LargeBuildTest {

  @Test
  void buildsOneHundredThousandRowsUnder96MbHeap(@TempDir Path dir) throws Exception {
    Path list = dir.resolve("power.xlsx");
    BigPowerList.write(list, 100_000, 50);
    Path out = dir.resolve("out");
    ChildJvm.Run run = ChildJvm.gkml(dir, "96m", "build", "--power", list.toString(), "--region", "清溪县", "-o",
        out.toString(), "--quiet");
    assertTrue(run.exit() == 0 || run.exit() == 1, run.log());

    JsonNode report = new ObjectMapper().readTree(out.resolve("build-report.json").toFile());
    JsonNode summary = report.get("summary");
    assertEquals(100_000, summary.get("rows").asInt());
    assertEquals(2000, summary.get("rowsSkipped").asInt(), "every 50th row has an unknown 职权类型");
    assertEquals(100_000, summary.get("rowsInItems").asInt() + summary.get("rowsUnclassified").asInt() + 2000);
    assertEquals(CatalogBuilder.MAX_SKIPPED_LISTED, report.get("skipped").size(), "the list is capped");
    assertEquals(2000 - CatalogBuilder.MAX_SKIPPED_LISTED, report.get("skippedNotListed").asInt());
    assertEquals(51, report.get("skipped").get(0).get("row").asInt(), "data row 50 is sheet row 51");

    int items = 0;
    int classifiedRows = 0;
    for (JsonNode c : report.get("catalogs")) {
      classifiedRows += c.get("rows").asInt();
      assertEquals(c.get("items").asInt(), idLines(out.resolve(c.get("file").asText())), c.get("file").asText());
      items += c.get("items").asInt();
    }
    assertEquals(summary.get("rowsInItems").asInt(), classifiedRows);
    assertEquals(summary.get("items").asInt(), items);
    assertTrue(items > 100_000, "several items per classified matter: " + items);
    String text = Files.readString(out.resolve("build-report.txt"), StandardCharsets.UTF_8);
    assertTrue(text.contains("另有 1000 行跳过"), "the text report says how many are not listed");
  }

  private static int idLines(Path catalog) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(catalog, StandardCharsets.UTF_8); Stream<String> lines = r.lines()) {
      return (int) lines.filter(l -> l.startsWith("  - id: ")).count();
    }
  }
}
