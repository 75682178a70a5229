package org.gkml.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gkml.cli.CliRun;
import org.gkml.cli.SchemaCommand;
import org.gkml.report.SchemaValidation;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of the YAML catalog format: every YAML catalog the project keeps (src/test/resources, examples/)
 * validates against it, and values outside the enums do not. Catalogs under a {@code messy/} or {@code invalid/}
 * folder are broken on purpose and are left out.
 */
class CatalogSchemaTest {

  private static JsonSchema schema() throws Exception {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(SchemaCommand.RESOURCE)) {
      return SchemaValidation.load(new ObjectMapper().readTree(in), SpecVersion.VersionFlag.V7);
    }
  }

  private static List<Path> catalogs() throws Exception {
    List<Path> out = new ArrayList<>();
    for (Path root : List.of(Path.of("src/test/resources"), Path.of("examples"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      LintInputs.Found found = LintInputs.find(List.of(root), false);
      try (Stream<Path> s = found.files().stream()) {
        // golden/export: exported from examples/, whose deliberate defects (two 公开对象 ticked) export keeps as lists.
        s.filter(p -> !p.toString().replace('\\', '/').matches(".*/(messy|invalid|golden/export)/.*")).forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void everyYamlCatalogOfTheProjectValidates() throws Exception {
    JsonSchema schema = schema();
    List<Path> files = catalogs();
    assertFalse(files.isEmpty());
    for (Path f : files) {
      JsonNode doc = new YAMLMapper().readTree(f.toFile());
      assertEquals(Set.of(), schema.validate(doc), f.toString());
    }
  }

  @Test
  void valuesOutsideTheVocabularyAreRejected() throws Exception {
    JsonSchema schema = schema();
    String ok = Catalogs.CLEAN;
    assertEquals(Set.of(), schema.validate(new YAMLMapper().readTree(ok)));
    assertEquals(Set.of(), schema.validate(new YAMLMapper().readTree(
        ok.replace("audience: 全社会", "audience: 特定群体：适龄儿童家长").replace("levels: [县级, 乡级]", "levels: 县级、乡级"))));
    for (String bad : List.of(ok.replace("audience: 全社会", "audience: 全体群众"),
        ok.replace("mode: 主动", "mode: 被动"),
        ok.replace("levels: [县级, 乡级]", "levels: [省级]"),
        ok.replace("owner: 测试县教育局", "onwer: 测试县教育局"))) {
      assertFalse(schema.validate(new YAMLMapper().readTree(bad)).isEmpty(), bad);
    }
  }

  @Test
  void schemaCommandPrintsTheSchemaWithChineseTitles() throws Exception {
    CliRun r = CliRun.of("schema");
    assertEquals(0, r.code());
    JsonNode s = new ObjectMapper().readTree(r.out());
    assertEquals("https://gkml.invalid/catalog.schema.json", s.get("$id").asText());
    JsonNode item = s.get("definitions").get("item").get("properties");
    assertEquals("公开时限", item.get("deadline").get("title").asText());
    assertTrue(item.get("channels").get("description").asText().contains("社区/企事业单位/村公示栏（电子屏）"));
  }
}
