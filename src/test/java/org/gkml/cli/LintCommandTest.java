package org.gkml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.lint.Catalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkml lint}: what it finds in directories, in which order, and the exit codes of CONTRACT.md. */
class LintCommandTest {

  @TempDir Path dir;

  private static List<String> files(String json) throws Exception {
    List<String> out = new ArrayList<>();
    new ObjectMapper().readTree(json).get("files").forEach(f -> out.add(f.get("path").asText()));
    return out;
  }

  @Test
  void directoriesAreSearchedInAStableOrderSkippingOtherYamlAndHiddenFolders() throws Exception {
    Catalogs.write(dir, "b/2.yaml", Catalogs.CLEAN);
    Catalogs.write(dir, "a/1.yml", Catalogs.CLEAN);
    Catalogs.write(dir, "a/z.yaml", Catalogs.CLEAN);
    Catalogs.write(dir, ".github/workflows/ci.yml", "on: push\njobs: {}\n");
    Catalogs.write(dir, ".git/x.yaml", Catalogs.DEFECTS);
    Catalogs.write(dir, "gkml.yaml", "rules:\n  deadline-missing: warning\n");
    Catalogs.write(dir, "list.csv", "序号,职权名称\n1,x\n");
    CliRun r = CliRun.of("lint", "--format", "json", dir.toString());
    assertEquals(0, r.code(), r.err());
    List<String> found = files(r.out());
    assertEquals(3, found.size(), found.toString());
    assertTrue(found.get(0).endsWith("a/1.yml") && found.get(1).endsWith("a/z.yaml") && found.get(2).endsWith("b/2.yaml"),
        found.toString());
    assertTrue(r.err().contains("gkml.yaml"), "the non-catalog YAML is named as skipped: " + r.err());

    CliRun sheets = CliRun.of("lint", "--format", "json", "--include-spreadsheets", dir.toString());
    assertEquals(4, files(sheets.out()).size(), sheets.out());
  }

  @Test
  void namedFilesOtherYamlIsSkippedAMisspeltCatalogIsNot() throws Exception {
    Path notCatalog = Catalogs.write(dir, "gkml.yaml", "rules: {}\n");
    Path clean = Catalogs.write(dir, "c.yaml", Catalogs.CLEAN);
    CliRun r = CliRun.of("lint", "--format", "json", notCatalog.toString(), clean.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(1, files(r.out()).size());
    Path misspelt = Catalogs.write(dir, "m.yaml", Catalogs.CLEAN.replace("items:", "itmes:"));
    r = CliRun.of("lint", "--format", "json", misspelt.toString(), clean.toString());
    assertEquals(2, r.code());
    JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
    assertTrue(files.get(0).has("error"));
    assertEquals(2, CliRun.of("lint", dir.resolve("missing.yaml").toString()).code());
  }

  @Test
  void failOnAndUsageErrors() throws Exception {
    Path d = Catalogs.write(dir, "d.yaml", Catalogs.DEFECTS);
    assertEquals(1, CliRun.of("lint", d.toString()).code());
    assertEquals(0, CliRun.of("lint", "--fail-on", "never", d.toString()).code());
    assertEquals(2, CliRun.of("lint", "--fail-on", "sometimes", d.toString()).code());
    assertEquals(2, CliRun.of("lint", "--report", "pdf=x.pdf", d.toString()).code());
    assertEquals(2, CliRun.of("lint", "--report", "sarif", d.toString()).code());
    assertEquals(2, CliRun.of("lint", "--prune-baseline", d.toString()).code());
  }

  @Test
  void validateAcceptsTheCiFormatsToo() throws Exception {
    Path d = Catalogs.write(dir, "d.yaml", Catalogs.DEFECTS);
    CliRun r = CliRun.of("validate", "--format", "gitlab", d.toString());
    assertEquals(1, r.code());
    assertEquals(2, new ObjectMapper().readTree(r.out()).size());
  }
}
