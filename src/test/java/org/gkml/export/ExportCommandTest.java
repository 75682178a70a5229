package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.testing.Cli;
import org.gkml.testing.TemplateWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gkml export as a command: targets, inputs, fields, formats, exit codes. */
class ExportCommandTest {

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anExistingTargetNeedsForce(@TempDir Path dir) throws Exception {
    Path src = ExportFixtures.rich(dir);
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("export", src.toString(), "--format", "yaml", "-o", out.toString()).exit());
    Files.writeString(out.resolve("catalog-shjz.yaml"), "old", StandardCharsets.UTF_8);
    Cli again = Cli.run("export", src.toString(), "--format", "yaml,xlsx", "-o", out.toString());
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("catalog-shjz.yaml") && again.err().contains("--force"), again.err());
    assertEquals("old", Files.readString(out.resolve("catalog-shjz.yaml")), "left as it was");
    assertEquals(List.of("catalog-shjz.yaml"), files(out), "nothing else written, no temporary file left");
    assertEquals(0, Cli.run("export", src.toString(), "--format", "yaml", "--force", "-o", out.toString()).exit());
    assertTrue(Files.readString(out.resolve("catalog-shjz.yaml")).contains("SHJZ-003"));
  }

  @Test
  void anInputIsNeverOverwrittenEvenWithForce(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("catalog-shjz.yaml");
    Files.writeString(src, ExportFixtures.RICH, StandardCharsets.UTF_8);
    Cli run = Cli.run("export", src.toString(), "--format", "yaml", "--force", "-o", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("输入文件"), run.err());
    assertEquals(ExportFixtures.RICH, Files.readString(src));
    assertEquals(List.of("catalog-shjz.yaml"), files(dir), "no output, no temporary file");
  }

  @Test
  void theOpenFormatsRefuseToOverwriteAnInputToo(@TempDir Path dir) throws Exception {
    Path src = ExportFixtures.rich(dir);
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("export", src.toString(), "--format", "csv,datapackage", "-o", out.toString()).exit());
    // The package's own data file has ASCII column names that validate does not read; put a readable catalog there.
    Files.copy(out.resolve("catalog-shjz.csv"), out.resolve("data/catalog-shjz.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    for (String[] c : List.of(new String[] {"csv", "catalog-shjz.csv"},
        new String[] {"datapackage", "data/catalog-shjz.csv"})) {
      Path input = out.resolve(c[1]);
      byte[] before = Files.readAllBytes(input);
      Cli run = Cli.run("export", input.toString(), "--format", c[0], "--force", "-o", out.toString());
      assertEquals(2, run.exit(), c[0] + ": " + run.err());
      assertTrue(run.err().contains("输入文件"), run.err());
      assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)), c[1] + " left as it was");
    }
  }

  @Test
  void anUnknownFormatIsAUsageError(@TempDir Path dir) throws Exception {
    Path src = ExportFixtures.rich(dir);
    Cli bad = Cli.run("export", src.toString(), "--format", "pdf", "-o", dir.resolve("o").toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("pdf"), bad.err());
  }

  @Test
  void theFieldComesFromTheSheetTheTitleTheFileOrTheOption(@TempDir Path dir) throws Exception {
    String[] row = {"招生管理", "招生政策", "招生入学政策", "《中华人民共和国义务教育法》", "信息形成或者变更之日起20个工作日内",
        "清溪县教育局", "■政府网站 □政府公报", "√", "", "√", "", "√", ""};
    Path bySheet = dir.resolve("a.xlsx");
    new TemplateWorkbook().title("目录").sheet("义务教育").row(row).write(bySheet);
    Path byTitle = dir.resolve("b.xlsx");
    new TemplateWorkbook().title("青石镇社会救助领域基层政务公开标准目录").sheet("Sheet1").row(row).write(byTitle);
    Path byName = dir.resolve("qingxi-hjbh-2024.xlsx");
    new TemplateWorkbook().title("目录").sheet("Sheet1").row(row).write(byName);
    Path none = dir.resolve("c.xlsx");
    new TemplateWorkbook().title("目录").sheet("Sheet1").row(row).write(none);

    Path out = dir.resolve("out");
    Cli run = Cli.run("export", bySheet.toString(), byTitle.toString(), byName.toString(), "--format", "yaml", "-o",
        out.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of("catalog-hjbh.yaml", "catalog-shjz.yaml", "catalog-ywjy.yaml"), files(out));
    String shjz = Files.readString(out.resolve("catalog-shjz.yaml"));
    assertTrue(shjz.contains("region: 青石镇") && shjz.contains("catalog: 青石镇社会救助领域基层政务公开标准目录"), shjz);

    Cli unknown = Cli.run("export", none.toString(), "--format", "yaml", "-o", dir.resolve("o2").toString());
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("--field"), unknown.err());
    Cli given = Cli.run("export", none.toString(), "--format", "yaml", "--field", "义务教育", "--region", "清溪县", "-o",
        dir.resolve("o2").toString());
    assertEquals(0, given.exit(), given.err());
    assertTrue(Files.readString(dir.resolve("o2/catalog-ywjy.yaml")).contains("catalog: 清溪县义务教育领域基层政务公开标准目录"));
  }

  @Test
  void partsOfOneFieldAreWrittenTogetherInInputOrder(@TempDir Path dir) throws Exception {
    String[] row = {"招生管理", "招生政策", "内容", "依据", "时限", "主体", "■政府网站", "√", "", "√", "", "√", ""};
    Path a = dir.resolve("a.xlsx");
    new TemplateWorkbook().sheet("义务教育").row(row).write(a);
    Path c = dir.resolve("c.xlsx");
    String[] row2 = row.clone();
    row2[1] = "第二部分";
    new TemplateWorkbook().sheet("义务教育").row(row2).write(c);
    Path out = dir.resolve("out");
    Cli run = Cli.run("export", a.toString(), "examples/qingxi-shjz-catalog.yaml", c.toString(), "--format", "yaml",
        "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    String ywjy = Files.readString(out.resolve("catalog-ywjy.yaml"));
    assertTrue(ywjy.indexOf("YWJY-001") < ywjy.indexOf("YWJY-002") && ywjy.contains("item: 第二部分"), ywjy);
  }

  @Test
  void checkCarriesFindingsAndSetsTheExitCode(@TempDir Path dir) throws Exception {
    Cli run = Cli.run("export", "examples/qingxi-ywjy-catalog.xlsx", "--format", "yaml", "--check", "-o",
        dir.resolve("o").toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("检查结果：错误"), run.out());
    Cli never = Cli.run("export", "examples/qingxi-ywjy-catalog.xlsx", "--format", "yaml", "--check", "--fail-on",
        "never", "-o", dir.resolve("o2").toString());
    assertEquals(0, never.exit());
  }

  @Test
  void unreadableOrWrongInputsStopTheRunBeforeWriting(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "items: [\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Cli run = Cli.run("export", "examples/qingxi-shjz-catalog.yaml", broken.toString(), "--format", "xlsx", "-o",
        out.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("broken.yaml"), run.err());
    assertTrue(!Files.exists(out) || files(out).isEmpty(), "nothing written");
    Cli power = Cli.run("export", "examples/qingxi-power-list.xlsx", "--format", "yaml", "-o", out.toString());
    assertEquals(2, power.exit());
    assertTrue(power.err().contains("gkml build"), power.err());
  }
}
