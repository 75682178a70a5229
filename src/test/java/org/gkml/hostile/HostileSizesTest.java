package org.gkml.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.gkml.model.Location;
import org.gkml.testing.Cli;
import org.gkml.testing.RawWorkbook;
import org.gkml.testing.TemplateWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files too big in one way or another: each is refused with a message that names the place and the option that
 * raises the limit (exit 2), or read with memory that does not grow with the claim. The timeouts only catch hangs.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileSizesTest {

  @TempDir Path dir;

  static final String SERVICE_HEADER = "事项名称,服务对象,办理依据,办理时限,实施主体";
  static final ObjectMapper JSON = new ObjectMapper();

  /** A valid catalog of {@code items} items, about 250 characters each. */
  static String yamlCatalog(int items) {
    StringBuilder sb = new StringBuilder("catalog: 清溪县义务教育领域基层政务公开标准目录\nfield: 义务教育\nregion: 清溪县\nitems:\n");
    for (int i = 1; i <= items; i++) {
      sb.append("  - id: YWJY-").append(i).append("\n    topic: 招生入学\n    item: 招生政策").append(i)
          .append("\n    content: 招生入学政策文件、划片范围、招生计划\n    basis: [《中华人民共和国义务教育法》]\n")
          .append("    deadline: 信息形成或者变更之日起20个工作日内\n    owner: 清溪县教育局\n")
          .append("    channels: [政府网站]\n    audience: 全社会\n    mode: 主动\n    levels: [县级]\n");
    }
    return sb.toString();
  }

  @Test
  void yamlOverTheSizeLimitsIsRefusedNamingTheOption() throws Exception {
    Path f = Files.writeString(dir.resolve("big.yaml"), yamlCatalog(6000));
    long chars = Files.readString(f).codePointCount(0, Files.readString(f).length());
    assertTrue(chars > 1_000_000, "about 1.3 million characters: " + chars);

    Cli ok = Cli.run("validate", f.toString());
    assertTrue(ok.exit() == 0 || ok.exit() == 1, "within the default limits it is read: " + ok.out());

    Cli points = Cli.run("validate", "--max-yaml-code-points", "1000000", f.toString());
    assertEquals(2, points.exit(), points.out());
    assertTrue(points.out().contains(f.toString()), points.out());
    assertTrue(points.out().contains("YAML 文件的字符数超出上限") && points.out().contains("--max-yaml-code-points"), points.out());

    Cli size = Cli.run("validate", "--max-file-size", "1MB", f.toString());
    assertEquals(2, size.exit(), size.out());
    assertTrue(size.out().contains("超过上限 1MB") && size.out().contains("--max-file-size"), size.out());

    Cli en = Cli.run("validate", "--lang", "en", "--format", "json", "--max-file-size", "1MB", f.toString());
    JsonNode file = JSON.readTree(en.out()).get("files").get(0);
    assertTrue(file.get("error").asText().contains("more than the limit of 1MB"), en.out());
    assertTrue(file.get("error").asText().contains("--max-file-size"), en.out());
  }

  @Test
  void deeplyNestedYamlIsRefused() throws Exception {
    int depth = 10_000;
    Path flow = Files.writeString(dir.resolve("flow.yaml"),
        "catalog: 目录\nitems:\n  - topic: " + "[".repeat(depth) + "]".repeat(depth) + "\n");
    StringBuilder block = new StringBuilder("catalog: 目录\nitems:\n  - topic:\n");
    for (int i = 0; i < 200; i++) {
      block.append("  ".repeat(i + 3)).append("k").append(i).append(":\n");
    }
    Path indented = Files.writeString(dir.resolve("block.yaml"), block + "  ".repeat(203) + "end: 1\n");
    for (Path f : List.of(flow, indented)) {
      Cli r = Cli.run("validate", f.toString());
      assertEquals(2, r.exit(), r.out());
      assertTrue(r.out().contains("YAML 文件嵌套层数过深，已拒绝读取"), r.out());
      assertFalse(r.out().contains("StackOverflow") || r.err().contains("Exception"), r.out() + r.err());
    }
  }

  /** Random Chinese text: deflates about 2:1, like real text, so only the cell length limit can refuse it. */
  static String randomText(int chars) {
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder(chars);
    for (int i = 0; i < chars; i++) {
      sb.append((char) (0x4E00 + random.nextInt(3000)));
    }
    return sb.toString();
  }

  static String serviceSheet(String bigCell) {
    String[] header = SERVICE_HEADER.split(",");
    StringBuilder sb = new StringBuilder(RawWorkbook.sheetStart("A1:E2")).append("<row r=\"1\">");
    for (int c = 0; c < header.length; c++) {
      sb.append(RawWorkbook.inline(Location.columnName(c) + 1, header[c]));
    }
    return sb.append("</row><row r=\"2\">").append(RawWorkbook.inline("A2", "就业失业登记"))
        .append(RawWorkbook.inline("B2", "劳动者")).append(RawWorkbook.inline("C2", bigCell))
        .append(RawWorkbook.inline("D2", "即时办结")).append(RawWorkbook.inline("E2", "清溪县人社局"))
        .append("</row>").append(RawWorkbook.SHEET_END).toString();
  }

  @Test
  void aTenMegabyteCellIsRefusedByTheCellLimitOrReadWithBoundedMemory() throws Exception {
    String big = randomText(10 * 1024 * 1024);
    Path xlsx = dir.resolve("big-cell.xlsx");
    RawWorkbook.write(xlsx, serviceSheet(big));
    Path csv = dir.resolve("big-cell.csv");
    Files.writeString(csv, SERVICE_HEADER + "\n就业失业登记,劳动者," + big + ",即时办结,清溪县人社局\n");

    Cli x = Cli.run("validate", xlsx.toString());
    assertEquals(2, x.exit(), x.out());
    assertTrue(x.out().contains("单元格 目录!C2 有 10,485,760 个字符，超过单元格长度上限 32,767"), x.out());
    assertTrue(x.out().contains("--max-cell-length"), x.out());

    Cli c = Cli.run("validate", csv.toString());
    assertEquals(2, c.exit(), c.out());
    assertTrue(c.out().contains("单元格 line 2, column 3 有 10,485,760 个字符"), c.out());

    // Raised, the cell is read: in a JVM of 256 MB, so memory holds the cell a few times, not the file many times.
    for (Path f : List.of(xlsx, csv)) {
      Path report = dir.resolve(f.getFileName() + ".json");
      Child r = Child.run(dir, "-Xmx256m", "validate", "--max-cell-length", "20000000", "--format", "json", "-o",
          report.toString(), f.toString());
      assertFalse(r.log().contains("OutOfMemoryError"), r.log());
      assertTrue(r.exit() == 0 || r.exit() == 1, r.log());
      assertEquals(1, JSON.readTree(report.toFile()).get("summary").get("items").asInt(), r.log());
    }
  }

  @Test
  void aSheetWithAllSixteenThousandColumnsIsReadAndOneBeyondIsRefused() throws Exception {
    String[] header = SERVICE_HEADER.split(",");
    StringBuilder sb = new StringBuilder(RawWorkbook.sheetStart("A1:XFD2")).append("<row r=\"1\">");
    for (int c = 0; c < header.length; c++) {
      sb.append(RawWorkbook.inline(Location.columnName(c) + 1, header[c]));
    }
    sb.append("</row><row r=\"2\">");
    String[] values = {"就业失业登记", "劳动者", "《中华人民共和国就业促进法》", "即时办结", "清溪县人社局"};
    for (int c = 0; c < 16_384; c++) {
      sb.append(RawWorkbook.inline(Location.columnName(c) + 2, c < values.length ? values[c] : "备注" + c));
    }
    sb.append("</row>");
    Path wide = dir.resolve("wide.xlsx");
    RawWorkbook.write(wide, sb + RawWorkbook.SHEET_END);
    assertEquals("XFD", Location.columnName(16_383));
    Cli ok = Cli.run("validate", "--format", "json", wide.toString());
    assertTrue(ok.exit() == 0 || ok.exit() == 1, ok.out());
    assertEquals(1, JSON.readTree(ok.out()).get("summary").get("items").asInt(), ok.out());

    Path beyond = dir.resolve("beyond.xlsx");
    RawWorkbook.write(beyond, sb.append("<row r=\"3\">").append(RawWorkbook.inline("XFE3", "越界")).append("</row>")
        + RawWorkbook.SHEET_END);
    Cli bad = Cli.run("validate", beyond.toString());
    assertEquals(2, bad.exit(), bad.out());
    assertTrue(bad.out().contains("Excel 文件内容已损坏，无法读取：column 16384"), bad.out());
  }

  @Test
  void aSheetClaimingAMillionEmptyRowsIsReadWithoutHoldingThem() throws Exception {
    Path f = dir.resolve("million.xlsx");
    String[] header = SERVICE_HEADER.split(",");
    StringBuilder head = new StringBuilder(RawWorkbook.sheetStart("A1:XFD1048576")).append("<row r=\"1\">");
    for (int c = 0; c < header.length; c++) {
      head.append(RawWorkbook.inline(Location.columnName(c) + 1, header[c]));
    }
    head.append("</row><row r=\"2\">").append(RawWorkbook.inline("A2", "就业失业登记"))
        .append(RawWorkbook.inline("B2", "劳动者")).append(RawWorkbook.inline("D2", "即时办结"))
        .append(RawWorkbook.inline("E2", "清溪县人社局")).append("</row>");
    String last = "<row r=\"1048576\">" + RawWorkbook.inline("A1048576", "法律援助") + RawWorkbook.inline("E1048576", "清溪县司法局")
        + "</row>" + RawWorkbook.SHEET_END;
    // 1,048,573 empty rows in between, each written out with spans and a height, as some exporters do.
    byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] end = last.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    long size = 0;
    try (CheckedOutputStream counting = new CheckedOutputStream(OutputStream.nullOutputStream(), crc)) {
      size += writeSheet(counting, start, end);
    }
    long sheetSize = size;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f))) {
      RawWorkbook.write(out, o -> writeSheet(o, start, end), sheetSize, crc.getValue());
    }
    assertTrue(Files.size(f) > 30_000_000, "the empty rows are really there: " + Files.size(f));

    Child r = Child.run(dir, "-Xmx128m", "validate", "--format", "json", "-o", dir.resolve("m.json").toString(),
        "--max-file-size", "1GB", f.toString());
    assertFalse(r.log().contains("OutOfMemoryError"), r.log());
    assertTrue(r.exit() == 0 || r.exit() == 1, r.log());
    JsonNode json = JSON.readTree(dir.resolve("m.json").toFile());
    assertEquals(2, json.get("summary").get("items").asInt(), r.log());
    boolean lastRowSeen = false;
    for (JsonNode finding : json.get("findings")) {
      lastRowSeen |= finding.path("row").asInt() == 1_048_576;
    }
    assertTrue(lastRowSeen, "the row after the empty million is read and located: " + json);
  }

  private static long writeSheet(OutputStream out, byte[] start, byte[] end) throws java.io.IOException {
    long n = start.length + end.length;
    out.write(start);
    for (int row = 3; row < 1_048_576; row++) {
      byte[] b = ("<row r=\"" + row + "\" spans=\"1:5\" ht=\"15\"/>").getBytes(StandardCharsets.US_ASCII);
      out.write(b);
      n += b.length;
    }
    out.write(end);
    return n;
  }

  @Test
  void theRowLimitNamesTheRowAndTheOption() throws Exception {
    Path f = dir.resolve("rows.csv");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write(SERVICE_HEADER + "\n");
      for (int i = 1; i <= 10; i++) {
        w.write("事项" + i + ",劳动者,《就业促进法》,即时办结,清溪县人社局\n");
      }
    }
    Cli r = Cli.run("validate", "--max-rows", "5", f.toString());
    assertEquals(2, r.exit(), r.out());
    assertTrue(r.out().contains("读到 line 6 时行数已超过上限 5 行") && r.out().contains("--max-rows"), r.out());

    Path x = dir.resolve("rows.xlsx");
    new TemplateWorkbook().row("招生入学", "招生政策", "政策文件", "《中华人民共和国义务教育法》", "20个工作日", "清溪县教育局",
        "■政府网站", "√", "", "√", "", "√", "").row("招生入学", "招生计划", "计划", "《中华人民共和国义务教育法》", "20个工作日",
        "清溪县教育局", "■政府网站", "√", "", "√", "", "√", "").write(x);
    Cli rx = Cli.run("validate", "--max-rows", "4", x.toString());
    assertEquals(2, rx.exit(), rx.out());
    assertTrue(rx.out().contains("读到 义务教育!5 时行数已超过上限 4 行"), rx.out());
  }

  @Test
  void theInflateRatioIsAnOption() throws Exception {
    // POI checks the ratio once an entry passes 100 KB inflated; 3,000 rows of text deflate about 10:1.
    Path f = dir.resolve("t.xlsx");
    org.gkml.testing.BigCatalog.write(f, 3000, 0);
    Cli strict = Cli.run("validate", "--min-inflate-ratio", "0.5", f.toString());
    assertEquals(2, strict.exit(), strict.out());
    assertTrue(strict.out().contains("压缩炸弹") && strict.out().contains("--min-inflate-ratio"), strict.out());
    Cli normal = Cli.run("validate", f.toString());
    assertTrue(normal.exit() == 0 || normal.exit() == 1, normal.out());
  }

  @Test
  void badLimitValuesAreUsageErrors() {
    for (String[] args : List.of(new String[] {"--max-rows", "0"}, new String[] {"--max-file-size", "lots"},
        new String[] {"--min-inflate-ratio", "1.5"}, new String[] {"--max-cell-length", "-3"})) {
      Cli r = Cli.run("validate", args[0], args[1], "x.csv");
      assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().contains(args[0]) || r.err().contains(args[1]) || r.err().contains("limits"), r.err());
    }
  }

  /** gkml in a child JVM with its own heap limit. */
  record Child(int exit, String log) {
    static Child run(Path dir, String heap, String... args) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> cmd = new java.util.ArrayList<>(List.of(java, heap, "-cp", System.getProperty("java.class.path"),
          "org.gkml.Gkml"));
      cmd.addAll(List.of(args));
      Path log = Files.createTempFile(dir, "child", ".log");
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("gkml did not finish within 5 minutes: " + cmd);
      }
      return new Child(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
  }
}
