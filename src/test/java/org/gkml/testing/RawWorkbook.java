package org.gkml.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx package written by hand around a sheet XML that POI would refuse to write (a 10 MB cell, a million
 * rows, 16,384 columns) or that a fuzzer made. Entries are stored, not deflated, so the sheet's bytes stay as
 * given and no inflate ratio is involved. Shared string i is {@link #SHARED}[i].
 */
public final class RawWorkbook {

  /** The national template's header words and a few values, for cells with t="s". */
  public static final String[] SHARED = {"序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
      "公开渠道和载体", "公开对象", "全社会", "特定群体", "公开方式", "主动", "依申请", "公开层级", "县级", "乡级", "√", "■政府网站",
      "招生入学", "招生政策", "《中华人民共和国义务教育法》", "信息形成或者变更之日起20个工作日内", "清溪县教育局"};

  public static final String SHEET_NAME = "目录";

  private static final String CT = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
      + "</Types>";
  private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
      + "</Relationships>";
  private static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      + "<sheets><sheet name=\"" + SHEET_NAME + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
      + "</Relationships>";
  private static final String SST = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      + Stream.of(SHARED).map(s -> "<si><t>" + s + "</t></si>").reduce("", String::concat)
      + "</sst>";

  /** The opening of a sheet part, up to and including {@code <sheetData>}; {@code dimension} may be null. */
  public static String sheetStart(String dimension) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + (dimension == null ? "" : "<dimension ref=\"" + dimension + "\"/>") + "<sheetData>";
  }

  public static final String SHEET_END = "</sheetData></worksheet>";

  /** One inline-string cell. */
  public static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private RawWorkbook() {}

  /** The workbook's bytes around {@code sheetXml}. */
  public static byte[] withSheet(byte[] sheetXml) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(bytes, out -> out.write(sheetXml), sheetXml.length, crc(sheetXml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes a workbook whose sheet XML is {@code sheetXml} (UTF-8) to {@code file}. */
  public static void write(Path file, String sheetXml) throws IOException {
    byte[] sheet = sheetXml.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, o -> o.write(sheet), sheet.length, crc(sheet));
    }
  }

  /** Writes the sheet's bytes. */
  public interface SheetBody {
    void write(OutputStream out) throws IOException;
  }

  /** A workbook whose sheet is written by {@code body}, of {@code size} bytes with CRC-32 {@code crc}. */
  public static void write(OutputStream target, SheetBody body, long size, long crc) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(target);
    stored(zip, "[Content_Types].xml", CT.getBytes(StandardCharsets.UTF_8));
    stored(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
    stored(zip, "xl/workbook.xml", WORKBOOK.getBytes(StandardCharsets.UTF_8));
    stored(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS.getBytes(StandardCharsets.UTF_8));
    stored(zip, "xl/sharedStrings.xml", SST.getBytes(StandardCharsets.UTF_8));
    ZipEntry e = new ZipEntry("xl/worksheets/sheet1.xml");
    e.setMethod(ZipEntry.STORED);
    e.setSize(size);
    e.setCrc(crc);
    zip.putNextEntry(e);
    body.write(zip);
    zip.closeEntry();
    zip.finish();
  }

  public static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }

  private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(data.length);
    e.setCrc(crc(data));
    zip.putNextEntry(e);
    zip.write(data);
    zip.closeEntry();
  }
}
