package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gkml.check.Checker;
import org.gkml.check.FileResult;
import org.gkml.model.InputKind;
import org.gkml.model.TableHeader;
import org.gkml.read.csv.CharsetSniffer;
import org.gkml.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCatalogWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "GB18030"})
  void readsBackAsTheSameItems(String encoding, @TempDir Path dir) throws Exception {
    OpenFormatFixtures.FieldItems awkward = OpenFormatFixtures.awkward();
    OpenFormatFixtures.write(new CsvCatalogWriter(dir, false, Charset.forName(encoding)), List.of(awkward));
    Path csv = dir.resolve("catalog-ywjy.csv");

    List<ExportItem> back = OpenFormatFixtures.readCsv(csv);

    assertEquals(OpenFormatFixtures.Elements.of(awkward.items()), OpenFormatFixtures.Elements.of(back));
    CharsetSniffer.Detected d = CharsetSniffer.detect(csv);
    assertEquals("UTF-8".equals(encoding) ? "UTF-8 (BOM)" : "GB18030", d.name());
  }

  @Test
  void validateReadsItAsACatalogWithEveryColumn(@TempDir Path dir) throws Exception {
    OpenFormatFixtures.write(new CsvCatalogWriter(dir, false), List.of(OpenFormatFixtures.awkward()));
    Path csv = dir.resolve("catalog-ywjy.csv");
    OpenFormatFixtures.Validating sink = new OpenFormatFixtures.Validating();
    new org.gkml.read.csv.CsvTableSource().read(csv, new org.gkml.read.table.TableReader("c.csv", null, sink));
    TableHeader header = sink.tables.get(0);
    assertEquals(InputKind.CATALOG, header.kind(), "recognised without --kind");
    assertEquals(List.of("name", "content", "basis", "deadline", "owner", "channel", "audience", "mode", "level"),
        List.copyOf(header.columns()));

    FileResult result = new Checker(null, BuiltInRules.ALL, Map.of()).check(csv, "catalog-ywjy.csv");
    assertNull(result.errorKey());
    assertEquals(InputKind.CATALOG, result.kind());
    assertEquals(3, result.items());
    assertTrue(result.findings().stream().noneMatch(f -> f.rule().equals("column-missing")), result.findings()::toString);
  }

  @Test
  void aTextThatWouldStartAFormulaIsQuotedAndOnlyThen(@TempDir Path dir) throws Exception {
    OpenFormatFixtures.write(new CsvCatalogWriter(dir, false), List.of(OpenFormatFixtures.awkward()));
    List<CSVRecord> rows = parse(dir.resolve("catalog-ywjy.csv"), StandardCharsets.UTF_8);

    for (CSVRecord r : rows) {
      for (String v : r) {
        assertFalse(!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0, "unquoted formula start: " + v);
      }
    }
    CSVRecord first = rows.get(1);
    assertEquals("'=HYPERLINK(\"http://example.invalid\",\"点我\")", first.get(1));
    assertEquals("'+10个工作日内", first.get(5));
    assertEquals("'@清溪县教育局", first.get(6));
    CSVRecord second = rows.get(2);
    assertEquals("'-负号开头", second.get(1));
    assertEquals("''=已带引号", second.get(2), "a quote gkml did not add is kept, so the quote it adds can go");
    assertEquals("'普通引号开头", second.get(3), "a quote before ordinary text is left alone");
    assertEquals("'-依据以减号开头\n@依据", second.get(4), "only the start of the cell can start a formula");
    assertEquals("'=10", second.get(5));
  }

  @Test
  void headerRowAndCellsAreTheTemplates(@TempDir Path dir) throws Exception {
    OpenFormatFixtures.write(new CsvCatalogWriter(dir, false), List.of(OpenFormatFixtures.awkward()));
    List<CSVRecord> rows = parse(dir.resolve("catalog-ywjy.csv"), StandardCharsets.UTF_8);
    assertEquals(List.of("序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
        "公开对象/全社会", "公开对象/特定群体", "公开方式/主动", "公开方式/依申请", "公开层级/县级", "公开层级/乡级", "公开层级/村级"),
        rows.get(0).toList());
    CSVRecord first = rows.get(1);
    assertEquals("1", first.get(0));
    assertEquals("■政府网站 ■两微一端 ■社区/企事业单位/村公示栏（电子屏） ■其他：清溪发布、学校公告栏", first.get(7));
    assertEquals(List.of("", "√（适龄儿童家长（含随迁子女））", "", "√", "√", "√", "√"), first.toList().subList(8, 15));
    assertEquals(4, rows.size());
  }

  @Test
  void existingFilesAreReplacedOnlyWithForceAndNothingIsLeftWithoutCommit(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("catalog-ywjy.csv");
    Files.writeString(csv, "earlier");
    OpenFormatFixtures.FieldItems f = OpenFormatFixtures.awkward();
    ExportException refused = assertThrows(ExportException.class,
        () -> OpenFormatFixtures.write(new CsvCatalogWriter(dir, false), List.of(f)));
    assertEquals("export.target-exists", refused.key());
    assertEquals("earlier", Files.readString(csv));

    try (CatalogWriter w = new CsvCatalogWriter(dir, true)) {
      w.beginField(f.field());
      w.item(f.items().get(0));
      w.endField();
      // closed without commit: an interrupted run
    }
    assertEquals("earlier", Files.readString(csv));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(csv), s.toList(), "no temporary file left");
    }

    OpenFormatFixtures.write(new CsvCatalogWriter(dir, true), List.of(f));
    assertEquals(3, OpenFormatFixtures.readCsv(csv).size());
  }

  @Test
  void examplesMatchTheGoldenFiles(@TempDir Path dir) throws Exception {
    List<OpenFormatFixtures.FieldItems> examples = OpenFormatFixtures.examples();
    OpenFormatFixtures.write(new CsvCatalogWriter(dir, false), examples);
    for (OpenFormatFixtures.FieldItems f : examples) {
      Path csv = dir.resolve(CsvCatalogWriter.fileName(f.field()));
      byte[] head = Arrays.copyOf(Files.readAllBytes(csv), 3);
      assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, head, "UTF-8 with BOM");
      Golden.assertMatches("csv/" + csv.getFileName(), csv);
      assertEquals(OpenFormatFixtures.Elements.of(f.items()), OpenFormatFixtures.Elements.of(OpenFormatFixtures.readCsv(csv)),
          "the example " + f.field().name() + " reads back item for item");
    }
  }

  @Test
  void gb18030HoldsEveryCharacterAndHasNoByteOrderMark(@TempDir Path dir) throws Exception {
    OpenFormatFixtures.write(new CsvCatalogWriter(dir, false, CharsetSniffer.GB18030), OpenFormatFixtures.examples());
    Path csv = dir.resolve("catalog-shjz.csv");
    byte[] bytes = Files.readAllBytes(csv);
    String text = CharsetSniffer.GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    assertTrue(text.startsWith("序号,一级事项"), text.substring(0, 20));
  }

  private static List<CSVRecord> parse(Path csv, Charset cs) throws Exception {
    String text = Files.readString(csv, cs);
    assertTrue(text.startsWith("\uFEFF"));
    try (Reader r = new java.io.StringReader(text.substring(1));
        CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.DEFAULT).get()) {
      return new ArrayList<>(p.getRecords());
    }
  }
}
