package org.gkml.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code # gkml-disable-next-line} and {@code # gkml-disable-file}: used ones silence findings, unused ones are reported. */
class SuppressionsTest {

  @TempDir Path dir;

  private static JsonNode lint(Path f) throws Exception {
    CliRun r = CliRun.of("lint", "--format", "json", f.toString());
    return new ObjectMapper().readTree(r.out()).get("findings");
  }

  private static List<String> rules(JsonNode findings) {
    List<String> out = new ArrayList<>();
    findings.forEach(f -> out.add(f.get("rule").asText() + "@" + f.get("line").asInt()));
    return out;
  }

  @Test
  void nextLineSuppressesTheFindingOnTheFollowingLine() throws Exception {
    String text = Catalogs.DEFECTS.replace("    audience:\n      全社会、特定群体\n",
        "    audience:\n      # gkml-disable-next-line audience-not-one -- 县里两类都公开，待省里答复\n      全社会、特定群体\n");
    Path f = Catalogs.write(dir, "a.yaml", text);
    assertEquals(List.of("deadline-missing@5"), rules(lint(f)));
  }

  @Test
  void nextLineAboveTheItemCoversAMissingKeyAndStackedCommentsAllApply() throws Exception {
    String text = Catalogs.DEFECTS.replace("  - id: T-001\n",
        "  # gkml-disable-next-line deadline-missing -- 时限待定\n  # gkml-disable-next-line owner-missing\n  - id: T-001\n");
    Path f = Catalogs.write(dir, "b.yaml", text);
    JsonNode findings = lint(f);
    // deadline-missing is gone; owner-missing suppressed nothing (the owner is there) and is reported on line 6.
    assertEquals(List.of("audience-not-one@16", "unused-suppression@6"), rules(findings));
    JsonNode unused = findings.get(1);
    assertEquals("warning", unused.get("severity").asText());
    assertEquals(3, unused.get("column").asInt());
    assertTrue(unused.get("message").asText().contains("owner-missing"), unused.toString());
  }

  @Test
  void fileWideSuppressionAndAMisspelledRule() throws Exception {
    String text = "# gkml-disable-file deadline-missing, audience-not-one\n# gkml-disable-file deadline-mising\n"
        + Catalogs.DEFECTS;
    Path f = Catalogs.write(dir, "c.yaml", text);
    JsonNode findings = lint(f);
    assertEquals(List.of("unused-suppression@2"), rules(findings));
    assertEquals("deadline-mising", findings.get(0).get("value").asText());
  }

  @Test
  void unusedSuppressionsCanThemselvesBeSilenced() throws Exception {
    String text = "# gkml-disable-file unused-suppression\n# gkml-disable-file owner-missing\n" + Catalogs.CLEAN;
    CliRun r = CliRun.of("lint", "--format", "json", Catalogs.write(dir, "d.yaml", text).toString());
    assertEquals(0, r.code(), r.out());
    assertEquals(0, new ObjectMapper().readTree(r.out()).get("findings").size());
  }

  @Test
  void anUnusedSuppressionFailsOnlyAtWarningLevel() throws Exception {
    Path f = Catalogs.write(dir, "e.yaml", "# gkml-disable-file owner-missing\n" + Catalogs.CLEAN);
    assertEquals(0, CliRun.of("lint", f.toString()).code());
    assertEquals(1, CliRun.of("lint", "--fail-on", "warning", f.toString()).code());
    assertEquals(1, CliRun.of("lint", "--max-warnings", "0", f.toString()).code());
    assertEquals(0, CliRun.of("lint", "--max-warnings", "1", f.toString()).code());
  }
}
