package org.gkml.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.model.Record;
import org.gkml.model.ServiceRecord;
import org.gkml.read.csv.CsvTableSource;
import org.gkml.testing.Collect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same service list saved as UTF-8, UTF-8 with BOM, GBK and GB18030 reads into identical records. */
class CsvEncodingTest {

  static final String TABLE = "清溪县公共服务事项清单（2024年）,,,,,\n"
      + "序号,事项名称,服务对象,办理依据,办理时限,实施主体\n"
      + "1,就业失业登记,城乡劳动者,\"《就业服务与就业管理规定》第六十一条\n（人力资源和社会保障部令第28号）\",即时办结,清溪县人力资源和社会保障局\n"
      + "2,城乡居民基本养老保险参保登记,年满16周岁的城乡居民,《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）,5个工作日,清溪县社会保险事业管理中心\n"
      + "\n"
      + "3,\"法律援助\",经济困难公民,《中华人民共和国法律援助法》,7日,清溪县司法局\r\n";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UTF-8,false,UTF-8", "UTF-8,true,UTF-8 (BOM)", "GBK,false,GBK", "GB18030,false,GBK"})
  void sameRecordsInEveryEncoding(String charset, boolean bom, String reported) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (bom) {
      bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    bytes.write(TABLE.getBytes(Charset.forName(charset)));
    Path file = Files.write(dir.resolve("services-" + charset + bom + ".csv"), bytes.toByteArray());
    CsvTableSource source = new CsvTableSource();
    Collect c = Collect.read(source, file, null);
    assertEquals(reported, source.encoding());
    assertEquals(expected(file.getFileName().toString()), describe(c.records));
  }

  @Test
  void fourByteCharactersAreReportedAsGb18030(@TempDir Path d) throws Exception {
    String table = "事项名称,服务对象,办理依据,办理时限,实施主体\n"
        + "特困人员认定,特困人员,《社会救助暂行办法》,20个工作日,㽏田镇人民政府\n";
    Path file = Files.write(d.resolve("gb18030.csv"), table.getBytes(Charset.forName("GB18030")));
    CsvTableSource source = new CsvTableSource();
    Collect c = Collect.read(source, file, null);
    assertEquals("GB18030", source.encoding());
    assertEquals("㽏田镇人民政府", ((ServiceRecord) c.records.get(0)).subject().text());
  }

  @Test
  void aBadByteFarIntoAUtf8FileStopsItAtItsLine(@TempDir Path d) throws Exception {
    // The encoding is settled from the file's start (256 KiB of text); the strict decoder still catches a GBK line
    // pasted in much later, and says which line.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("事项名称,服务对象,办理依据,办理时限,实施主体\n".getBytes(StandardCharsets.UTF_8));
    int lines = 1;
    while (bytes.size() < 600_000) {
      bytes.write("特困人员认定,特困人员,《社会救助暂行办法》,20个工作日,清溪县民政局\n".getBytes(StandardCharsets.UTF_8));
      lines++;
    }
    bytes.write("临时救助,困难群众,《社会救助暂行办法》,即时,清溪县民政局\n".getBytes(Charset.forName("GBK")));
    Path file = Files.write(d.resolve("mixed.csv"), bytes.toByteArray());
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> Collect.read(new CsvTableSource(), file, null));
    assertEquals("input.csv-encoding", e.key());
    assertEquals("line " + (lines + 1), e.place());
  }

  static List<String> expected(String file) {
    return List.of(
        file + "!A3 就业失业登记|城乡劳动者|《就业服务与就业管理规定》第六十一条\n（人力资源和社会保障部令第28号）@D3|即时办结|清溪县人力资源和社会保障局@F3",
        file + "!A5 城乡居民基本养老保险参保登记|年满16周岁的城乡居民|《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）@D5|5个工作日|清溪县社会保险事业管理中心@F5",
        file + "!A7 法律援助|经济困难公民|《中华人民共和国法律援助法》@D7|7日|清溪县司法局@F7");
  }

  /** Records as text with the row each starts on (a physical line: the first record's basis spans two lines). */
  static List<String> describe(List<Record> records) {
    return records.stream().map(r -> {
      ServiceRecord s = (ServiceRecord) r;
      return s.location().file() + "!" + s.location().cellRef() + " " + s.name().text() + "|" + s.target().text() + "|"
          + s.basis().text() + "@" + s.basis().location().cellRef() + "|" + s.deadline().text() + "|"
          + s.subject().text() + "@" + s.subject().location().cellRef();
    }).toList();
  }

  @Test
  void tabSeparatedUtf16FromExcelUnicodeText(@TempDir Path d) throws Exception {
    String table = "事项名称\t服务对象\t办理依据\t办理时限\t实施主体\n就业失业登记\t城乡劳动者\t《就业促进法》\t即时办结\t清溪县人社局\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write(table.getBytes(StandardCharsets.UTF_16LE));
    Path file = Files.write(d.resolve("unicode.txt"), bytes.toByteArray());
    CsvTableSource source = new CsvTableSource();
    Collect c = Collect.read(source, file, null);
    assertEquals("UTF-16LE (BOM)", source.encoding());
    assertEquals("清溪县人社局", ((ServiceRecord) c.records.get(0)).subject().text());
  }
}
