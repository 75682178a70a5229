package org.gkml.read.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gkml.read.InputException;
import org.gkml.read.ReadLimits;
import org.gkml.read.SheetVisitor;
import org.gkml.read.TableSource;
import org.gkml.text.FormulaGuard;

/**
 * Reads CSV (and tab-separated text) in UTF-8, UTF-8 with BOM, GBK/GB18030 or UTF-16 with BOM. Each record's
 * row number is the physical line it starts on, so a finding points at the line an editor shows. UTF-8 is parsed
 * from its bytes ({@link Utf8CsvReader}, several times faster on big files); the other encodings are decoded and
 * parsed with commons-csv, whose rules the byte reader follows exactly.
 */
public final class CsvTableSource implements TableSource {

  private final ReadLimits limits;
  /** For the tests that hold the UTF-8 byte reader to this path: UTF-8 through commons-csv too. */
  private final boolean commonsCsvOnly;
  private String encoding;

  public CsvTableSource(ReadLimits limits) {
    this(limits, false);
  }

  private CsvTableSource(ReadLimits limits, boolean commonsCsvOnly) {
    this.limits = limits;
    this.commonsCsvOnly = commonsCsvOnly;
  }

  /** Reads every encoding, UTF-8 too, with commons-csv: the reference the UTF-8 byte reader is tested against. */
  static CsvTableSource commonsCsvOnly(ReadLimits limits) {
    return new CsvTableSource(limits, true);
  }

  public CsvTableSource() {
    this(ReadLimits.DEFAULT);
  }

  @Override
  public String encoding() {
    return encoding;
  }

  @Override
  public void read(Path file, SheetVisitor visitor) throws InputException {
    CharsetSniffer.Detected detected;
    try {
      detected = CharsetSniffer.detect(file);
    } catch (CharsetSniffer.Undecodable e) {
      throw new InputException("input.csv-encoding", "line " + e.line(), e, e.line());
    } catch (IOException e) {
      throw new InputException("input.unreadable", null, e, String.valueOf(e.getMessage()));
    }
    encoding = detected.name();
    if (detected.charset().equals(StandardCharsets.UTF_8) && !commonsCsvOnly) {
      readUtf8(file, detected, visitor);
      return;
    }
    char delimiter;
    try (Reader r = open(file, detected)) {
      delimiter = sniffDelimiter(r);
    } catch (CharacterCodingException e) {
      throw csvProblem(e, 1, file, detected); // the sniff decodes the file's first 64K characters
    } catch (IOException e) {
      throw new InputException("input.unreadable", null, e, String.valueOf(e.getMessage()));
    }
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false)
        .setTrim(false)
        .get();
    visitor.startSheet(null, List.of());
    long line = 1;
    long rows = 0;
    try (Reader r = open(file, detected); CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        long start = parser.getCurrentLineNumber() + 1;
        line = start;
        if (!it.hasNext()) {
          break;
        }
        CSVRecord rec = it.next();
        String[] cells = new String[rec.size()];
        boolean any = false;
        for (int i = 0; i < rec.size(); i++) {
          String v = rec.get(i);
          if (v != null && !v.isEmpty()) {
            // gkml's own CSV quotes texts that would start a formula ('=…); the quote is not part of the text.
            cells[i] = pooled(FormulaGuard.restore(v.indexOf('\0') >= 0 ? v.replace("\0", "") : v));
            any = true;
          }
        }
        if (any) {
          int row = (int) Math.min(start, Integer.MAX_VALUE);
          limits.checkRow(null, row, cells, rows++);
          visitor.row(row, cells);
        }
      }
    } catch (UncheckedIOException e) {
      throw csvProblem(e.getCause(), line, file, detected);
    } catch (IOException e) {
      throw csvProblem(e, line, file, detected);
    }
    visitor.endSheet();
  }

  /**
   * UTF-8 from its bytes ({@link Utf8CsvReader}): the same rows and the same refusals as the commons-csv path, which
   * decodes first. Like the decoding reader, which reads ahead, a bad byte in the file's first 64 KiB stops the file
   * before any row.
   */
  private void readUtf8(Path file, CharsetSniffer.Detected detected, SheetVisitor visitor) throws InputException {
    char delimiter;
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(detected.bomLength());
      delimiter = sniffUtf8Delimiter(in);
    } catch (CharacterCodingException e) {
      throw csvProblem(e, 1, file, detected);
    } catch (IOException e) {
      throw new InputException("input.unreadable", null, e, String.valueOf(e.getMessage()));
    }
    visitor.startSheet(null, List.of());
    Utf8CsvReader reader = null;
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(detected.bomLength());
      reader = new Utf8CsvReader(in, delimiter, limits);
      reader.read(visitor);
    } catch (IOException e) {
      throw csvProblem(e, reader == null ? 1 : reader.recordLine(), file, detected);
    }
    visitor.endSheet();
  }

  /**
   * {@link #sniffDelimiter} over UTF-8 bytes (the delimiters and quotes are ASCII; it counts characters as the
   * decoded reader does), after a strict check of the first 64 KiB.
   */
  static char sniffUtf8Delimiter(InputStream in) throws IOException {
    byte[] head = in.readNBytes(1 << 16);
    boolean more = head.length == 1 << 16;
    CoderResult checked = StandardCharsets.UTF_8.newDecoder()
        .decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), !more);
    if (checked.isError()) {
      throw new MalformedInputException(checked.length());
    }
    DelimiterVote vote = new DelimiterVote();
    int read = 0; // UTF-16 chars, as the Reader counts
    byte[] b = head;
    int n = b.length;
    int i = 0;
    scan:
    while (true) {
      if (i == n) {
        if (!more) {
          break;
        }
        b = in.readNBytes(1 << 16);
        n = b.length;
        more = n == 1 << 16;
        i = 0;
        if (n == 0) {
          break;
        }
      }
      int c = b[i++] & 0xff;
      if ((c & 0xC0) == 0x80) {
        continue; // within a character
      }
      if (read++ >= 1 << 16) {
        break;
      }
      if ((c & 0xF8) == 0xF0) {
        read++; // a surrogate pair
      }
      if (!vote.take(c)) {
        break scan;
      }
    }
    return vote.delimiter();
  }

  /** Recently read cell texts, one slot per hash: see {@link #pooled}. */
  private final String[] recent = new String[1 << 13];

  /**
   * The same String for a text the last rows already had (a list repeats its owners, deadlines, bases and channel
   * cells on every row): the rules remember their analyses by text, and one shared String, its hash computed once,
   * is found there at once instead of being compared char by char again by every rule.
   */
  private String pooled(String text) {
    int h = text.hashCode();
    int slot = (h ^ h >>> 16) & (recent.length - 1);
    String known = recent[slot];
    if (known != null && known.equals(text)) {
      return known;
    }
    recent[slot] = text;
    return text;
  }

  private static InputException csvProblem(IOException e, long line, Path file, CharsetSniffer.Detected detected) {
    if (e instanceof CharacterCodingException) {
      // The reader decodes ahead of the record it parses: the bad byte's own line is looked up again.
      long bad = line;
      try {
        long exact = CharsetSniffer.firstUndecodableLine(file, detected.charset(), detected.bomLength());
        bad = exact > 0 ? exact : line;
      } catch (IOException ignored) {
        // keep the record's line
      }
      return new InputException("input.csv-encoding", "line " + bad, e, bad);
    }
    String m = String.valueOf(e.getMessage());
    if (m.contains("EOF reached before encapsulated token finished")) {
      return new InputException("input.csv-unterminated-quote", "line " + line, e, line);
    }
    if (m.contains("between encapsulated token and delimiter")) { // "Invalid character between …" in 1.14
      return new InputException("input.csv-stray-quote", "line " + line, e, line);
    }
    return new InputException("input.csv-corrupt", "line " + line, e, line, InputException.oneLine(m));
  }

  private static Reader open(Path file, CharsetSniffer.Detected d) throws IOException {
    InputStream in = Files.newInputStream(file);
    in.skipNBytes(d.bomLength());
    return new BufferedReader(new InputStreamReader(in, d.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
  }

  /** Comma unless the first non-empty line has more tabs (Excel's "Unicode text") or semicolons outside quotes. */
  static char sniffDelimiter(Reader r) throws IOException {
    DelimiterVote vote = new DelimiterVote();
    int c;
    int read = 0;
    while ((c = r.read()) >= 0 && read++ < 1 << 16 && vote.take(c)) {
      // counted by take
    }
    return vote.delimiter();
  }

  /** The counting behind both sniffers: delimiters outside quotes on the first non-empty line. */
  private static final class DelimiterVote {
    private int commas;
    private int tabs;
    private int semis;
    private boolean quoted;
    private boolean seen;

    /** Counts one char; false once the first non-empty line has ended. */
    boolean take(int c) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '\n') {
          if (seen) {
            return false;
          }
        } else if (c == ',') {
          commas++;
        } else if (c == '\t') {
          tabs++;
        } else if (c == ';') {
          semis++;
        }
        if (c != '\n' && c != '\r') {
          seen = true;
        }
      }
      return true;
    }

    char delimiter() {
      if (tabs > commas && tabs >= semis) {
        return '\t';
      }
      return semis > commas ? ';' : ',';
    }
  }
}
