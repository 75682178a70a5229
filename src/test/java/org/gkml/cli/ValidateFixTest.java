package org.gkml.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --fix}: corrected copies keep the YAML's comments and layout, change only the values of safe
 * fixes, and re-validating them shows those findings gone; inputs are never overwritten unless --in-place, which
 * keeps a .bak.
 */
class ValidateFixTest {

  private static final Path FIXABLE = Path.of("src/test/resources/fix/catalog-fixable.yaml");
  private static final Path EXAMPLE = Path.of("examples/qingxi-shjz-catalog.yaml");

  /** rule@line of each finding, and of those with a safe fix. */
  private static List<String> findings(Path file, boolean safeOnly) throws Exception {
    Cli r = Cli.run("validate", "--format", "json", file.toString());
    JsonNode root = new ObjectMapper().readTree(r.out());
    List<String> out = new ArrayList<>();
    for (JsonNode f : root.get("findings")) {
      boolean safe = f.has("fix") && !f.get("fix").isNull() && SAFE.contains(f.get("rule").asText());
      if (!safeOnly || safe) {
        out.add(f.get("rule").asText() + "@" + f.get("line").asInt());
      }
    }
    return out;
  }

  /** The rules whose fixes are marked safe (Finding.safeFix) and that the fixable catalog triggers. */
  private static final Set<String> SAFE = Set.of("basis-brackets", "basis-short-title", "channel-variant",
      "name-width-mix", "name-traditional");

  private static Set<Integer> changedLines(List<String> before, List<String> after) {
    assertEquals(before.size(), after.size(), "scalar edits keep the number of lines");
    Set<Integer> changed = new TreeSet<>();
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        changed.add(i + 1);
      }
    }
    return changed;
  }

  @Test
  void correctedCopyKeepsLayoutAndLosesTheFixedFindings(@TempDir Path dir) throws Exception {
    byte[] input = Files.readAllBytes(FIXABLE);
    List<String> fixable = findings(FIXABLE, true);
    assertEquals(9, fixable.size(), fixable.toString());
    Cli r = Cli.run("validate", "--fix", "-o", dir.toString(), FIXABLE.toString());
    assertEquals(1, r.exit(), "the report is of the input, which has errors: " + r.err());
    assertTrue(r.out().contains("[basis-brackets]"), "the findings report still goes to stdout");
    assertTrue(r.err().contains("修正 9 处"), r.err());
    assertTrue(r.err().contains("15:22  [channel-variant]  行政服务中心 → 政务服务中心"), r.err());
    assertArrayEquals(input, Files.readAllBytes(FIXABLE), "the input is untouched");

    Path fixed = dir.resolve("catalog-fixable.yaml");
    List<String> before = Files.readAllLines(FIXABLE, StandardCharsets.UTF_8);
    List<String> after = Files.readAllLines(fixed, StandardCharsets.UTF_8);
    assertEquals(Set.of(11, 12, 15, 21, 25, 30, 36, 39), changedLines(before, after));
    assertEquals("    channels: [政府网站, 政务服务中心, 公开查阅点]", after.get(14), "flow list kept");
    assertEquals("    item: '招生结果'", after.get(35), "quoting kept");
    assertEquals("      《学生资助资金管理办法》（财教〔2021〕310号）", after.get(24), "literal block kept");
    assertEquals("      - 《中华人民共和国政府信息公开条例》；《最低生活保障审核确认办法》（民发〔2021〕57号）  # 两处可修正：简称和文号括号",
        after.get(38), "two fixes of one value, and the comment after it");
    assertEquals(before.get(0), after.get(0));
    assertTrue(after.get(7).endsWith("# 行尾注释"));

    assertEquals(List.of(), findings(fixed, true), "every safe fix applied");
    List<String> rest = findings(fixed, false);
    List<String> expected = new ArrayList<>(findings(FIXABLE, false));
    expected.removeAll(fixable);
    assertEquals(expected, rest, "the other findings stay as they were");
  }

  @Test
  void exampleCatalogChannelVariantIsFixed(@TempDir Path dir) throws Exception {
    List<String> before = findings(EXAMPLE, false);
    assertTrue(before.contains("channel-variant@119"), before.toString());
    Cli r = Cli.run("validate", "--fix", "-o", dir.toString(), "examples/qingxi-shjz-catalog.yaml",
        "examples/qingxi-service-list-gbk.csv");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("修正 1 处"), r.err());
    assertTrue(r.err().contains("qingxi-service-list-gbk.csv：--fix 目前修正 YAML 目录和 .xlsx/.xls 工作簿，CSV 文件请"), r.err());
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of("qingxi-shjz-catalog.yaml"), s.map(p -> p.getFileName().toString()).toList(),
          "no copy of the CSV list, no temporary file left");
    }
    List<String> after = findings(dir.resolve("qingxi-shjz-catalog.yaml"), false);
    List<String> expected = new ArrayList<>(before);
    expected.remove("channel-variant@119");
    assertEquals(expected, after);
    assertEquals(changedLines(Files.readAllLines(EXAMPLE), Files.readAllLines(dir.resolve("qingxi-shjz-catalog.yaml"))),
        Set.of(119));
  }

  @Test
  void inPlaceKeepsABackup(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("catalog.yaml");
    Files.copy(FIXABLE, copy);
    byte[] original = Files.readAllBytes(copy);
    Cli r = Cli.run("validate", "--fix", "--in-place", "--lang", "en", copy.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("9 fixes"), r.err());
    assertArrayEquals(original, Files.readAllBytes(dir.resolve("catalog.yaml.bak")));
    assertEquals(List.of(), findings(copy, true));

    Cli again = Cli.run("validate", "--fix", "--in-place", copy.toString());
    assertTrue(again.err().contains("没有可自动修正的问题"), again.err());
    assertEquals(0, again.exit(), "only an info is left: " + again.err());
    assertArrayEquals(original, Files.readAllBytes(dir.resolve("catalog.yaml.bak")),
        "nothing to fix: the file and its first backup are left alone");
  }

  @Test
  void usageErrorsAndNoOverwrite(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("catalog.yaml");
    Files.copy(FIXABLE, copy);
    byte[] original = Files.readAllBytes(copy);
    assertEquals(2, Cli.run("validate", "--fix", copy.toString()).exit(), "--fix without -o or --in-place");
    assertEquals(2, Cli.run("validate", "--in-place", copy.toString()).exit(), "--in-place without --fix");
    assertEquals(2, Cli.run("validate", "--fix", "--in-place", "-o", dir.resolve("out").toString(), copy.toString())
        .exit());
    Cli same = Cli.run("validate", "--fix", "-o", dir.toString(), copy.toString());
    assertEquals(2, same.exit());
    assertTrue(same.err().contains("would overwrite the input"), same.err());
    Path notDir = dir.resolve("report.txt");
    Files.writeString(notDir, "x");
    assertEquals(2, Cli.run("validate", "--fix", "-o", notDir.toString(), copy.toString()).exit());
    assertArrayEquals(original, Files.readAllBytes(copy));
    assertFalse(Files.exists(dir.resolve("catalog.yaml.bak")));
  }

  /** cell [rule] of each finding of a workbook. */
  private static List<String> cellFindings(Path file) throws Exception {
    Cli r = Cli.run("validate", "--format", "json", file.toString());
    List<String> out = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
      out.add(f.get("cell").asText() + " " + f.get("rule").asText());
    }
    return out;
  }

  @Test
  void aWorkbookIsCorrectedCellByCell(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in").resolve("qingxi-ywjy-catalog.xlsx");
    Files.createDirectories(input.getParent());
    Files.copy(Path.of("examples/qingxi-ywjy-catalog.xlsx"), input);
    byte[] original = Files.readAllBytes(input);
    List<String> before = cellFindings(input);
    Path out = dir.resolve("out");
    Cli run = Cli.run("validate", input.toString(), "--fix", "-o", out.toString());
    assertEquals(1, run.exit(), run.err()); // the errors a clerk must fix by hand remain
    assertTrue(run.err().contains("义务教育!F12  [same-as-above]  同上 → 信息形成或者变更之日起20个工作日内"), run.err());
    assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(input)), "the input is not touched");

    List<String> after = cellFindings(out.resolve("qingxi-ywjy-catalog.xlsx"));
    for (String gone : List.of("H5 channel-glyph-variant", "H6 channel-glyph-variant", "H7 channel-glyph-variant",
        "F12 same-as-above", "H13 channel-glyph-variant", "M21 tick-as-text")) {
      assertTrue(before.contains(gone), "the example has " + gone + ": " + before);
      assertFalse(after.contains(gone), "fixed: " + gone + ": " + after);
    }
    List<String> kept = new ArrayList<>(before);
    kept.removeAll(List.of("H5 channel-glyph-variant", "H6 channel-glyph-variant", "H7 channel-glyph-variant",
        "F12 same-as-above", "H13 channel-glyph-variant", "M21 tick-as-text"));
    assertEquals(kept, after, "every other finding stays where it was");

    Cli inPlace = Cli.run("validate", input.toString(), "--fix", "--in-place");
    assertEquals(1, inPlace.exit(), inPlace.err());
    assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(dir.resolve("in/qingxi-ywjy-catalog.xlsx.bak"))),
        "the .bak is the original");
    assertEquals(after, cellFindings(input).stream().toList());
  }
}
