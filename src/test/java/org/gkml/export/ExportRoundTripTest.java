package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Must show: export to xlsx, yaml and json, read back with validate's readers, identical items. */
class ExportRoundTripTest {

  @Test
  void everyElementSurvivesXlsxYamlAndJson(@TempDir Path dir) throws Exception {
    Path source = ExportFixtures.rich(dir);
    Path out = dir.resolve("out");
    Cli run = Cli.run("export", source.toString(), "--format", "xlsx,yaml", "--format", "json", "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    List<ExportItem> want = ExportFixtures.read(source);
    assertEquals(3, want.size());
    assertTrue(want.get(1).basis().get(0).startsWith("=HYPERLINK"), "the fixture holds what the test is about");

    for (String name : List.of("catalog-shjz.yaml", "catalog-shjz.json", "catalog-shjz.xlsx")) {
      Path f = out.resolve(name);
      List<ExportItem> got = ExportFixtures.read(f);
      assertEquals(want.size(), got.size(), name);
      boolean workbook = name.endsWith(".xlsx");
      for (int i = 0; i < want.size(); i++) {
        assertEquals(ExportFixtures.key(want.get(i), !workbook), ExportFixtures.key(got.get(i), !workbook),
            name + " item " + (i + 1));
        if (!workbook) {
          assertEquals(want.get(i).id(), got.get(i).id(), name);
        }
      }
      // validate reads it as a catalog of three items (findings are expected: the fixture is full of traps).
      Cli v = Cli.run("validate", f.toString(), "--format", "json");
      assertNotEquals(2, v.exit(), v.out() + v.err());
      assertTrue(v.out().contains("\"items\" : 3") || v.out().contains("\"items\": 3"), v.out());
    }
  }

  @Test
  void examplesRoundTripToo(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Cli run = Cli.run("export", "examples/qingxi-ywjy-catalog.xlsx", "examples/qingxi-shjz-catalog.yaml", "--format",
        "xlsx,yaml,json", "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    for (String[] pair : new String[][] {{"examples/qingxi-ywjy-catalog.xlsx", "catalog-ywjy"},
        {"examples/qingxi-shjz-catalog.yaml", "catalog-shjz"}}) {
      List<ExportItem> want = ExportFixtures.read(Path.of(pair[0]));
      for (String ext : List.of(".xlsx", ".yaml", ".json")) {
        List<ExportItem> got = ExportFixtures.read(out.resolve(pair[1] + ext));
        assertEquals(want.size(), got.size(), pair[1] + ext);
        boolean ordered = !ext.equals(".xlsx") && pair[0].endsWith(".yaml");
        for (int i = 0; i < want.size(); i++) {
          assertEquals(ExportFixtures.key(want.get(i), ordered), ExportFixtures.key(got.get(i), ordered),
              pair[1] + ext + " item " + (i + 1));
        }
      }
    }
  }
}
