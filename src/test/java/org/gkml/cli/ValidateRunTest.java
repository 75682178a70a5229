package org.gkml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gkml.i18n.Messages;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;

/** validate over several files: parallel equals sequential, --max-findings keeps the counts exact, progress rules. */
class ValidateRunTest {

  /** Every example, twice over, so that the pool has more files than threads and finishing order varies. */
  private static String[] inputs() {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      files.add("examples/qingxi-ywjy-catalog.xlsx");
      files.add("examples/qingxi-power-list.xlsx");
      files.add("examples/qingxi-service-list-gbk.csv");
      files.add("examples/qingxi-shjz-catalog.yaml");
    }
    files.add("examples/no-such-file.xlsx");
    return files.toArray(String[]::new);
  }

  private static Cli validate(String... extra) {
    List<String> args = new ArrayList<>(List.of("validate"));
    args.addAll(List.of(extra));
    args.addAll(List.of(inputs()));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void parallelAndSequentialGiveTheSameReports() {
    for (String format : List.of("json", "text", "sarif")) {
      Cli sequential = validate("--format", format, "--jobs", "1");
      Cli parallel = validate("--format", format, "--jobs", "4");
      Cli byCores = validate("--format", format);
      assertEquals(2, sequential.exit(), sequential.err());
      assertEquals(sequential.out(), parallel.out(), format);
      assertEquals(sequential.out(), byCores.out(), format);
      assertEquals(sequential.exit(), parallel.exit());
    }
  }

  @Test
  void reportsFollowTheCommandLineOrder() throws Exception {
    JsonNode json = new ObjectMapper().readTree(validate("--format", "json", "--jobs", "3").out());
    String[] in = inputs();
    for (int i = 0; i < in.length; i++) {
      assertEquals(in[i], json.get("files").get(i).get("path").asText());
    }
    String previous = in[0];
    int file = 0;
    for (JsonNode x : json.get("findings")) {
      String f = x.get("file").asText();
      if (!f.equals(previous)) {
        file++;
        while (!in[file].equals(f)) {
          file++; // files without findings
        }
        previous = f;
      }
    }
  }

  @Test
  void maxFindingsShortensTheListButNotTheCounts() throws Exception {
    ObjectMapper om = new ObjectMapper();
    JsonNode all = om.readTree(validate("--format", "json").out());
    Cli capped = validate("--format", "json", "--max-findings", "5");
    JsonNode few = om.readTree(capped.out());
    int total = all.get("findings").size();
    assertTrue(total > 5, "the examples carry more than 5 findings");
    assertEquals(5, few.get("findings").size());
    for (int i = 0; i < 5; i++) {
      assertEquals(all.get("findings").get(i), few.get("findings").get(i), "the first five, in order");
    }
    for (String k : List.of("files", "items", "errors", "warnings", "infos", "unreadable")) {
      assertEquals(all.get("summary").get(k), few.get("summary").get(k), k);
    }
    assertFalse(all.get("summary").has("truncated"), "no extension field when nothing is left out");
    assertEquals(total - 5, few.get("summary").get("truncated").asInt());
    assertEquals(validate("--format", "json").exit(), capped.exit(), "exit code from all findings");

    JsonNode none = om.readTree(validate("--format", "json", "--max-findings", "0", "--jobs", "1").out());
    assertEquals(0, none.get("findings").size());
    assertEquals(all.get("summary").get("errors"), none.get("summary").get("errors"));

    Cli text = validate("--max-findings", "3");
    assertTrue(text.out().contains("另有 " + (total - 3) + " 个问题未列出"), text.out());
  }

  @Test
  void maxFindingsAlsoCapsEachFileWhileReading() {
    // One file: the cap applies inside the checker, so a huge file never holds more than N findings.
    Cli one = Cli.run("validate", "--format", "json", "--max-findings", "1", "examples/qingxi-ywjy-catalog.xlsx");
    assertTrue(one.out().contains("\"truncated\""), one.out());
  }

  @Test
  void badValuesAreUsageErrors() {
    assertEquals(2, Cli.run("validate", "--max-findings", "-1", "examples/qingxi-shjz-catalog.yaml").exit());
    assertEquals(2, Cli.run("validate", "--jobs", "0", "examples/qingxi-shjz-catalog.yaml").exit());
  }

  @Test
  void progressOnlyForAPersonWaitingOnALargeInput() {
    long big = ProgressLine.LARGE_INPUT_BYTES;
    Map<String, String> desk = Map.of("TERM", "xterm");
    assertTrue(ProgressLine.wanted(true, desk, false, big));
    assertFalse(ProgressLine.wanted(false, desk, false, big), "not a terminal: redirected or piped");
    assertFalse(ProgressLine.wanted(true, desk, true, big), "--quiet");
    assertFalse(ProgressLine.wanted(true, desk, false, big - 1), "small input");
    assertFalse(ProgressLine.wanted(true, Map.of("CI", "true"), false, big), "CI");
    assertFalse(ProgressLine.wanted(true, Map.of("CI", "1"), false, big), "CI");
    assertTrue(ProgressLine.wanted(true, Map.of("CI", "false"), false, big), "CI=false is not CI");
    assertTrue(ProgressLine.wanted(true, Map.of("CI", ""), false, big), "CI empty is not CI");
  }

  @Test
  void progressLineSaysRowsRateAndFindings() {
    assertEquals("已读 120,000 行，每秒 40,000 行，已发现问题 17 个……", ProgressLine.line(Messages.of("zh"), 120_000, 3.0, 17));
    assertEquals("120,000 rows read, 40,000 rows/s, 17 findings so far…", ProgressLine.line(Messages.of("en"), 120_000, 3.0, 17));
  }

  @Test
  void sizeOfCountsTheInputsThatExist() {
    long n = ProgressLine.sizeOf(List.of(Path.of("examples/qingxi-shjz-catalog.yaml"), Path.of("examples/none.xlsx")));
    assertTrue(n > 0);
  }
}
