package org.gkml.read.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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

  private void readSheet(InputStream in, String sheet, List<String> shared, CellFormats formats,
      SheetVisitor visitor) throws XMLStreamException, InputException {
    XMLStreamReader x = Xml.factory().createXMLStreamReader(in);
    try {
      String[] cells = new String[16];
      int width = 0;
      int rowNumber = 0;
      int col = -1;
      String type = null;
      int style = -1;
      String value = null;
      StringBuilder inline = new StringBuilder();
      boolean inInline = false;
      int phonetic = 0;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "row" -> {
              String r = x.getAttributeValue(null, "r");
              rowNumber = r != null ? CellFormats.parseInt(r, rowNumber + 1) : rowNumber + 1;
              Arrays.fill(cells, 0, width, null);
              width = 0;
              col = -1;
            }
            case "c" -> {
              String ref = x.getAttributeValue(null, "r");
              int c = ref != null ? Location.columnIndexOf(ref) : -1;
              col = c >= 0 ? c : col + 1;
              type = x.getAttributeValue(null, "t");
              style = CellFormats.parseInt(x.getAttributeValue(null, "s"), -1);
              value = null;
            }
            case "v" -> value = x.getElementText();
            case "f" -> x.getElementText(); // the formula itself is never evaluated
            case "is" -> {
              inInline = true;
              inline.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> {
              if (inInline && phonetic == 0) {
                inline.append(x.getElementText());
              }
            }
            default -> { }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          switch (x.getLocalName()) {
            case "c" -> {
              String text = cellText(type, value, inline, style, shared, formats, sheet, rowNumber, col);
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
            case "is" -> inInline = false;
            case "rPh" -> phonetic--;
            case "row" -> {
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
    } finally {
      x.close();
    }
  }

  private static String cellText(String type, String value, StringBuilder inline, int style, List<String> shared,
      CellFormats formats, String sheet, int row, int col) throws InputException {
    if (type == null || type.equals("n")) {
      return value == null ? null : formats.format(value, style);
    }
    switch (type) {
      case "s" -> {
        int idx = CellFormats.parseInt(value, -1);
        if (idx < 0 || idx >= shared.size()) {
          throw new InputException("input.xlsx-corrupt", sheet + "!" + Location.columnName(col) + row, null,
              "shared string " + value);
        }
        return shared.get(idx);
      }
      case "inlineStr" -> {
        return Xml.decodeEscapes(inline.length() > 0 ? inline.toString() : value == null ? "" : value);
      }
      case "b" -> {
        return "1".equals(value) ? "TRUE" : "FALSE";
      }
      default -> {
        return value == null ? null : Xml.decodeEscapes(value); // str (formula result), e (error), d (ISO date)
      }
    }
  }
}
