package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPackageWriterTest {

  /** Where .ci/needs/tableschema.sh installs the validator. */
  static final Path NODE_DIR = Path.of(System.getenv().getOrDefault("GKML_NODE_DIR",
      System.getProperty("user.home") + "/.cache/gkml-node"));
  static final Path SCRIPT = Path.of("src/test/node/validate-datapackage.js").toAbsolutePath();

  @Test
  void examplesPassTheTableSchemaValidator(@TempDir Path dir) throws Exception {
    List<OpenFormatFixtures.FieldItems> examples = OpenFormatFixtures.examples();
    OpenFormatFixtures.write(new DataPackageWriter(dir, false), examples);
    ExternalTools.Run run = validate(dir);
    assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
    assertTrue(run.stdout().contains("valid catalog-ywjy: 26 rows"), run.stdout());
    assertTrue(run.stdout().contains("valid catalog-shjz: 18 rows"), run.stdout());
    assertTrue(run.stdout().contains("VALID 2 resources, 44 rows"), run.stdout());
  }

  @Test
  void awkwardTextsPassTheValidatorAndAreStoredLiterally(@TempDir Path dir) throws Exception {
    OpenFormatFixtures.FieldItems awkward = OpenFormatFixtures.awkward();
    OpenFormatFixtures.write(new DataPackageWriter(dir, false), List.of(awkward));
    ExternalTools.Run run = validate(dir);
    assertEquals(0, run.exitCode(), run.stdout() + run.stderr());

    List<CSVRecord> rows = rows(dir.resolve("data/catalog-ywjy.csv"));
    assertEquals("=HYPERLINK(\"http://example.invalid\",\"点我\")", rows.get(0).get("topic"), "no quote added");
    assertEquals("'=已带引号", rows.get(1).get("item"));
    assertEquals("@清溪县教育局", rows.get(0).get("owner"));
    assertEquals("《中华人民共和国义务教育法》第十二条\n《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）",
        rows.get(0).get("basis"));
    assertEquals("政府网站\n两微一端\n社区/企事业单位/村公示栏（电子屏）\n其他：清溪发布、学校公告栏", rows.get(0).get("channels"));
    assertEquals("√", rows.get(0).get("audience_specific"));
    assertEquals("适龄儿童家长（含随迁子女）", rows.get(0).get("audience_group"));
    assertEquals("A-001", rows.get(0).get("id"));
  }

  @Test
  void theValidatorRejectsRowsThatBreakTheSchema(@TempDir Path dir) throws Exception {
    OpenFormatFixtures.write(new DataPackageWriter(dir, false), List.of(OpenFormatFixtures.awkward()));
    Path csv = dir.resolve("data/catalog-ywjy.csv");
    // A tick column holding something other than √, and a 序号 that is not a number: the validator must say so.
    String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\r\nA-002,2,", "\r\nA-002,zwei,");
    Files.writeString(csv, text.replaceFirst(",√,", ",x,"), StandardCharsets.UTF_8);
    ExternalTools.Run run = validate(dir);
    assertEquals(1, run.exitCode(), run.stdout() + run.stderr());
    assertTrue(run.stdout().contains("INVALID catalog-ywjy"), run.stdout());
  }

  @Test
  void descriptorDescribesEveryColumnAndMatchesTheGoldenFile(@TempDir Path dir) throws Exception {
    DataPackageWriter writer = new DataPackageWriter(dir, false);
    OpenFormatFixtures.write(writer, OpenFormatFixtures.examples());
    assertEquals(List.of(dir.resolve("data/catalog-shjz.csv"), dir.resolve("data/catalog-ywjy.csv"),
        dir.resolve("datapackage.json")), writer.written());
    Golden.assertMatches("datapackage/datapackage.json", dir.resolve("datapackage.json"));
    Golden.assertMatches("datapackage/data/catalog-ywjy.csv", dir.resolve("data/catalog-ywjy.csv"));
    Golden.assertMatches("datapackage/data/catalog-shjz.csv", dir.resolve("data/catalog-shjz.csv"));

    JsonNode pkg = new ObjectMapper().readTree(dir.resolve("datapackage.json").toFile());
    assertEquals("tabular-data-package", pkg.get("profile").asText());
    assertEquals(2, pkg.get("resources").size());
    for (JsonNode r : pkg.get("resources")) {
      Path data = dir.resolve(r.get("path").asText());
      byte[] bytes = Files.readAllBytes(data);
      assertEquals(bytes.length, r.get("bytes").asLong());
      assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
          r.get("hash").asText());
      assertEquals("utf-8", r.get("encoding").asText());
      assertEquals("text/csv", r.get("mediatype").asText());
      List<String> header = header(data);
      List<String> names = new ArrayList<>();
      for (JsonNode f : r.get("schema").get("fields")) {
        names.add(f.get("name").asText());
        assertTrue(f.get("title").asText().matches(".*\\p{IsHan}.*"), "Chinese title: " + f);
        assertTrue(f.has("type") && f.has("constraints"), f.toString());
      }
      assertEquals(header, names, "the schema names the CSV's columns in order");
    }
    JsonNode fields = pkg.get("resources").get(0).get("schema").get("fields");
    assertEquals("公开对象/全社会", fields.get(9).get("title").asText());
    assertEquals(List.of("√"), List.of(fields.get(9).get("constraints").get("enum").get(0).asText()));
    assertTrue(fields.get(1).get("constraints").get("required").asBoolean(), "序号 is required");
  }

  private static ExternalTools.Run validate(Path dir) throws Exception {
    boolean node = Files.isExecutable(Path.of("/usr/bin/node")) || Files.isExecutable(Path.of("/usr/local/bin/node"));
    ExternalTools.require(node && Files.exists(NODE_DIR.resolve("node_modules/datapackage/package.json")),
        "node with npm datapackage in " + NODE_DIR);
    return ExternalTools.run(List.of("node", SCRIPT.toString(), dir.toString()),
        Map.of("NODE_PATH", NODE_DIR.resolve("node_modules").toString()), dir, 120);
  }

  /** The data rows, by column name. */
  private static List<CSVRecord> rows(Path csv) throws Exception {
    try (CSVParser p = parser(csv)) {
      return new ArrayList<>(p.getRecords());
    }
  }

  private static List<String> header(Path csv) throws Exception {
    try (CSVParser p = parser(csv)) {
      return p.getHeaderNames();
    }
  }

  private static CSVParser parser(Path csv) throws Exception {
    return CSVParser.builder().setReader(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)))
        .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get();
  }
}
