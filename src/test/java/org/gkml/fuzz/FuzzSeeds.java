package org.gkml.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.gkml.testing.TemplateWorkbook;

/**
 * Writes the seed corpora of {@link ReaderFuzzTest} from real inputs: the bundled examples and small workbooks in the
 * national template. Run {@code java -cp … org.gkml.fuzz.FuzzSeeds} from the project root after changing a source;
 * the seeds are committed. Crash inputs the fuzzer saves next to them are kept as regression files.
 */
public final class FuzzSeeds {

  static final Path INPUTS = Path.of("src/test/resources/org/gkml/fuzz/ReaderFuzzTestInputs");

  private FuzzSeeds() {}

  public static void main(String[] args) throws IOException {
    Path tmp = Files.createTempDirectory("gkml-seeds");
    Path small = tmp.resolve("small.xlsx");
    TemplateWorkbook template = new TemplateWorkbook()
        .row("招生入学", "招生政策", "招生政策文件、划片范围", "《中华人民共和国义务教育法》", "信息形成或者变更之日起20个工作日内",
            "清溪县教育局", "■政府网站 □两微一端", "√", "", "√", "", "√", "")
        .row("招生入学", "同上", "招生计划", "《中华人民共和国政府信息公开条例》（国务院令第711号）", "及时公开", "清溪县教育局",
            "政府网站、公开查阅点", "", "√适龄儿童家长", "", "√", "√", "√");
    template.write(small);

    Path xlsx = dir("xlsx");
    Files.copy(Path.of("examples/qingxi-ywjy-catalog.xlsx"), xlsx.resolve("ywjy-catalog.xlsx"), REPLACE);
    Files.copy(Path.of("examples/qingxi-power-list.xlsx"), xlsx.resolve("power-list.xlsx"), REPLACE);
    Files.copy(small, xlsx.resolve("template-small.xlsx"), REPLACE);
    // Stored (not deflated) copy: byte mutations then reach the XML inside instead of breaking the deflate stream.
    Files.write(xlsx.resolve("template-small-stored.xlsx"), stored(small));

    Path sheet = dir("xlsxSheet");
    Files.write(sheet.resolve("template-small.xml"), entry(small, "xl/worksheets/sheet1.xml"));
    Files.write(sheet.resolve("ywjy-catalog.xml"), entry(Path.of("examples/qingxi-ywjy-catalog.xlsx"), "xl/worksheets/sheet1.xml"));
    Files.writeString(sheet.resolve("shared-and-inline.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:L3"/><sheetData>
        <row r="1"><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c><c r="I1" t="s"><v>8</v></c><c r="K1" t="s"><v>11</v></c><c r="M1" t="s"><v>14</v></c></row>
        <row r="2"><c r="I2" t="s"><v>9</v></c><c r="J2" t="s"><v>10</v></c><c r="K2" t="s"><v>12</v></c><c r="L2" t="s"><v>13</v></c><c r="M2" t="s"><v>15</v></c><c r="N2" t="s"><v>16</v></c></row>
        <row r="3"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>19</v></c><c r="C3" t="inlineStr"><is><r><t>招生</t></r><r><t>政策</t></r><rPh><t>zhao</t></rPh></is></c><c r="D3" t="str"><f>A1&amp;B1</f><v>入学政策</v></c><c r="E3" t="s"><v>21</v></c><c r="F3" s="0"><v>45292</v></c><c r="G3" t="s"><v>23</v></c><c r="H3" t="s"><v>18</v></c><c r="I3" t="s"><v>17</v></c><c r="K3" t="b"><v>1</v></c><c r="M3" t="e"><v>#N/A</v></c></row>
        </sheetData><mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/></mergeCells></worksheet>
        """);

    Path xls = dir("xls");
    template.write(xls.resolve("template-small.xls"));

    Path csv = dir("csv");
    Files.copy(Path.of("examples/qingxi-service-list-gbk.csv"), csv.resolve("service-list-gbk.csv"), REPLACE);
    String service = "事项名称,服务对象,办理依据,办理时限,实施主体,办理地点\r\n"
        + "就业失业登记,劳动者,《中华人民共和国就业促进法》,即时办结,清溪县人社局,\"政务服务中心\n2号窗口\"\r\n"
        + "法律援助,经济困难公民,\"《法律援助法》,《法律援助条例》\",7个工作日,清溪县司法局,\r\n";
    Files.write(csv.resolve("service-utf8-bom.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        service.getBytes(StandardCharsets.UTF_8)));
    String power = "序号\t职权名称\t职权类型\t实施依据\t实施主体\t责任事项\n"
        + "1\t对违反义务教育法行为的处罚\t行政处罚\t《中华人民共和国义务教育法》第五十八条\t清溪县教育局\t立案、调查、决定\n";
    Files.write(csv.resolve("power-utf16-tab.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        power.getBytes(StandardCharsets.UTF_16LE)));
    Files.write(csv.resolve("power-gbk-semicolon.csv"), power.replace('\t', ';').getBytes(Charset.forName("GBK")));

    Path yaml = dir("yaml");
    Files.copy(Path.of("examples/qingxi-shjz-catalog.yaml"), yaml.resolve("shjz-catalog.yaml"), REPLACE);
    Files.writeString(yaml.resolve("small-catalog.yaml"), """
        # yaml-language-server: $schema=https://gkml.invalid/catalog.schema.json
        catalog: 清溪县义务教育领域基层政务公开标准目录
        field: 义务教育
        region: 清溪县
        items:
          - id: YWJY-001
            topic: 招生入学
            item: 招生政策
            content: [招生入学政策文件, 划片范围]
            basis:
              - 《中华人民共和国义务教育法》
            deadline: 信息形成或者变更之日起20个工作日内
            owner: 清溪县教育局
            channels: [政府网站, 两微一端, 公开查阅点]
            audience: "特定群体：适龄儿童家长"
            mode: 主动
            levels: [县级, 乡级]
          - {id: YWJY-002, topic: 招生入学, item: '', channels: "■政府网站 □公开查阅点", mode: 依申请, levels: 县级}
        """);
  }

  private static final java.nio.file.CopyOption REPLACE = java.nio.file.StandardCopyOption.REPLACE_EXISTING;

  private static Path dir(String target) throws IOException {
    return Files.createDirectories(INPUTS.resolve(target));
  }

  private static byte[] entry(Path zip, String name) throws IOException {
    try (ZipFile zf = new ZipFile(zip.toFile())) {
      return zf.getInputStream(zf.getEntry(name)).readAllBytes();
    }
  }

  /** The same package with every entry stored uncompressed. */
  static byte[] stored(Path zip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipFile zf = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (var e = zf.entries(); e.hasMoreElements(); ) {
        ZipEntry z = e.nextElement();
        byte[] data = zf.getInputStream(z).readAllBytes();
        ZipEntry s = new ZipEntry(z.getName());
        s.setMethod(ZipEntry.STORED);
        s.setSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        s.setCrc(crc.getValue());
        out.putNextEntry(s);
        out.write(data);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
