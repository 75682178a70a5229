package org.gkml.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.testing.Cli;
import org.gkml.testing.TemplateWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of unreadable input gives exit 2 and one clear message naming the file, never a stack trace, and
 * the good file given alongside it is still checked and reported.
 */
class BadInputsTest {

  @TempDir static Path dir;
  static Path good;

  @BeforeAll
  static void goodFile() throws IOException {
    good = dir.resolve("good.xlsx");
    new TemplateWorkbook().row("招生入学", "招生政策", "招生政策文件", "《中华人民共和国义务教育法》",
        "信息形成或者变更之日起20个工作日内", "清溪县教育局", "■政府网站", "√", "", "√", "", "√", "").write(good);
  }

  static Stream<Arguments> badInputs() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.xlsx"));
    Path text = Files.writeString(dir.resolve("notes.xlsx"), "这不是 Excel 文件，只是改了扩展名的文本。\n");
    Path whole = dir.resolve("whole.xlsx");
    new TemplateWorkbook().row("a", "b", "c", "d", "e", "f", "■政府网站", "√", "", "√", "", "√", "").write(whole);
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    Path encrypted = dir.resolve("password.xlsx");
    encrypt(whole, encrypted, "secret");
    Path badCsv = dir.resolve("mojibake.csv");
    // 0x80 alone, 0xFF, and a GB18030 lead byte followed by an invalid trail: neither UTF-8 nor GB18030.
    Files.write(badCsv, concat("事项名称,服务对象\n".getBytes(Charset.forName("GBK")), new byte[] {(byte) 0x80, (byte) 0xFF, 0x2C, (byte) 0x81, 0x7F, 0x0A}));
    Path noHeader = dir.resolve("no-header.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(noHeader)) {
      wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("会议纪要：下周一开会");
      wb.createSheet("Sheet2").createRow(3).createCell(2).setCellValue(42);
      wb.write(out);
    }
    Path folder = Files.createDirectories(dir.resolve("folder.xlsx"));
    return Stream.of(
        Arguments.of("missing", dir.resolve("nope.xlsx"), "找不到文件"),
        Arguments.of("directory", folder, "文件夹"),
        Arguments.of("empty", empty, "空的"),
        Arguments.of("text named .xlsx", text, "不是 Excel 工作簿"),
        Arguments.of("truncated", truncated, "不完整或已损坏"),
        Arguments.of("password", encrypted, "密码"),
        Arguments.of("bad bytes", badCsv, "第 2 行"),
        Arguments.of("no header", noHeader, "没有任何工作表能识别出表头"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void exitTwoWithOneMessageAndTheOtherFileStillChecked(String what, Path bad, String expected) throws Exception {
    Cli text = Cli.run("validate", bad.toString(), good.toString());
    assertEquals(2, text.exit(), text.out() + text.err());
    assertFalse(text.out().contains("Exception") || text.err().contains("Exception") || text.out().contains("\tat "),
        "no stack trace: " + text.out() + text.err());
    String[] lines = text.out().split("\n");
    int at = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals(bad.toString())) {
        at = i;
      }
    }
    assertTrue(at >= 0, "the report names the file: " + text.out());
    assertTrue(lines[at + 1].contains(expected), "message for " + what + ": " + lines[at + 1]);
    assertTrue(text.out().contains("good.xlsx（标准目录，1 项）"), "the good file is still reported: " + text.out());

    Cli json = Cli.run("validate", "--format", "json", bad.toString(), good.toString());
    assertEquals(2, json.exit());
    JsonNode files = new ObjectMapper().readTree(json.out()).get("files");
    assertEquals(bad.toString(), files.get(0).get("path").asText());
    assertTrue(files.get(0).get("error").asText().contains(expected));
    assertEquals(1, files.get(1).get("items").asInt());
  }

  static void encrypt(Path plain, Path target, String password) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword(password);
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(Files.readAllBytes(plain));
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        fs.writeFilesystem(out);
      }
    }
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
