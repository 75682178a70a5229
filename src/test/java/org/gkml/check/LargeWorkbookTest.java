package org.gkml.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Path;
import org.gkml.testing.BigCatalog;
import org.gkml.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000-row catalog validates in a JVM limited to 128 MB of heap: the reader streams rows, so memory holds
 * the shared strings, the compact duplicate keys and the findings, not the rows. Not timed: performance is
 * measured by the benchmark (src/bench/measure-large.sh).
 */
class LargeWorkbookTest {

  @Test
  void validatesTwoHundredThousandRowsUnder128MbHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.xlsx");
    BigCatalog.write(file, 200_000, 1000);
    Path report = dir.resolve("report.json");
    ChildJvm.Run run = ChildJvm.gkml(dir, "128m", "validate", "--format", "json", "-o", report.toString(),
        file.toString());
    assertEquals(1, run.exit(), run.log());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals(200_000, json.get("summary").get("items").asInt());
    int missing = 0;
    JsonNode first = null;
    for (JsonNode x : json.get("findings")) {
      if (x.get("rule").asText().equals("deadline-missing")) {
        missing++;
        first = first == null ? x : first;
      }
    }
    assertEquals(200, missing, "one empty 公开时限 every 1000 rows");
    assertEquals("F1001", first.get("cell").asText(), "data row 1000 is sheet row 1001");
    assertFalse(new File(report + ".tmp").exists());
  }
}
