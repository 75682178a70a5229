package org.gkml.read.csv;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gkml.read.InputException;
import org.gkml.read.ReadLimits;
import org.gkml.read.SheetVisitor;
import org.gkml.text.FormulaGuard;

/**
 * Parses UTF-8 CSV straight from its bytes, exactly as commons-csv's {@code CSVFormat.DEFAULT} (the sniffed delimiter,
 * empty lines kept, no trimming) parses the decoded text, but without decoding what the last rows already had: a
 * catalog repeats its owners, deadlines, bases and channel cells on every row, so a cell costs a hash and a compare
 * of its bytes, and only a text not seen recently is decoded (strictly: a bad byte stops the file, as the decoding
 * reader does).
 *
 * <p>Memory stays at one 64 KiB buffer and the pool of recent cells whatever the file's size: the buffer grows only
 * for a single field longer than it, and a field surely over {@link ReadLimits#maxCellLength} is counted, not held.
 *
 * <p>What commons-csv does and this reader copies (Lexer, ExtendedBufferedReader 1.14.1): a record starts on the line
 * after the line breaks read so far (CR, LF and CRLF are one break each, also inside quotes); a quote opens a quoted
 * field only as the field's first character; {@code ""} inside quotes is one quote; after the closing quote only
 * whitespace ({@link Character#isWhitespace}) may come before the delimiter, line end or end of file; a delimiter
 * always has a field after it, at the end of the file too.
 */
final class Utf8CsvReader {

  private static final byte QUOTE = '"';
  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final int BUFFER = 1 << 16;
  /** Recent cells, one slot per hash of their bytes. */
  private static final int SLOTS = 1 << 13;
  /** Longer cells are decoded every time: the pool's memory stays bounded and long texts rarely repeat. */
  private static final int MAX_POOLED = 1024;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long CRS = CR * ONES;
  private static final long LFS = LF * ONES;
  private static final long QUOTES = QUOTE * ONES;

  private final InputStream in;
  private final byte delimiter;
  /** The delimiter in each of a long's eight bytes. */
  private final long delimiters;
  private final ReadLimits limits;
  /** Field bytes past which the field's characters are counted: below it a field cannot be over the limit. */
  private final int guard;

  private byte[] buf = new byte[BUFFER];
  /** Next byte to read; end of the bytes read. */
  private int pos;
  private int lim;
  private boolean eof;
  /** Start of the field being read: {@link #refill} keeps its bytes. */
  private int fieldStart;
  /** Line breaks read so far. */
  private long breaks;
  /** The field being read had NUL bytes, removed to keep a long field's bytes bounded (then it is never empty). */
  private boolean nulsDropped;

  private final long[] poolHashes = new long[SLOTS];
  private final byte[][] poolKeys = new byte[SLOTS][];
  private final String[] poolTexts = new String[SLOTS];

  /** The line the record being read starts on. */
  private long recordStart = 1;
  private String[] cells = new String[32];
  private int count;

  Utf8CsvReader(InputStream in, char delimiter, ReadLimits limits) {
    this.in = in;
    this.delimiter = (byte) delimiter;
    this.delimiters = (delimiter & 0xffL) * ONES;
    this.limits = limits;
    this.guard = (int) Math.min(4L * limits.maxCellLength() + 8, Integer.MAX_VALUE - 64);
  }

  /** Reads every record, hands the non-empty ones to {@code visitor} with the line each starts on. */
  void read(SheetVisitor visitor) throws IOException, InputException {
    long rows = 0;
    while (true) {
      long start = breaks + 1;
      recordStart = start;
      if (!nextRecord(start, rows)) {
        return;
      }
      boolean any = false;
      for (int i = 0; i < count; i++) {
        if (cells[i] != null) {
          any = true;
          break;
        }
      }
      if (any) {
        String[] row = Arrays.copyOf(cells, count);
        int line = (int) Math.min(start, Integer.MAX_VALUE);
        limits.checkRow(null, line, row, rows++);
        visitor.row(line, row);
      }
    }
  }

  /** The buffer's size now: it grows only for one field longer than it, up to about the guard. */
  int bufferSize() {
    return buf.length;
  }

  long recordLine() {
    return recordStart;
  }

  /** Reads one record's cells into {@link #cells}; false at the end of the input. */
  private boolean nextRecord(long start, long rowsSoFar) throws IOException, InputException {
    count = 0;
    if (pos == lim && !more()) {
      return false; // at a record's start the end of input ends the records
    }
    while (true) {
      if (pos == lim && !more()) {
        add(null); // a delimiter is always followed by a field, at the end of the file too
        return true;
      }
      byte c = buf[pos];
      if (c == QUOTE) {
        pos++;
        if (quotedField(start, rowsSoFar)) {
          return true;
        }
      } else if (simpleField(start, rowsSoFar)) {
        return true;
      }
    }
  }

  /** An unquoted field, up to the delimiter, a line end or the end of input; true if it ended the record. */
  private boolean simpleField(long start, long rowsSoFar) throws IOException, InputException {
    fieldStart = pos;
    byte d = delimiter;
    // The field's hash is made on the way, from the same eight-byte words (see hash), unless a refill cut the field.
    long h = SEED;
    boolean hashed = true;
    while (true) {
      byte[] b = buf;
      int p = pos;
      int end = lim;
      // Eight bytes at a time: the first byte that is the delimiter, CR or LF (SWAR zero-byte test of w ^ c; its
      // lowest flagged byte is exact, in little-endian order the first).
      for (int last = end - 8; p <= last; p += 8) {
        long w = (long) LONGS.get(b, p);
        long x = w ^ delimiters;
        long y = w ^ CRS;
        long z = w ^ LFS;
        long m = ((x - ONES) & ~x | (y - ONES) & ~y | (z - ONES) & ~z) & HIGHS;
        if (m != 0) {
          int k = Long.numberOfTrailingZeros(m) >>> 3;
          if (k > 0) {
            h = (h ^ w & -1L >>> (64 - 8 * k)) * M2;
          }
          p += k;
          add(cell(fieldStart, p, finish(h, p - fieldStart), hashed));
          return afterSimpleField(p);
        }
        h = (h ^ w) * M1;
      }
      int q = p;
      while (p < end) {
        byte c = b[p];
        if (c == d || c == LF || c == CR) {
          if (p > q) {
            h = (h ^ partial(b, q, p)) * M2;
          }
          add(cell(fieldStart, p, finish(h, p - fieldStart), hashed));
          return afterSimpleField(p);
        }
        p++;
      }
      pos = p;
      hashed = false;
      if (pos - fieldStart > guard) {
        checkLength(pos, start, rowsSoFar, false);
      }
      if (!refill()) {
        add(cell(fieldStart, pos, 0, false));
        return true;
      }
    }
  }

  /** The delimiter or line end at {@code p} ended an unquoted field; true if it ended the record. */
  private boolean afterSimpleField(int p) throws IOException {
    byte c = buf[p];
    pos = p + 1;
    if (c == delimiter) {
      return false;
    }
    lineEnd(c);
    return true;
  }


  /** A quoted field, its opening quote read; true if it ended the record. */
  private boolean quotedField(long start, long rowsSoFar) throws IOException, InputException {
    fieldStart = pos;
    int w = pos; // the field's text so far is [fieldStart, w): "" became one quote
    boolean lastCr = false;
    while (true) {
      byte[] b = buf;
      int p = pos;
      int end = lim;
      while (p < end) {
        // Up to the next quote, CR or LF, eight bytes at a time; the text moves down when a "" made it shorter.
        int s = p;
        for (int last = end - 8; s <= last; s += 8) {
          long x = (long) LONGS.get(b, s);
          long q = x ^ QUOTES;
          long y = x ^ CRS;
          long z = x ^ LFS;
          long m = ((q - ONES) & ~q | (y - ONES) & ~y | (z - ONES) & ~z) & HIGHS;
          if (m != 0) {
            s += Long.numberOfTrailingZeros(m) >>> 3;
            break;
          }
        }
        while (s < end && b[s] != QUOTE && b[s] != CR && b[s] != LF) {
          s++;
        }
        if (s > p) {
          if (w != p) {
            System.arraycopy(b, p, b, w, s - p);
          }
          w += s - p;
          p = s;
          lastCr = false;
        }
        if (p == end) {
          break;
        }
        byte c = b[p];
        if (c == QUOTE) {
          break;
        }
        if (c == LF) {
          if (!lastCr) {
            breaks++;
          }
          lastCr = false;
        } else {
          breaks++;
          lastCr = true;
        }
        b[w++] = c;
        p++;
      }
      pos = p;
      if (p < end) {
        // A quote: doubled it is one quote of the text, else it closes the field.
        pos = p + 1;
        if (pos == lim) {
          w = keepAndRefill(w);
        }
        if (pos < lim && buf[pos] == QUOTE) {
          buf[w++] = QUOTE;
          pos++;
          lastCr = false;
          continue;
        }
        add(cell(fieldStart, w, 0, false));
        return afterClosingQuote(start);
      }
      // The length is checked after the refill, so that a quote left open at the end of a small file is named as
      // such, as commons-csv does; before it when the buffer would have to grow (a field of 32 KiB or more).
      if (w - fieldStart > guard && w - fieldStart > BUFFER / 2) {
        w = checkLength(w, start, rowsSoFar, true);
      }
      w = keepAndRefill(w);
      if (pos == lim) {
        throw new InputException("input.csv-unterminated-quote", "line " + start, null, start);
      }
      if (w - fieldStart > guard) {
        w = checkLength(w, start, rowsSoFar, true);
      }
    }
  }

  /** After a closing quote: whitespace, then the delimiter, a line end or the end of input; true if the record ended. */
  private boolean afterClosingQuote(long start) throws IOException, InputException {
    while (true) {
      if (pos == lim && !more()) {
        return true;
      }
      byte c = buf[pos];
      if (c == delimiter) {
        pos++;
        return false;
      }
      if (c == LF || c == CR) {
        pos++;
        lineEnd(c);
        return true;
      }
      if (c >= 0) {
        if (!Character.isWhitespace(c)) {
          throw strayQuote(start);
        }
        pos++;
        continue;
      }
      // A character of several bytes: U+3000 and other spaces are whitespace too (a supplementary character is not,
      // commons-csv sees its first surrogate).
      fieldStart = pos;
      while (lim - pos < 4 && refillKeeping()) {
        // more bytes of the character
      }
      int n = sequenceLength(buf, pos, lim);
      if (n < 0) {
        throw new MalformedInputException(1);
      }
      if (n == 4) {
        throw strayQuote(start);
      }
      String ch = new String(buf, pos, n, StandardCharsets.UTF_8);
      if (!Character.isWhitespace(ch.charAt(0))) {
        throw strayQuote(start);
      }
      pos += n;
    }
  }

  private static InputException strayQuote(long start) {
    return new InputException("input.csv-stray-quote", "line " + start, null, start);
  }

  /** A line end {@code c} has been read: CR LF is one. */
  private void lineEnd(byte c) throws IOException {
    breaks++;
    if (c == CR) {
      if (pos == lim) {
        more();
      }
      if (pos < lim && buf[pos] == LF) {
        pos++;
      }
    }
  }

  private void add(String cell) {
    if (count == cells.length) {
      cells = Arrays.copyOf(cells, count * 2);
    }
    cells[count++] = cell;
  }

  /**
   * The cell of the field's text {@code [from, to)}: null when empty; else as the commons-csv path makes it (NULs
   * removed, {@link FormulaGuard#restore}), the same String as recently when the bytes are the same.
   */
  private String cell(int from, int to, long knownHash, boolean hashed) throws CharacterCodingException {
    boolean dropped = nulsDropped;
    nulsDropped = false;
    int len = to - from;
    if (len == 0) {
      return dropped ? "" : null;
    }
    if (len > MAX_POOLED || dropped) {
      return text(from, len);
    }
    byte[] b = buf;
    long hash = hashed ? knownHash : hash(b, from, len);
    int slot = (int) (hash ^ hash >>> 32) & (SLOTS - 1);
    // The full hash first: a text not seen recently (a catalog's item names) does not touch the slot's bytes, which
    // are seldom in the cache.
    if (poolHashes[slot] == hash) {
      byte[] key = poolKeys[slot];
      if (key != null && Arrays.equals(key, 0, key.length, b, from, to)) {
        return poolTexts[slot];
      }
    }
    String t = text(from, len);
    poolHashes[slot] = hash;
    poolKeys[slot] = Arrays.copyOfRange(b, from, to);
    poolTexts[slot] = t;
    return t;
  }

  private String text(int from, int len) throws CharacterCodingException {
    String s = new String(buf, from, len, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') >= 0) {
      // Replaced bytes, or a U+FFFD written as such: the strict decoder tells which.
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(buf, from, len));
    }
    if (s.indexOf('\0') >= 0) {
      s = s.replace("\0", "");
    }
    return FormulaGuard.restore(s);
  }

  private static final long SEED = 0x9E3779B97F4A7C15L;
  private static final long M1 = 0xFF51AFD7ED558CCDL;
  private static final long M2 = 0xC4CEB9FE1A85EC53L;
  private static final long M3 = 0xD6E8FEB86659FD93L;

  /**
   * A hash of the bytes {@code [from, from + len)}: their eight-byte words (little-endian), the last one zero-padded,
   * then the length. {@link #simpleField} makes the same while it looks for the field's end.
   */
  static long hash(byte[] b, int from, int len) {
    long h = SEED;
    int i = from;
    int end = from + len;
    for (; i + 8 <= end; i += 8) {
      h = (h ^ (long) LONGS.get(b, i)) * M1;
    }
    if (i < end) {
      h = (h ^ partial(b, i, end)) * M2;
    }
    return finish(h, len);
  }

  private static long finish(long h, int len) {
    long f = (h ^ len) * M3;
    return f ^ f >>> 29;
  }

  /** The bytes {@code [from, end)}, fewer than eight, as the low bytes of a little-endian long. */
  private static long partial(byte[] b, int from, int end) {
    long v = 0;
    for (int i = end - 1; i >= from; i--) {
      v = v << 8 | (b[i] & 0xff);
    }
    return v;
  }

  /**
   * The field's text {@code [fieldStart, end)} has grown past {@link #guard} bytes: if its characters (NULs do not
   * count) are surely over the cell limit, the rest of the field is only counted and the cell refused; else its
   * NULs are dropped, which brings it back under the guard. Returns the new end.
   */
  private int checkLength(int end, long start, long rowsSoFar, boolean quoted) throws IOException, InputException {
    long chars = 0;
    int nuls = 0;
    for (int i = fieldStart; i < end; i++) {
      byte c = buf[i];
      if (c == 0) {
        nuls++;
      } else {
        chars += charsAt(c);
      }
    }
    if (chars <= limits.maxCellLength() + 1L) {
      int w = fieldStart;
      for (int i = fieldStart; i < end; i++) {
        if (buf[i] != 0) {
          buf[w++] = buf[i];
        }
      }
      nulsDropped |= nuls > 0;
      if (!quoted) {
        // An unquoted field's text ends where reading goes on: move the unread bytes down.
        System.arraycopy(buf, end, buf, w, lim - end);
        lim -= end - w;
        pos = w;
      }
      return w;
    }
    chars += quoted ? countQuotedRest() : countSimpleRest();
    int line = (int) Math.min(start, Integer.MAX_VALUE);
    limits.checkRow(null, line, Arrays.copyOf(cells, count), rowsSoFar); // an earlier cell, or too many rows, first
    throw limits.cellTooLong(null, line, count, chars);
  }

  /** UTF-16 chars a byte starts: none for a continuation byte, two for a four-byte sequence's first. */
  private static int charsAt(byte c) {
    return (c & 0xC0) == 0x80 ? 0 : (c & 0xF8) == 0xF0 ? 2 : 1;
  }

  /** Counts the characters of the rest of an unquoted field, not holding them. */
  private long countSimpleRest() throws IOException {
    long chars = 0;
    while (pos < lim || more()) {
      byte c = buf[pos];
      if (c == delimiter || c == LF || c == CR) {
        return chars;
      }
      if (c != 0) {
        chars += charsAt(c);
      }
      pos++;
    }
    return chars;
  }

  /** Counts the characters of the rest of a quoted field up to its closing quote or the end of input. */
  private long countQuotedRest() throws IOException {
    long chars = 0;
    while (pos < lim || more()) {
      byte c = buf[pos++];
      if (c == QUOTE) {
        if (pos == lim) {
          more();
        }
        if (pos < lim && buf[pos] == QUOTE) {
          pos++;
          chars++;
          continue;
        }
        return chars;
      }
      if (c != 0) {
        chars += charsAt(c);
      }
    }
    return chars;
  }

  /** Reads more bytes, keeping none already read; false at the end of input. */
  private boolean more() throws IOException {
    fieldStart = pos;
    return refill();
  }

  /**
   * Refills a quoted field's buffer: its text {@code [fieldStart, w)} is kept (moved to the start), the bytes between
   * {@code w} and {@link #pos} (the dropped quotes of {@code ""}) dropped. Returns the new {@code w}.
   */
  private int keepAndRefill(int w) throws IOException {
    int unread = lim - pos;
    System.arraycopy(buf, pos, buf, w, unread);
    lim = w + unread;
    pos = w;
    refill();
    return pos;
  }

  /** Reads more bytes after {@link #lim}, keeping the bytes from {@link #fieldStart}; false at the end of input. */
  private boolean refill() throws IOException {
    if (eof) {
      return pos < lim;
    }
    int keep = fieldStart;
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, lim - keep);
      lim -= keep;
      pos -= keep;
      fieldStart = 0;
    }
    if (lim == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2); // one field longer than the buffer, at most the guard
    }
    int n = in.readNBytes(buf, lim, buf.length - lim);
    if (n <= 0) {
      eof = true;
    }
    lim += Math.max(n, 0);
    return pos < lim;
  }

  /** Reads more bytes keeping those from {@link #fieldStart}; false when none came. */
  private boolean refillKeeping() throws IOException {
    int before = lim - pos;
    refill();
    return lim - pos > before;
  }

  /**
   * The length of the well-formed UTF-8 sequence at {@code p} (no overlongs, no surrogates, at most U+10FFFF), or -1
   * when it is malformed or cut by {@code end}.
   */
  static int sequenceLength(byte[] b, int p, int end) {
    int b0 = b[p] & 0xff;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (b0 < 0x80) {
      return 1;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
      n = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      n = 3;
      lo = b0 == 0xE0 ? 0xA0 : 0x80;
      hi = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      n = 4;
      lo = b0 == 0xF0 ? 0x90 : 0x80;
      hi = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    if (p + n > end) {
      return -1;
    }
    int b1 = b[p + 1] & 0xff;
    if (b1 < lo || b1 > hi) {
      return -1;
    }
    for (int i = 2; i < n; i++) {
      int bi = b[p + i] & 0xff;
      if (bi < 0x80 || bi > 0xBF) {
        return -1;
      }
    }
    return n;
  }
}
