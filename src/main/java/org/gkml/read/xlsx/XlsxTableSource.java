package org.gkml.read.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.gkml.model.Location;
import org.gkml.read.CellRange;
import org.gkml.read.InputException;
import org.gkml.read.ReadLimits;
import org.gkml.read.SheetVisitor;
import org.gkml.read.TableSource;

/**
 * Reads .xlsx workbooks as a stream. POI opens the OPC package (its zip guards refuse zip bombs); the shared
 * strings, styles and sheet XML are parsed with StAX, row by row, so memory holds the shared strings and one row,
 * whatever the number of rows. Formulas are never evaluated: their cached values are read.
 */
public final class XlsxTableSource implements TableSource {

  /** From this file size on, the merged ranges are looked for on a second thread (when there is a second core). */
  static final long BACKGROUND_MERGE_SCAN_BYTES = 1L << 20;

  private final ReadLimits limits;
  /** Rows handed on so far, all sheets together. */
  private long rows;

  public XlsxTableSource(ReadLimits limits) {
    this.limits = limits;
  }

  public XlsxTableSource() {
    this(ReadLimits.DEFAULT);
  }

  @Override
  public void read(Path file, SheetVisitor visitor) throws InputException {
    rows = 0;
    // Refuse entries that inflate more than the limit allows (200× by default); POI checks while inflating, before
    // memory is spent. The setting is global in POI, so it is set on every read.
    ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      List<PackagePart> parts = new ArrayList<>();
      while (sheets.hasNext()) {
        sheets.next().close();
        names.add(sheets.getSheetName());
        parts.add(sheets.getSheetPart());
      }
      // The merged ranges sit after the rows in each sheet's XML, but the rows need them first: a big workbook's
      // sheets are scanned for them on another core while the shared strings are parsed here.
      MergeScanner.Pending merges = MergeScanner.start(parts, Files.size(file) >= BACKGROUND_MERGE_SCAN_BYTES
          && Runtime.getRuntime().availableProcessors() > 1);
      List<String> shared; // compact: see SharedStrings
      try (InputStream in = optional(reader, true)) {
        shared = SharedStrings.read(in);
      }
      CellFormats formats;
      try (InputStream in = optional(reader, false)) {
        formats = CellFormats.read(in);
      }
      for (int i = 0; i < parts.size(); i++) {
        String name = names.get(i);
        List<CellRange> merged = merges.get(i);
        visitor.startSheet(name, merged);
        try (InputStream in = new BufferedInputStream(parts.get(i).getInputStream(), 1 << 16)) {
          readSheet(in, name, shared, formats, visitor);
        } catch (XMLStreamException e) {
          throw corrupt(name, e);
        }
        visitor.endSheet();
      }
    } catch (InputException e) {
      throw e;
    } catch (NotOfficeXmlFileException e) {
      throw new InputException("input.not-xlsx", null, e);
    } catch (XMLStreamException e) {
      throw corrupt(null, e);
    } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException e) {
      throw zipProblem(e);
    } catch (IllegalArgumentException e) {
      // POI's package layer refuses a relationship it cannot resolve (a part named by an external URI, …).
      throw new InputException("input.xlsx-corrupt", null, e, InputException.oneLine(e.getMessage()));
    }
  }

  private static InputStream optional(XSSFReader reader, boolean sharedStrings) throws IOException {
    try {
      return sharedStrings ? reader.getSharedStringsData() : reader.getStylesData();
    } catch (InvalidFormatException | IllegalArgumentException e) {
      return null;
    }
  }

  /** A package POI cannot open: a zip bomb, or (anything else at the zip level) a damaged or truncated file. */
  static InputException zipProblem(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String tm = String.valueOf(t.getMessage());
      if (tm.contains("Zip bomb") || tm.contains("zip bomb")) {
        return new InputException("input.zip-bomb", null, e);
      }
    }
    return new InputException("input.xlsx-truncated", null, e);
  }

  /** Sheet XML that cannot be parsed; a zip bomb found while inflating it reaches the parser as a stream error. */
  static InputException corrupt(String place, XMLStreamException e) {
    InputException bomb = zipProblem(e);
    return bomb.key().equals("input.zip-bomb") ? bomb : new InputException("input.xlsx-corrupt", place, e, detail(e));
  }

  static String detail(XMLStreamException e) {
    String m = e.getMessage();
    if (m == null) {
      return "";
    }
    int nl = m.lastIndexOf("Message:");
    // The parser quotes the file's own bytes, which may hold line breaks: the error stays one line.
    return InputException.oneLine(nl >= 0 ? m.substring(nl + 8) : m);
  }

  private static final int ROW = 0;
  private static final int CELL = 1;
  private static final int VALUE = 2;
  private static final int FORMULA = 3;
  private static final int INLINE = 4;
  private static final int TEXT = 5;
  private static final int PHONETIC = 6;
  private static final byte[] R = {'r'};
  private static final byte[] T = {'t'};
  private static final byte[] S = {'s'};

  /** Cell types ({@code t="…"}) as codes; every other type reads as its text (str, e, d). */
  private static final int NUMBER = 0;
  private static final int SHARED = 1;
  private static final int INLINE_STRING = 2;
  private static final int BOOLEAN = 3;
  private static final int OTHER = 4;

  private void readSheet(InputStream in, String sheet, List<String> shared, CellFormats formats,
      SheetVisitor visitor) throws XMLStreamException, InputException, IOException {
    XmlBytes x = new XmlBytes(XmlEncoding.utf8(in), "row", "c", "v", "f", "is", "t", "rPh");
    String[] cells = new String[16];
    int width = 0;
    int rowNumber = 0;
    int col = -1;
    int type = NUMBER;
    int style = -1;
    String value = null;
    int sharedIndex = -1;
    StringBuilder inline = new StringBuilder();
    boolean inInline = false;
    int phonetic = 0;
    int ev;
    while ((ev = x.next()) != XmlBytes.EOF) {
      int id = x.nameId();
      if (ev == XmlBytes.START) {
        switch (id) {
          case ROW -> {
            int a = x.attribute(R);
            rowNumber = a < 0 ? rowNumber + 1 : number(x, a, rowNumber + 1);
            Arrays.fill(cells, 0, width, null);
            width = 0;
            col = -1;
          }
          case CELL -> {
            int a = x.attribute(R);
            int c = a < 0 ? -1 : column(x, a);
            col = c >= 0 ? c : col + 1;
            a = x.attribute(T);
            type = a < 0 ? NUMBER : type(x, a);
            a = x.attribute(S);
            style = a < 0 ? -1 : number(x, a, -1);
            value = null;
            sharedIndex = -1;
          }
          case VALUE -> {
            x.readText();
            // A shared-string index is read from the bytes: twelve million cells need no String for it.
            sharedIndex = type == SHARED ? x.textDigits() : -1;
            value = sharedIndex >= 0 ? null : x.textString();
          }
          case FORMULA -> x.readText(); // the formula itself is never evaluated
          case INLINE -> {
            inInline = true;
            inline.setLength(0);
          }
          case PHONETIC -> phonetic++;
          case TEXT -> {
            if (inInline && phonetic == 0) {
              x.readText();
              inline.append(x.textString());
            }
          }
          default -> { }
        }
      } else {
        switch (id) {
          case CELL -> {
            String text = type == SHARED && sharedIndex >= 0
                ? sharedString(shared, sharedIndex, sheet, rowNumber, col)
                : cellText(type, value, inline, style, shared, formats, sheet, rowNumber, col);
            if (text != null && !text.isEmpty()) {
              if (col >= cells.length) {
                if (col >= 16384) {
                  throw new InputException("input.xlsx-corrupt", sheet, null, "column " + col);
                }
                cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
              }
              cells[col] = text;
              width = Math.max(width, col + 1);
            }
            inline.setLength(0);
            inInline = false;
          }
          case INLINE -> inInline = false;
          case PHONETIC -> phonetic--;
          case ROW -> {
            if (width > 0) {
              String[] row = Arrays.copyOf(cells, width);
              limits.checkRow(sheet, rowNumber, row, rows++);
              visitor.row(rowNumber, row);
            }
          }
          default -> { }
        }
      }
    }
  }

  /** A number attribute (r of a row, s of a cell) as {@link CellFormats#parseInt} reads it. */
  private static int number(XmlBytes x, int a, int dflt) throws XMLStreamException {
    int s = x.valueStart(a);
    int e = x.valueEnd(a);
    if (e > s && e - s <= 9) {
      int v = 0;
      int p = s;
      for (; p < e; p++) {
        int d = x.at(p) - '0';
        if (d < 0 || d > 9) {
          break;
        }
        v = v * 10 + d;
      }
      if (p == e) {
        return v;
      }
    }
    return CellFormats.parseInt(x.value(a), dflt);
  }

  /** The column of a cell reference ({@code r="AB12"}) as {@link Location#columnIndexOf} reads it. */
  private static int column(XmlBytes x, int a) throws XMLStreamException {
    if (!x.plain(a)) {
      return Location.columnIndexOf(x.value(a));
    }
    int col = 0;
    int s = x.valueStart(a);
    int e = x.valueEnd(a);
    int p = s;
    for (; p < e; p++) {
      byte c = x.at(p);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
    }
    return p == s ? -1 : col - 1;
  }

  private static int type(XmlBytes x, int a) throws XMLStreamException {
    int s = x.valueStart(a);
    int n = x.valueEnd(a) - s;
    if (!x.plain(a)) {
      return switch (x.value(a)) {
        case "n" -> NUMBER;
        case "s" -> SHARED;
        case "inlineStr" -> INLINE_STRING;
        case "b" -> BOOLEAN;
        default -> OTHER;
      };
    }
    if (n == 1) {
      byte c = x.at(s);
      return c == 's' ? SHARED : c == 'n' ? NUMBER : c == 'b' ? BOOLEAN : OTHER;
    }
    if (n == 9 && x.at(s) == 'i') {
      byte[] inlineStr = {'i', 'n', 'l', 'i', 'n', 'e', 'S', 't', 'r'};
      for (int i = 1; i < 9; i++) {
        if (x.at(s + i) != inlineStr[i]) {
          return OTHER;
        }
      }
      return INLINE_STRING;
    }
    return OTHER;
  }

  private static String sharedString(List<String> shared, int idx, String sheet, int row, int col)
      throws InputException {
    if (idx >= shared.size()) {
      throw new InputException("input.xlsx-corrupt", sheet + "!" + Location.columnName(col) + row, null,
          "shared string " + idx);
    }
    return shared.get(idx);
  }

  private static String cellText(int type, String value, StringBuilder inline, int style,
      List<String> shared, CellFormats formats, String sheet, int row, int col) throws InputException {
    switch (type) {
      case NUMBER -> {
        return value == null ? null : formats.format(value, style);
      }
      case SHARED -> {
        int idx = CellFormats.parseInt(value, -1);
        if (idx < 0 || idx >= shared.size()) {
          throw new InputException("input.xlsx-corrupt", sheet + "!" + Location.columnName(col) + row, null,
              "shared string " + value);
        }
        return shared.get(idx);
      }
      case INLINE_STRING -> {
        return Xml.decodeEscapes(inline.length() > 0 ? inline.toString() : value == null ? "" : value);
      }
      case BOOLEAN -> {
        return "1".equals(value) ? "TRUE" : "FALSE";
      }
      default -> {
        return value == null ? null : Xml.decodeEscapes(value); // str (formula result), e (error), d (ISO date)
      }
    }
  }
}
