package org.gkml.read.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gkml.read.CellRange;
import org.gkml.read.InputException;
import org.gkml.read.ReadLimits;
import org.gkml.read.SheetVisitor;
import org.junit.jupiter.api.Test;

/** What the byte reader does beyond reading like commons-csv: one String per repeated text, bounded memory. */
class Utf8CsvReaderTest {

  private static List<String[]> rows(byte[] bytes, ReadLimits limits) throws Exception {
    List<String[]> rows = new ArrayList<>();
    new Utf8CsvReader(new ByteArrayInputStream(bytes), ',', limits).read(new SheetVisitor() {
      @Override
      public void startSheet(String name, List<CellRange> merged) {}

      @Override
      public void row(int rowNumber, String[] cells) {
        rows.add(cells);
      }

      @Override
      public void endSheet() {}
    });
    return rows;
  }

  @Test
  void aRepeatedTextIsOneString() throws Exception {
    // Unquoted, quoted and cut by the buffer's end, a text is found again by its bytes: the hash made while looking
    // for the field's end is the one made of a quoted field's text.
    StringBuilder b = new StringBuilder();
    String owner = "清溪县人力资源和社会保障局";
    for (int i = 0; i < 5000; i++) {
      b.append("x,").append(owner).append(",\"").append(owner).append("\",").append("《就业促进法》第八条")
          .append('\n');
    }
    List<String[]> rows = rows(b.toString().getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);
    assertEquals(5000, rows.size());
    String first = rows.get(0)[1];
    assertEquals(owner, first);
    for (String[] row : rows) {
      assertSame(first, row[1]);
      assertSame(first, row[2]);
      assertSame(rows.get(0)[3], row[3]);
    }
  }

  @Test
  void anOpenQuoteOverManyMegabytesDoesNotGrowTheBuffer() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("a,b\nc,\"".getBytes(StandardCharsets.UTF_8));
    byte[] line = "中文内容,更多内容\n".getBytes(StandardCharsets.UTF_8);
    while (b.size() < 20_000_000) {
      b.write(line);
    }
    Utf8CsvReader reader = new Utf8CsvReader(new ByteArrayInputStream(b.toByteArray()), ',', ReadLimits.DEFAULT);
    InputException e = assertThrows(InputException.class, () -> reader.read(new SheetVisitor() {
      @Override
      public void startSheet(String name, List<CellRange> merged) {}

      @Override
      public void row(int rowNumber, String[] cells) {}

      @Override
      public void endSheet() {}
    }));
    assertEquals("input.cell-too-long", e.key());
    assertEquals("line 2, column 2", e.place());
    // The whole rest of the file is counted: 20 MB of three-byte characters and line ends.
    assertTrue(((Number) e.args()[1]).longValue() > 6_000_000L, () -> String.valueOf(e.args()[1]));
    // The 64 KiB buffer grew at most to hold the guard's 4 bytes a character of the 32,767-character limit.
    assertTrue(reader.bufferSize() <= 1 << 18, () -> "buffer " + reader.bufferSize());
  }

  @Test
  void sequenceLengthIsStrict() {
    assertEquals(1, Utf8CsvReader.sequenceLength(new byte[] {'a'}, 0, 1));
    assertEquals(3, Utf8CsvReader.sequenceLength("中".getBytes(StandardCharsets.UTF_8), 0, 3));
    assertEquals(4, Utf8CsvReader.sequenceLength("😀".getBytes(StandardCharsets.UTF_8), 0, 4));
    assertEquals(-1, Utf8CsvReader.sequenceLength(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2));
    assertEquals(-1, Utf8CsvReader.sequenceLength(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3));
    assertEquals(-1, Utf8CsvReader.sequenceLength(new byte[] {(byte) 0xE4, (byte) 0xB8}, 0, 2));
  }
}
