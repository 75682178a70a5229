package org.gkml.read.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.gkml.read.CellRange;
import org.gkml.read.InputException;
import org.gkml.read.ReadLimits;
import org.gkml.read.SheetVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The UTF-8 byte reader against the commons-csv path it replaces for UTF-8: the same file read both ways gives the
 * same rows (line numbers and cells, null for empty) or the same refusal (message key and place).
 */
class Utf8CsvReaderDifferentialTest {

  static final ReadLimits SMALL = new ReadLimits(1L << 30, 3, 6, 0.005, 1 << 20, 50);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  /** What a source made of a file: its rows, or the refusal. */
  static String outcome(CsvTableSource source, Path file) {
    List<String> rows = new ArrayList<>();
    SheetVisitor visitor = new SheetVisitor() {
      @Override
      public void startSheet(String name, List<CellRange> merged) {
        rows.add("start " + name + " " + merged);
      }

      @Override
      public void row(int rowNumber, String[] cells) {
        StringBuilder b = new StringBuilder().append(rowNumber).append(':');
        for (String c : cells) {
          b.append(c == null ? " ∅" : " «" + c.replace("\r", "\\r").replace("\n", "\\n") + "»");
        }
        rows.add(b.toString());
      }

      @Override
      public void endSheet() {
        rows.add("end");
      }
    };
    try {
      source.read(file, visitor);
      return source.encoding() + "\n" + String.join("\n", rows);
    } catch (InputException e) {
      return "refused " + e.key() + " @" + e.place();
    }
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] bytes(boolean bom, String text) {
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return t;
    }
    byte[] all = new byte[t.length + 3];
    System.arraycopy(BOM, 0, all, 0, 3);
    System.arraycopy(t, 0, all, 3, t.length);
    return all;
  }

  private static String assertSame(Path file, ReadLimits limits) {
    String expected = outcome(CsvTableSource.commonsCsvOnly(limits), file);
    String actual = outcome(new CsvTableSource(limits), file);
    assertEquals(expected, actual, () -> "differs on " + HexFormat.of().formatHex(read(file), 0,
        Math.min(400, read(file).length)));
    return actual;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Arguments> tricky() {
    return Stream.of(
        Arguments.of("plain", "序号,事项名称,公开主体\n1,就业失业登记,清溪县人社局\n"),
        Arguments.of("crlf", "a,b\r\nc,d\r\n"),
        Arguments.of("cr only", "a,b\rc,d\r\re,f"),
        Arguments.of("lf cr", "a,b\n\rc,d\n"),
        Arguments.of("mixed ends", "a\r\nb\rc\nd\r\r\ne"),
        Arguments.of("quoted delimiter and doubled quote", "\"a,b\",\"say \"\"hi\"\"\",c\n"),
        Arguments.of("line breaks in quotes count", "\"one\ntwo\",x\n\"three\r\nfour\",y\r\"five\rsix\",z\nlast,row\n"),
        Arguments.of("cr in quotes then lf after", "\"a\r\",b\n\"c\r\"\nd,e\n"),
        Arguments.of("quote inside unquoted", "a\"b,c\"\"d,e\"\n"),
        Arguments.of("quote after space is literal", " \"a\",b\n"),
        Arguments.of("whitespace after closing quote", "\"a\"  ,\"b\"\t\t\n\"c\" \u000b\f\u001c\u001f\r\n"),
        Arguments.of("ideographic space after closing quote", "\"a\"\u3000,\"b\"\u2028\u2003\n"),
        Arguments.of("nbsp after closing quote", "x\n\"a\"\u00a0,b\n"),
        Arguments.of("emoji after closing quote", "x\n\"a\"😀,b\n"),
        Arguments.of("stray char after closing quote", "x,y\n\"a\"b,c\n"),
        Arguments.of("stray quote on a later line", "x\n\"m\nn\"\n\"a\"\"b\"c\n"),
        Arguments.of("unterminated quote", "a,b\nc,\"d\ne,f\n"),
        Arguments.of("unterminated quote at the end", "a,b\n\""),
        Arguments.of("quote closing at the end", "a,\"b\""),
        Arguments.of("doubled quote at the end", "a,\"b\"\""),
        Arguments.of("trailing delimiter", "a,b,\nc,\n,\n,,,\n"),
        Arguments.of("trailing delimiter at the end", "a,"),
        Arguments.of("quoted then delimiter at the end", "a,\"b\","),
        Arguments.of("no newline at the end", "a,b\nc,d"),
        Arguments.of("blank lines", "\n\na,b\n\n\r\n\rc\n\n\n"),
        Arguments.of("only blank lines", "\n\r\n\n"),
        Arguments.of("empty", ""),
        Arguments.of("empty cells and empty quoted", ",,\n\"\",\"\"\nx,\"\"\n"),
        Arguments.of("nul", "\0,a\na\0b,\0\0\n\"\0\",c\n"),
        Arguments.of("formula guard", "'=1+2,''=x,'abc,'-1,'\n"),
        Arguments.of("tab delimited", "事项\t主体\t依据\n就业\t人社局\t\"a\tb\"\n"),
        Arguments.of("semicolon delimited", "a;b;c\n1;\"2;3\";4\n"),
        Arguments.of("semicolon vs comma", "a;b;c,d\n1;2;3,4\n"),
        Arguments.of("quotes in the sniffed line", "\"a,b,c\";d;e\n1;2;3\n"),
        Arguments.of("first line blank then tabs", "\n\na\tb\tc\n1\t2\t3\n"),
        Arguments.of("supplementary characters", "😀,中😀文\n\"😀\"\"😀\",x\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tricky")
  void trickyCasesReadTheSame(String name, String text) throws Exception {
    assertSame(write("plain.csv", bytes(false, text)), ReadLimits.DEFAULT);
    assertSame(write("bom.csv", bytes(true, text)), ReadLimits.DEFAULT);
    assertSame(write("small.csv", bytes(true, text)), SMALL);
  }

  @Test
  void quoteErrorsAreNamed() throws Exception {
    assertEquals("refused input.csv-stray-quote @line 4",
        assertSame(write("stray.csv", bytes(true, "x\n\"a\nb\"\n\"c\"d,e\n")), ReadLimits.DEFAULT));
    assertEquals("refused input.csv-unterminated-quote @line 2",
        assertSame(write("open.csv", bytes(true, "x\n\"a\nb\n")), ReadLimits.DEFAULT));
  }

  @Test
  void theSniffedEncodingIsUtf8() throws Exception {
    String out = assertSame(write("a.csv", bytes(true, "a,b\n")), ReadLimits.DEFAULT);
    assertTrue(out.startsWith("UTF-8 (BOM)\nstart null []\n1: «a» «b»\nend"), out);
  }

  /** Quotes, line ends, delimiters and multi-byte characters cut by the 64 KiB buffer at each of their bytes. */
  @Test
  void fieldsAndCharactersAcrossTheBufferBoundary() throws Exception {
    String[] tails = {"中", "😀", "\"q\"\"q\"", "\"a\r\nb\"", "x\r\n", "\"x\"\r\n", "\"\"", ",", "\"中\"\u3000,"};
    StringBuilder lines = new StringBuilder();
    int line = 0;
    int have = 0;
    while (have < (1 << 16) - 40) {
      String l = line++ + ",清溪县人社局,\"quoted " + line + "\"\n";
      lines.append(l);
      have += l.getBytes(StandardCharsets.UTF_8).length;
    }
    for (String tail : tails) {
      for (int shift = -8; shift <= 8; shift++) {
        StringBuilder b = new StringBuilder(lines);
        b.append("p".repeat(Math.max(0, (1 << 16) - have + shift - 2))).append(tail).append("z,").append(tail)
            .append("\nlast,line\n");
        assertSame(write("edge.csv", bytes(false, b.toString())), ReadLimits.DEFAULT);
        assertSame(write("edge-bom.csv", bytes(true, b.toString())), ReadLimits.DEFAULT);
      }
    }
  }

  @Test
  void aFieldLongerThanTheBuffer() throws Exception {
    String big = "长".repeat(50_000);
    String text = "a,b\n\"" + big + "\"\"" + big + "\",x\ny," + big + big + "zz\n" + big + "\n";
    assertTrue(assertSame(write("long.csv", bytes(false, text)),
        new ReadLimits(1L << 30, 10, 1_000_000, 0.005, 1 << 20, 50)).contains("4: «" + big + "»"));
    // 100,001 characters are allowed, 100,002 not.
    String out = assertSame(write("long2.csv", bytes(false, text)),
        new ReadLimits(1L << 30, 10, 100_001, 0.005, 1 << 20, 50));
    assertEquals("refused input.cell-too-long @line 3, column 2", out);
    // Under a lower limit the byte reader stops reading the quoted field early, at the same place.
    out = assertSame(write("long3.csv", bytes(false, text)), new ReadLimits(1L << 30, 10, 20_000, 0.005, 1 << 20, 50));
    assertEquals("refused input.cell-too-long @line 2, column 1", out);
  }

  @Test
  void cellLimitsAndRowLimits() throws Exception {
    ReadLimits limits = SMALL; // 3 rows, 6 characters a cell
    assertTrue(assertSame(write("a.csv", bytes(false, "abcdef,中中中中中中\n")), limits).contains("中中中中中中"));
    assertTrue(assertSame(write("b.csv", bytes(false, "x\nabcdef,中中中中中中中\n")), limits)
        .contains("refused input.cell-too-long @line 2, column 2"));
    assertTrue(assertSame(write("c.csv", bytes(false, "'=12345,a\0\0\0\0\0\0\0\0bcdef\n")), limits).contains("«=12345»"));
    assertTrue(assertSame(write("d.csv", bytes(false, "a\n\nb\nc\nd\n")), limits)
        .contains("refused input.too-many-rows @line 5"));
    // A long field of NULs is kept (NULs are removed from the text), past the guard of 4 bytes a character.
    assertTrue(assertSame(write("e.csv", bytes(false, "x," + "\0".repeat(200_000) + "ab\0\n")), limits)
        .contains("1: «x» «ab»"));
    assertTrue(assertSame(write("f.csv", bytes(false, "x,\"" + "\0".repeat(200_000) + "\"\n")), limits)
        .contains("1: «x» «»"));
    assertTrue(assertSame(write("g.csv", bytes(false, "x," + "a".repeat(200_000) + "\n")), limits)
        .contains("refused input.cell-too-long @line 1, column 2"));
    // An earlier cell over the limit, or too many rows, is reported before the long cell, as commons-csv's path does.
    assertTrue(assertSame(write("h.csv", bytes(false, "abcdefg," + "a".repeat(200_000) + "\n")), limits)
        .contains("refused input.cell-too-long @line 1, column 1"));
    assertTrue(assertSame(write("i.csv", bytes(false, "a\nb\nc\nd," + "a".repeat(200_000) + "\n")), limits)
        .contains("refused input.too-many-rows @line 4"));
  }

  /**
   * The one place the byte reader differs on purpose: an unterminated quote in a big file is refused as a cell too
   * long as soon as it surely is, where commons-csv would hold the rest of the file in one cell before it fails.
   */
  @Test
  void anUnterminatedQuoteOverTheCellLimitIsRefusedAsTooLong() throws Exception {
    Path file = write("open.csv", bytes(false, "a,b\nc,\"" + "中文,\n".repeat(300_000)));
    assertEquals("refused input.csv-unterminated-quote @line 2", outcome(CsvTableSource.commonsCsvOnly(
        ReadLimits.DEFAULT), file));
    assertEquals("refused input.cell-too-long @line 2, column 2", outcome(new CsvTableSource(), file));
  }

  static Stream<Arguments> badBytes() {
    return Stream.of(
        Arguments.of("overlong", "c0 80"),
        Arguments.of("overlong three bytes", "e0 80 80"),
        Arguments.of("surrogate", "ed a0 80"),
        Arguments.of("above U+10FFFF", "f4 90 80 80"),
        Arguments.of("lone continuation", "80"),
        Arguments.of("cut sequence", "e4 b8"),
        Arguments.of("ff", "ff"),
        Arguments.of("five-byte lead", "f8 88 80 80 80"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBytes")
  void malformedUtf8IsRefusedAtItsLine(String name, String hex) throws Exception {
    byte[] bad = HexFormat.ofDelimiter(" ").parseHex(hex);
    String[] places = {"a,b\nc,%s\ne,f\n", "a,b\nc,\"x%s\"\n", "a\n\"x\"%s,b\n", "a\r\nb\rc,%s", "%s\n", "\"a\n%s"};
    for (String place : places) {
      String[] parts = place.split("%s", -1);
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.write(BOM);
      b.write(parts[0].getBytes(StandardCharsets.UTF_8));
      b.write(bad);
      b.write(parts[1].getBytes(StandardCharsets.UTF_8));
      String out = assertSame(write("bad.csv", b.toByteArray()), ReadLimits.DEFAULT);
      assertTrue(out.startsWith("refused input.csv-encoding @line "), out);
    }
  }

  @Test
  void aBadByteFarIntoTheFileWithoutBom() throws Exception {
    // Past the 256 KiB that settle UTF-8, past the byte reader's 64 KiB first check: found where the parse gets.
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int lines = 0;
    while (b.size() < 600_000) {
      b.write(("特困人员认定,特困人员,\"《社会救助暂行办法》\",20个工作日\r\n").getBytes(StandardCharsets.UTF_8));
      lines++;
    }
    b.write("临时救助,\"困难".getBytes(StandardCharsets.UTF_8));
    b.write("群众".getBytes("GBK"));
    b.write("\"\n".getBytes(StandardCharsets.UTF_8));
    String out = assertSame(write("far.csv", b.toByteArray()), ReadLimits.DEFAULT);
    assertEquals("refused input.csv-encoding @line " + (lines + 1), out);
  }

  private static final String[] ALPHABET = {"a", ",", ";", "\t", "\"", "\r", "\n", "\0", "'", "=", "中", "😀", " ",
      "\"", ",", "\n", "a", "\u3000"};

  static String randomText(Random r) {
    return randomText(r, 60);
  }

  static String randomText(Random r, int maxLength) {
    int len = r.nextInt(maxLength);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < len; i++) {
      b.append(ALPHABET[r.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }

  @Test
  void randomFilesReadTheSame() throws Exception {
    Random r = new Random(20240608);
    int refused = 0;
    for (int i = 0; i < 4000; i++) {
      String text = randomText(r);
      String out = assertSame(write("random.csv", bytes(r.nextInt(4) == 0, text)), ReadLimits.DEFAULT);
      refused += out.startsWith("refused") ? 1 : 0;
    }
    // Both outcomes occur often enough that both are compared.
    assertTrue(refused > 400 && refused < 3600, "refused " + refused);
  }

  /** Longer fields, for the eight-bytes-at-a-time scans. */
  @Test
  void longerRandomFilesReadTheSame() throws Exception {
    Random r = new Random(31);
    for (int i = 0; i < 1000; i++) {
      StringBuilder text = new StringBuilder(randomText(r, 400));
      // fewer quotes, so that long fields occur
      for (int j = 0; j < text.length(); j++) {
        if (text.charAt(j) == '"' && r.nextInt(4) > 0) {
          text.setCharAt(j, 'b');
        }
      }
      assertSame(write("random.csv", bytes(r.nextBoolean(), text.toString())), ReadLimits.DEFAULT);
    }
  }

  @Test
  void randomFilesUnderSmallLimitsReadTheSame() throws Exception {
    Random r = new Random(7);
    for (int i = 0; i < 2000; i++) {
      String text = randomText(r);
      assertSame(write("random.csv", bytes(true, text)), SMALL);
    }
  }

  @Test
  void randomInvalidFilesReadTheSame() throws Exception {
    Random r = new Random(99);
    String[] bad = {"c0 80", "ed a0 80", "f4 90 80 80", "80", "e4 b8", "ff", "e0 9f bf", "f0 8f bf bf", "c2"};
    for (int i = 0; i < 300; i++) {
      byte[] text = randomText(r).getBytes(StandardCharsets.UTF_8);
      int at = r.nextInt(text.length + 1);
      byte[] b = HexFormat.ofDelimiter(" ").parseHex(bad[r.nextInt(bad.length)]);
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.write(BOM);
      all.write(text, 0, at);
      all.write(b);
      all.write(text, at, text.length - at);
      String out = assertSame(write("invalid.csv", all.toByteArray()), ReadLimits.DEFAULT);
      assertTrue(out.startsWith("refused input.csv-encoding"), out);
    }
  }
}
