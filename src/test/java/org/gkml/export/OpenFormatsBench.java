package org.gkml.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.i18n.Messages;
import org.gkml.model.ElementKind;
import org.gkml.model.Location;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;

/**
 * Streams N generated items (every tenth with a finding) through the CSV, data package and HTML writers into DIR,
 * for src/bench/export-open-formats-memory.sh, which runs it under a small heap. Usage: OpenFormatsBench DIR N.
 */
public final class OpenFormatsBench {

  private OpenFormatsBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    List<CatalogWriter> writers = List.of(new CsvCatalogWriter(dir.resolve("csv"), true),
        new DataPackageWriter(dir.resolve("datapackage"), true),
        new HtmlCatalogWriter(dir.resolve("html"), true, Messages.of("zh")));
    ExportField field = new ExportField("测速县", "YWJY", "义务教育");
    long start = System.nanoTime();
    for (CatalogWriter w : writers) {
      w.beginField(field);
    }
    for (int i = 1; i <= n; i++) {
      Location at = Location.cell("bench.xlsx", "义务教育", i + 3, 5);
      List<Finding> findings = i % 10 == 0
          ? List.of(new Finding("deadline-vague", Severity.WARNING, ElementKind.DEADLINE, at, "招生/事项" + i,
              "及时", null, false, "deadline-vague.message", new Object[] {"及时"}))
          : List.of();
      ExportItem item = new ExportItem(i, "B-" + i, "招生入学", "事项" + i, "招生计划、招生范围、第" + i + "项",
          List.of("《中华人民共和国义务教育法》第十二条", "《中华人民共和国政府信息公开条例》（国务院令第711号）"),
          i % 10 == 0 ? "及时" : "信息形成或者变更之日起20个工作日内", "测速县教育局", List.of("政府网站", "两微一端"),
          List.of("全社会"), "", List.of("主动"), List.of("县级", "乡级"), at, findings);
      for (CatalogWriter w : writers) {
        w.item(item);
      }
    }
    for (CatalogWriter w : writers) {
      w.endField();
      w.commit();
      w.close();
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    Runtime rt = Runtime.getRuntime();
    System.out.printf("items %d, %d ms, heap max %d MiB, used at end %d MiB%n", n, ms, rt.maxMemory() >> 20,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        System.out.printf("  %-40s %,d bytes%n", dir.relativize(f), Files.size(f));
      }
    }
    System.out.flush();
    try (java.io.RandomAccessFile page = new java.io.RandomAccessFile(dir.resolve("html/catalog.html").toFile(), "r")) {
      byte[] tail = new byte[8];
      page.seek(page.length() - tail.length);
      page.readFully(tail);
      if (!new String(tail, StandardCharsets.UTF_8).equals("</html>\n")) {
        throw new IllegalStateException("page not complete");
      }
    }
  }
}
