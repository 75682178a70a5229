package org.gkml.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Severity;
import org.gkml.testing.BigCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checking a file's rows on a second thread (big files, two cores) gives exactly what checking them on the reading
 * thread gives: the same findings in the same order, the same counts, the same refusal of a bad file.
 */
class HandOffTest {

  private static FileResult check(Path file, boolean handOff) {
    return new Checker(null, BuiltInRules.ALL, Map.of()).handOff(handOff).check(file, file.getFileName().toString());
  }

  private static void assertSameResult(FileResult a, FileResult b) {
    assertEquals(a.failed(), b.failed());
    assertEquals(a.errorKey(), b.errorKey());
    assertEquals(Arrays.toString(a.errorArgs()), Arrays.toString(b.errorArgs()));
    assertEquals(a.items(), b.items());
    assertEquals(a.kind(), b.kind());
    assertEquals(a.sheets(), b.sheets());
    assertEquals(a.skipped(), b.skipped());
    assertEquals(a.encoding(), b.encoding());
    for (Severity s : Severity.values()) {
      assertEquals(a.count(s), b.count(s), s.name());
    }
    assertEquals(render(a), render(b));
  }

  /** Findings as text: a finding's arguments are an array, which a record compares by identity. */
  private static List<String> render(FileResult r) {
    return r.findings().stream().map(f -> f.rule() + " " + f.severity() + " " + f.location() + " " + f.item() + " "
        + f.value() + " -> " + f.fix() + " " + f.safeFix() + " " + f.messageKey() + Arrays.deepToString(f.args()))
        .toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"qingxi-ywjy-catalog.xlsx", "qingxi-power-list.xlsx", "qingxi-service-list-gbk.csv"})
  void examplesGiveTheSameFindings(String name) {
    Path file = Path.of("examples", name);
    FileResult here = check(file, false);
    FileResult there = check(file, true);
    assertTrue(here.findings().size() > 3, "the example has findings to compare");
    assertSameResult(here, there);
  }

  @Test
  void aGeneratedWorkbookGivesTheSameFindings(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.xlsx");
    BigCatalog.write(file, 20_000, 1000);
    FileResult here = check(file, false);
    FileResult there = check(file, true);
    assertEquals(20_000, there.items());
    assertSameResult(here, there);
  }

  /** CSV is handed off after the records are assembled, not before: the same findings all the same. */
  @Test
  void aGeneratedCsvCatalogGivesTheSameFindings(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("\uFEFF序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,"
        + "全社会,特定群体,主动,依申请,县级,乡级\n");
    for (int i = 1; i <= 30_000; i++) {
      String topic = i % 7 == 1 ? "办事指南" : "";
      String deadline = i % 50 == 0 ? "" : i % 13 == 0 ? "同上" : "信息形成或者变更之日起20个工作日内";
      String item = i % 997 == 0 ? "对第" + (i - 1) + "号事项的公开" : "对第" + i + "号事项的公开";
      csv.append(i).append(',').append(topic).append(',').append(item).append(",办理条件、办理流程,")
          .append("《中华人民共和国政府信息公开条例》,").append(deadline).append(",清溪县教育局,■政府网站 □政府公报,")
          .append(i % 3 == 0 ? ",√," : "√,,").append("√,,√,\n");
      if (i % 5000 == 0) {
        csv.append(",,,,,,,,,,,,,\n序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群体,主动,依申请,县级,乡级\n");
      }
    }
    csv.append("注：本目录由县政务公开办汇总。,,,,,,,,,,,,,\n");
    Path file = dir.resolve("big.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    FileResult here = check(file, false);
    FileResult there = check(file, true);
    assertEquals(30_000, there.items());
    assertTrue(here.findings().size() > 600, "blank deadlines and duplicates are found");
    assertSameResult(here, there);
  }

  @Test
  void aFileFailingHalfWayFailsTheSameWay(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("公开事项名称,公开内容,公开依据,公开时限,公开主体,公开渠道和载体\n");
    for (int i = 0; i < 5000; i++) {
      csv.append("事项").append(i).append(",内容,《中华人民共和国义务教育法》,信息形成之日起20个工作日内,清溪县教育局,■政府网站\n");
    }
    csv.append("\"未闭合的引号,内容\n");
    Path file = dir.resolve("broken.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    FileResult here = check(file, false);
    FileResult there = check(file, true);
    assertTrue(here.failed(), "an unterminated quote refuses the file");
    assertSameResult(here, there);
  }
}
