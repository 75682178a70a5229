package org.gkml.read.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
 * row number is the physical line it starts on, so a finding points at the line an editor shows.
 */
public final class CsvTableSource implements TableSource {

  private final ReadLimits limits;
  private String encoding;

  public CsvTableSource(ReadLimits limits) {
    this.limits = limits;
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
    char delimiter;
    try (Reader r = open(file, detected)) {
      delimiter = sniffDelimiter(r);
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
    if (m.contains("invalid char between encapsulated token and delimiter")) {
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
    int commas = 0;
    int tabs = 0;
    int semis = 0;
    boolean quoted = false;
    boolean seen = false;
    int c;
    int read = 0;
    while ((c = r.read()) >= 0 && read++ < 1 << 16) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '\n') {
          if (seen) {
            break;
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
    }
    if (tabs > commas && tabs >= semis) {
      return '\t';
    }
    return semis > commas ? ';' : ',';
  }
}
