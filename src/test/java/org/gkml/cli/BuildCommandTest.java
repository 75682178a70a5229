package org.gkml.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gkml.check.Checker;
import org.gkml.check.FileResult;
import org.gkml.model.ElementKind;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;
import org.gkml.testing.ExampleLists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkml build} on the example lists (the .xlsx power list and the GBK .csv service list of examples/). */
class BuildCommandTest {

  @TempDir static Path dir;
  static Path power;
  static Path service;

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void inputs() throws IOException {
    power = ExampleLists.powerXlsx(dir);
    service = ExampleLists.serviceCsv(dir);
  }

  static Run gkml(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = GkmlCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run build(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("build", "--power", power.toString(), "--service", service.toString(),
        "-o", out.toString()));
    args.addAll(List.of(more));
    return gkml(args.toArray(String[]::new));
  }

  static List<Path> catalogs(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> p.getFileName().toString().startsWith("catalog-")).sorted().toList();
    }
  }

  @Test
  void everySourceRowIsTracedOrReportedAndTheTotalsAddUp() throws IOException {
    Path out = dir.resolve("out-trace");
    Run run = build(out);
    assertTrue(run.code() == 0 || run.code() == 1, run.err());
    List<Path> written = catalogs(out);
    assertTrue(written.size() >= 5, "catalogs: " + written);

    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Set<String> traced = new HashSet<>();
    int items = 0;
    for (Path p : written) {
      for (JsonNode item : yaml.readTree(p.toFile()).get("items")) {
        items++;
        assertTrue(item.get("sources").size() >= 1, p + " " + item.get("id"));
        for (JsonNode s : item.get("sources")) {
          traced.add(s.get("file").asText() + "#" + s.get("row").asInt());
        }
      }
    }
    JsonNode report = new ObjectMapper().readTree(out.resolve(BuildCommand.REPORT_JSON).toFile());
    Set<String> unclassified = new HashSet<>();
    for (JsonNode m : report.get("unclassified")) {
      assertTrue(!m.get("reason").asText().isBlank());
      for (JsonNode s : m.get("sources")) {
        unclassified.add(s.get("file").asText() + "#" + s.get("row").asInt());
      }
    }
    Set<String> skipped = new HashSet<>();
    for (JsonNode s : report.get("skipped")) {
      assertTrue(!s.get("reason").asText().isBlank());
      skipped.add(s.get("file").asText() + "#" + s.get("row").asInt());
    }
    Set<String> expected = new HashSet<>();
    for (int r = 2; r <= ExampleLists.dataRows("power-list.tsv") + 1; r++) {
      expected.add(power + "#" + r);
    }
    for (int r = 2; r <= ExampleLists.dataRows("service-list.tsv") + 1; r++) {
      expected.add(service + "#" + r);
    }
    Set<String> all = new HashSet<>(traced);
    all.addAll(unclassified);
    all.addAll(skipped);
    assertEquals(expected, all, "every row in a trace or the report");
    assertEquals(expected.size(), traced.size() + unclassified.size() + skipped.size(), "no row counted twice");

    JsonNode summary = report.get("summary");
    assertEquals(expected.size(), summary.get("rows").asInt());
    assertEquals(traced.size(), summary.get("rowsInItems").asInt());
    assertEquals(unclassified.size(), summary.get("rowsUnclassified").asInt());
    assertEquals(skipped.size(), summary.get("rowsSkipped").asInt());
    assertEquals(items, summary.get("items").asInt());
    assertEquals(written.size(), summary.get("fields").asInt());
    int perFile = 0;
    for (JsonNode f : report.get("inputs")) {
      int sum = 0;
      for (JsonNode c : f.get("categories")) {
        sum += c.asInt();
      }
      assertEquals(f.get("rows").asInt(), sum, "categories add up for " + f.get("path"));
      perFile += sum;
    }
    assertEquals(expected.size(), perFile);
    System.out.printf("build on examples: %d rows = %d in items + %d unclassified + %d skipped; %d fields, %d items%n",
        expected.size(), traced.size(), unclassified.size(), skipped.size(), written.size(), items);
  }

  @Test
  void whatBuildWritesHasNoErrorsFromElementsItDerived() throws IOException {
    Path out = dir.resolve("out-valid");
    Run run = build(out, "--format", "json");
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertEquals(0, report.get("validation").get("derived").get("errors").asInt(), run.out());
    Checker checker = new Checker(null, BuiltInRules.ALL, Map.of());
    int sourceErrors = 0;
    for (Path p : catalogs(out)) {
      FileResult r = checker.check(p, p.getFileName().toString());
      assertTrue(!r.failed(), p.toString());
      for (Finding f : r.findings()) {
        boolean fromList = f.element() == ElementKind.OWNER || f.element() == ElementKind.BASIS;
        assertTrue(fromList || f.severity() != Severity.ERROR, "derived error: " + f);
        if (f.severity() == Severity.ERROR) {
          sourceErrors++;
        }
      }
    }
    // service-list row 13 has no 实施主体: its items keep the blank owner, and validation says so
    assertEquals(sourceErrors, report.get("validation").get("fromSource").get("errors").asInt());
    assertTrue(sourceErrors > 0);
    assertEquals(1, run.code(), "errors found at the default --fail-on error");
    assertEquals(0, build(out, "--fail-on", "never", "-q").code());
  }

  @Test
  void twoBuildsGiveIdenticalBytes() throws IOException {
    Path a = dir.resolve("out-a");
    Path b = dir.resolve("out-b");
    build(a);
    build(b);
    List<String> namesA = Files.list(a).map(p -> p.getFileName().toString()).sorted().toList();
    List<String> namesB = Files.list(b).map(p -> p.getFileName().toString()).sorted().toList();
    assertEquals(namesA, namesB);
    assertTrue(namesA.contains(BuildCommand.REPORT_TEXT) && namesA.contains(BuildCommand.REPORT_JSON));
    for (String n : namesA) {
      assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n);
    }
    build(a); // again into the same directory
    for (String n : namesA) {
      assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n + " (rebuilt)");
    }
  }

  @Test
  void idsAreStableAndCarryTheFieldCode() throws IOException {
    Path out = dir.resolve("out-ids");
    build(out);
    String shjz = Files.readString(out.resolve("catalog-shjz.yaml"), StandardCharsets.UTF_8);
    assertTrue(shjz.contains("field: 社会救助\nregion: 清溪县\n"), shjz.substring(0, 300));
    assertTrue(shjz.contains("  - id: SHJZ-001\n    topic: 最低生活保障金给付\n    item: 政策文件\n"), shjz.substring(0, 600));
    assertTrue(shjz.contains("        sheet: 权责清单\n        row: 4\n"));
  }

  @Test
  void anUnreadableListIsReportedWithExitTwoAndTheOthersStillBuild() throws IOException {
    Path out = dir.resolve("out-missing");
    Run run = gkml("build", "--power", power.toString(), "--power", dir.resolve("nope.xlsx").toString(), "-o",
        out.toString(), "--lang", "en");
    assertEquals(2, run.code());
    assertTrue(run.out().contains("nope.xlsx (power list): cannot be read"), run.out());
    assertTrue(catalogs(out).size() >= 5);
  }

  @Test
  void badAssignmentsAreAUsageError(@TempDir Path tmp) throws IOException {
    Path assign = tmp.resolve("assign.csv");
    Files.writeString(assign, "match,field\n特种设备使用登记,天气预报\n", StandardCharsets.UTF_8);
    Run run = build(tmp.resolve("out"), "--assign", assign.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("line 2") && run.err().contains("天气预报"), run.err());
    assertEquals(2, gkml("build", "-o", tmp.resolve("o").toString()).code());
  }

  @Test
  void assignmentsMoveMattersOutOfUnclassified(@TempDir Path tmp) throws IOException {
    Path assign = tmp.resolve("assign.tsv");
    Files.writeString(assign, "匹配\t领域\n" + power.getFileName() + ":34\t就业创业\n*殡葬*\t社会救助\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    build(out, "--assign", assign.toString());
    String report = Files.readString(out.resolve(BuildCommand.REPORT_JSON), StandardCharsets.UTF_8);
    JsonNode r = new ObjectMapper().readTree(report);
    for (JsonNode m : r.get("unclassified")) {
      assertTrue(!m.get("name").asText().contains("殡葬"), m.toString());
      assertTrue(!m.get("name").asText().contains("延长劳动者工作时间"), m.toString());
    }
    String jy = Files.readString(out.resolve("catalog-jy.yaml"), StandardCharsets.UTF_8);
    assertTrue(jy.contains("topic: 对用人单位违反规定延长劳动者工作时间的处罚"));
  }
}
