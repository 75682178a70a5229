package org.gkml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled examples through the CLI: the defects their notes list are found, at their cells, in the contract's shape. */
class ExamplesTest {

  static String[] examples() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      return s.sorted().map(Path::toString).toArray(String[]::new);
    }
  }

  static String[] args(String... head) throws Exception {
    List<String> a = new ArrayList<>(List.of(head));
    a.addAll(List.of(examples()));
    return a.toArray(String[]::new);
  }

  @Test
  void textReportHasCellReferencesAndExitsOne() throws Exception {
    Cli r = Cli.run(args("validate"));
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("义务教育!E10  错误  公开依据  [basis-missing]"), r.out());
    assertTrue(r.out().contains("权责清单!C28  警告"), r.out());
    assertTrue(r.out().contains("已跳过工作表“填表说明”"), r.out());
    assertTrue(r.out().contains("编码：GBK"), r.out());
    assertTrue(r.out().contains("172:5  错误  公开时限  [deadline-missing]"), r.out());
    assertTrue(r.out().contains("共检查 4 个文件、147 个事项"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    Cli r = Cli.run(args("validate", "--format", "json"));
    assertEquals(1, r.exit());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(Set.of("tool", "files", "findings", "summary"), fields(root));
    assertEquals("gkml", root.get("tool").get("name").asText());
    for (JsonNode f : root.get("files")) {
      assertTrue(fields(f).containsAll(Set.of("path", "kind", "items", "sheets")), f.toString());
    }
    Set<String> contractKeys = Set.of("file", "sheet", "row", "cell", "line", "column", "item", "element", "rule",
        "severity", "message", "value");
    Set<String> elements = Set.of("name", "content", "basis", "deadline", "owner", "channel", "audience", "mode",
        "level", "item", "file");
    int errors = 0;
    for (JsonNode x : root.get("findings")) {
      assertTrue(fields(x).containsAll(contractKeys), x.toString());
      assertTrue(elements.contains(x.get("element").asText()), x.toString());
      assertTrue(x.get("rule").asText().matches("[a-z0-9]+(-[a-z0-9]+)*"));
      assertTrue(Set.of("error", "warning", "info").contains(x.get("severity").asText()));
      if (x.get("line").isNull()) {
        assertTrue(x.get("row").asInt() > 0 && x.get("cell").asText().matches("[A-Z]+[0-9]+"), x.toString());
      } else {
        assertTrue(x.get("row").isNull() && x.get("cell").isNull() && x.get("column").asInt() > 0, x.toString());
      }
      errors += x.get("severity").asText().equals("error") ? 1 : 0;
    }
    assertEquals(errors, root.get("summary").get("errors").asInt());
    JsonNode fix = find(root, "power-category-unknown");
    assertEquals("行政许可", fix.get("fix").asText());
    assertEquals("许可", fix.get("value").asText());
    assertEquals("C28", fix.get("cell").asText());
    assertEquals("权责清单", fix.get("sheet").asText());
  }

  @Test
  void basisRulesCheckThePowerAndServiceLists() throws Exception {
    Cli r = Cli.run("validate", "--format", "json", "examples/qingxi-power-list.xlsx",
        "examples/qingxi-service-list-gbk.csv");
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode adoption = at(root, "basis-replaced", "F9");
    assertEquals("收养登记", adoption.get("item").asText());
    assertTrue(adoption.get("fix").asText().startsWith("《中华人民共和国民法典》"), adoption.toString());
    assertTrue(adoption.get("message").asText().contains("《中华人民共和国民法典》"), adoption.toString());
    assertEquals("《社会救助暂行办法》（国务院令第649号）第九条、第十一条、第十二条；《最低生活保障审核确认办法》（民发〔2021〕57号）",
        at(root, "basis-brackets", "F5").get("fix").asText());
    List<String> serviceBasis = new ArrayList<>();
    for (JsonNode x : root.get("findings")) {
      String rule = x.get("rule").asText();
      if (x.get("file").asText().endsWith(".csv") && rule.startsWith("basis-") && !rule.equals("basis-unknown-law")) {
        serviceBasis.add(rule + " " + x.get("cell").asText());
      }
    }
    assertEquals(List.of(), serviceBasis, "the service list cites its documents correctly (titles with 、 and dates)");
  }

  static JsonNode at(JsonNode root, String rule, String cell) {
    for (JsonNode x : root.get("findings")) {
      if (x.get("rule").asText().equals(rule) && cell.equals(x.get("cell").asText())) {
        return x;
      }
    }
    throw new AssertionError("no " + rule + " at " + cell);
  }

  @Test
  void englishMessagesAndReportToAFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.json");
    Cli r = Cli.run(args("validate", "--lang", "en", "--format", "json", "--output", out.toString()));
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    JsonNode root = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertEquals("公开依据 (basis) is empty", find(root, "basis-missing").get("message").asText());
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count(), "no temporary file left behind");
    }
  }

  @Test
  void failOnNeverAndUsageErrors() throws Exception {
    assertEquals(0, Cli.run(args("validate", "--fail-on", "never")).exit());
    Cli bad = Cli.run("validate", "--format", "pdf", "examples/qingxi-shjz-catalog.yaml");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("unknown format pdf"), bad.err());
    assertFalse(bad.err().contains("\tat "));
    assertEquals(2, Cli.run("validate").exit(), "no file is a usage error");
  }

  static JsonNode find(JsonNode root, String rule) {
    for (JsonNode x : root.get("findings")) {
      if (x.get("rule").asText().equals(rule)) {
        return x;
      }
    }
    throw new AssertionError("no " + rule);
  }

  static Set<String> fields(JsonNode n) {
    Set<String> s = new TreeSet<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      s.add(it.next());
    }
    return s;
  }
}
