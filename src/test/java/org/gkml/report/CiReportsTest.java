package org.gkml.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gkml.check.FileResult;
import org.gkml.cli.CliRun;
import org.gkml.i18n.Messages;
import org.gkml.lint.Catalogs;
import org.gkml.model.ElementKind;
import org.gkml.model.Location;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The CI formats: SARIF against the official schema, JUnit against the JSON counts, GitHub commands, GitLab. */
class CiReportsTest {

  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The example catalogs as the project keeps them: examples/ when it is there, their YAML sources always. */
  private static String[] exampleArgs(String... first) {
    List<String> args = new java.util.ArrayList<>(List.of(first));
    args.add("src/test/resources/examples-src");
    if (Files.isDirectory(Path.of("examples"))) {
      args.add("--include-spreadsheets");
      args.add("examples");
    }
    return args.toArray(String[]::new);
  }

  @Test
  void sarifOfTheExamplesValidatesAndCarriesRulesAndFingerprints() throws Exception {
    Path sarif = dir.resolve("gkml.sarif");
    Path json = dir.resolve("gkml.json");
    CliRun r = CliRun.of(exampleArgs("lint", "--report", "sarif=" + sarif, "--report", "json=" + json));
    assertTrue(r.code() == 0 || r.code() == 1, r.err());
    JsonNode log = JSON.readTree(sarif.toFile());
    JsonSchema schema = SchemaValidation.sarif();
    assertEquals(Set.of(), schema.validate(log), "SARIF must validate against the official 2.1.0 schema");
    JsonNode broken = log.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("runs").get(0).get("results").get(0)).put("level", "fatal");
    assertFalse(schema.validate(broken).isEmpty(), "the validator does reject a bad level");

    JsonNode run = log.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertTrue(rules.size() >= 20, "every rule is described");
    Set<String> ruleIds = new HashSet<>();
    for (JsonNode rule : rules) {
      ruleIds.add(rule.get("id").asText());
      for (String field : List.of("name", "shortDescription", "fullDescription", "help", "defaultConfiguration")) {
        assertNotNull(rule.get(field), rule.get("id") + " lacks " + field);
      }
      assertFalse(rule.get("shortDescription").get("text").asText().endsWith(".summary"), "texts come from the bundles");
    }
    JsonNode results = run.get("results");
    int expected = JSON.readTree(json.toFile()).get("findings").size();
    assertTrue(expected > 0, "the examples have deliberate defects");
    assertEquals(expected, results.size());
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode res : results) {
      assertTrue(ruleIds.contains(res.get("ruleId").asText()));
      assertEquals(res.get("ruleId").asText(), rules.get(res.get("ruleIndex").asInt()).get("id").asText());
      String uri = res.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
      assertTrue(uri.startsWith("src/test/resources/examples-src/") || uri.startsWith("examples/"),
          "repository-relative: " + uri);
      assertTrue(res.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt() > 0);
      fingerprints.add(res.get("partialFingerprints").get(SarifReporter.FINGERPRINT_KEY).asText());
    }
    assertEquals(results.size(), fingerprints.size(), "one fingerprint per finding");
  }

  @Test
  void fingerprintsSurviveMovingAnItem() throws Exception {
    Path f = Catalogs.write(dir, "c.yaml", Catalogs.DEFECTS);
    String before = fingerprints(f);
    assertEquals(2, before.lines().count());
    Files.writeString(f, Catalogs.HEADER + Catalogs.cleanItem("T-000", "招生范围")
        + Catalogs.DEFECTS.substring(Catalogs.HEADER.length()));
    assertEquals(before, fingerprints(f));
  }

  private static String fingerprints(Path f) throws Exception {
    JsonNode log = JSON.readTree(CliRun.of("lint", "--format", "sarif", f.toString()).out());
    StringBuilder sb = new StringBuilder();
    for (JsonNode res : log.get("runs").get(0).get("results")) {
      sb.append(res.get("ruleId").asText()).append('=').append(res.get("partialFingerprints")).append('\n');
    }
    return sb.toString();
  }

  @Test
  void junitParsesAndItsFailuresEqualTheJsonFindings() throws Exception {
    Path junit = dir.resolve("junit.xml");
    Path json = dir.resolve("gkml.json");
    Catalogs.write(dir, "in/a.yaml", Catalogs.DEFECTS);
    Catalogs.write(dir, "in/b.yaml", Catalogs.CLEAN);
    Catalogs.write(dir, "in/z.yaml", "items: [unclosed\n");
    CliRun r = CliRun.of("lint", "--report", "junit=" + junit, "--report", "json=" + json, dir.resolve("in").toString());
    assertEquals(2, r.code(), "an unreadable file: exit 2");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    JsonNode findings = JSON.readTree(json.toFile()).get("findings");

    Map<String, Integer> jsonCounts = new HashMap<>();
    for (JsonNode f : findings) {
      jsonCounts.merge(f.get("rule").asText(), 1, Integer::sum);
    }
    Map<String, Integer> junitCounts = new HashMap<>();
    NodeList cases = doc.getElementsByTagName("testcase");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      assertTrue(names.add(c.getAttribute("classname") + "#" + c.getAttribute("name")), "unique test names");
      int n = c.getElementsByTagName("failure").getLength();
      if (n > 0) {
        junitCounts.merge(c.getAttribute("name"), n, Integer::sum);
      }
    }
    assertEquals(jsonCounts, junitCounts);
    assertEquals(findings.size(), doc.getElementsByTagName("failure").getLength());
    assertEquals(1, doc.getElementsByTagName("error").getLength(), "the unreadable file");
    Element suites = doc.getDocumentElement();
    assertEquals("1", suites.getAttribute("errors"));
    assertEquals(String.valueOf(cases.getLength()), suites.getAttribute("tests"));
    assertEquals(3, doc.getElementsByTagName("testsuite").getLength());
  }

  private static final Pattern COMMAND = Pattern.compile(
      "::(error|warning|notice) (file=[^,:]+(,line=\\d+)?(,col=\\d+)?,)?title=[^,:]+::[^\\r\\n]*");

  @Test
  void githubCommandsEscapeMessagesAndProperties() throws Exception {
    FileResult f = new FileResult("dir,x/a:b.yaml");
    Object[] args = {"100% 完成: a, b\n第二行\r"};
    f.findings().add(new Finding("unused-suppression", Severity.WARNING, ElementKind.FILE,
        Location.yaml("dir,x/a:b.yaml", 3, 1), "招生:入学,政策", "x", null, false, "unused-suppression.message", args));
    StringWriter out = new StringWriter();
    new GithubReporter().write(new RunResult(List.of(f)), Messages.of("en"), out);
    String line = out.toString().strip();
    assertTrue(COMMAND.matcher(line).matches(), line);
    assertTrue(line.startsWith("::warning file=dir%2Cx/a%3Ab.yaml,line=3,col=1,title=gkml unused-suppression::"), line);
    assertTrue(line.contains("100%25 完成: a, b%0A第二行%0D"), "message: % CR LF escaped, : and , kept: " + line);
    assertEquals("a%3Ab%2Cc%25d%0Ae", GithubReporter.property("a:b,c%d\ne"));
  }

  @Test
  void githubPutsErrorsFirstAndSummarisesWhatItLeavesOut() throws Exception {
    StringBuilder text = new StringBuilder(Catalogs.HEADER);
    for (int i = 0; i < 12; i++) {
      text.append(Catalogs.cleanItem("T-" + i, "事项" + i).replace("    deadline: 信息形成或者变更之日起20个工作日内\n", ""));
    }
    String yaml = "# gkml-disable-file owner-missing\n" + text; // suppresses nothing: one warning
    Path f = Catalogs.write(dir, "many.yaml", yaml);
    CliRun r = CliRun.of("lint", "--format", "github", f.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(12, lines.size(), r.out()); // 10 errors, the warning, the summary
    for (int i = 0; i < 10; i++) {
      assertTrue(lines.get(i).startsWith("::error "), lines.get(i));
      assertTrue(COMMAND.matcher(lines.get(i)).matches(), lines.get(i));
    }
    assertTrue(lines.get(10).startsWith("::warning "));
    assertTrue(lines.get(11).startsWith("::notice title=gkml::另有 2 条错误、0 条警告、0 条提示"), lines.get(11));
  }

  @Test
  void githubIsPickedAutomaticallyInGithubActions() throws Exception {
    Path f = Catalogs.write(dir, "d.yaml", Catalogs.DEFECTS);
    var env = org.gkml.cli.LintEnvironment.set("GITHUB_ACTIONS", "true");
    try {
      assertTrue(CliRun.of("lint", f.toString()).out().startsWith("::error "));
      assertTrue(CliRun.of("lint", "--format", "text", f.toString()).out().contains("[deadline-missing]"),
          "an explicit --format wins");
    } finally {
      env.close();
    }
  }

  @Test
  void gitlabCodeQuality() throws Exception {
    Path f = Catalogs.write(dir, "d.yaml", Catalogs.DEFECTS + Catalogs.cleanItem("T-002", "招生范围")
        .replace("owner: 测试县教育局", "owner: \"\"").replace("content: 招生计划、招生范围", "content: \"\""));
    JsonNode issues = JSON.readTree(CliRun.of("lint", "--format", "gitlab", f.toString()).out());
    assertEquals(4, issues.size());
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode i : issues) {
      for (String field : List.of("description", "check_name", "fingerprint", "severity")) {
        assertFalse(i.get(field).asText().isEmpty(), field);
      }
      assertTrue(Set.of("info", "minor", "major", "critical", "blocker").contains(i.get("severity").asText()));
      assertTrue(i.get("location").get("lines").get("begin").asInt() > 0);
      assertFalse(i.get("location").get("path").asText().isEmpty());
      fingerprints.add(i.get("fingerprint").asText());
    }
    assertEquals(4, fingerprints.size(), "unique per finding");
    assertEquals("deadline-missing", issues.get(0).get("check_name").asText());
    assertEquals(5, issues.get(0).get("location").get("lines").get("begin").asInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit", "github", "gitlab"})
  void everyFormatOnAnEmptyAndACleanInput(String format) throws Exception {
    Path emptyDir = Files.createDirectories(dir.resolve("nothing"));
    Path emptyCatalog = Catalogs.write(dir, "empty.yaml", Catalogs.EMPTY);
    Path clean = Catalogs.write(dir, "clean.yaml", Catalogs.CLEAN);
    for (Path input : List.of(emptyDir, emptyCatalog, clean)) {
      CliRun r = CliRun.of("lint", "--format", format, input.toString());
      assertEquals(0, r.code(), format + " " + input + ": " + r.err());
      String out = r.out();
      switch (format) {
        case "json" -> assertEquals(0, JSON.readTree(out).get("findings").size());
        case "sarif" -> {
          JsonNode log = JSON.readTree(out);
          assertEquals(Set.of(), SchemaValidation.sarif().validate(log));
          assertEquals(0, log.get("runs").get(0).get("results").size());
        }
        case "junit" -> {
          Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
              .parse(new java.io.ByteArrayInputStream(out.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
          assertEquals(0, doc.getElementsByTagName("failure").getLength());
          assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        }
        case "github" -> assertEquals("", out);
        case "gitlab" -> assertEquals(0, JSON.readTree(out).size());
        default -> assertTrue(out.contains("错误 0 个"), out);
      }
    }
  }
}
