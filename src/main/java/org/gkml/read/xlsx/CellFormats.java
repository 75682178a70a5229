package org.gkml.read.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Number formats of a workbook's cell styles, so that numbers and dates read as the text a person sees in Excel
 * (1 not 1.0, 2024/1/5 not 45296). Parsed from styles.xml with StAX; POI's DataFormatter does the formatting.
 */
final class CellFormats {

  private final List<Integer> xfFormat = new ArrayList<>();
  private final Map<Integer, String> custom = new HashMap<>();
  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

  static CellFormats read(InputStream in) throws XMLStreamException {
    CellFormats f = new CellFormats();
    if (in == null) {
      return f;
    }
    XMLStreamReader x = Xml.factory().createXMLStreamReader(in);
    try {
      boolean inCellXfs = false;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = x.getLocalName();
          if (n.equals("numFmt")) {
            String id = x.getAttributeValue(null, "numFmtId");
            String code = x.getAttributeValue(null, "formatCode");
            if (id != null && code != null) {
              f.custom.put(parseInt(id, 0), code);
            }
          } else if (n.equals("cellXfs")) {
            inCellXfs = true;
          } else if (n.equals("xf") && inCellXfs) {
            f.xfFormat.add(parseInt(x.getAttributeValue(null, "numFmtId"), 0));
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    } finally {
      x.close();
    }
    return f;
  }

  /** The text Excel shows for a number stored in a cell of style {@code xfIndex}. */
  String format(String rawNumber, int xfIndex) {
    int fmt0 = xfIndex >= 0 && xfIndex < xfFormat.size() ? xfFormat.get(xfIndex) : 0;
    if (fmt0 == 0 && isPlainInteger(rawNumber)) {
      return rawNumber; // what general() gives back for it, without parsing (a 序号 column is a million of them)
    }
    double value;
    try {
      value = Double.parseDouble(rawNumber);
    } catch (NumberFormatException e) {
      return rawNumber;
    }
    int fmt = xfIndex >= 0 && xfIndex < xfFormat.size() ? xfFormat.get(xfIndex) : 0;
    if (fmt == 0) {
      return general(value, rawNumber);
    }
    String code = custom.getOrDefault(fmt, BuiltinFormats.getBuiltinFormat(fmt));
    if (code == null || code.equalsIgnoreCase("General")) {
      return general(value, rawNumber);
    }
    return formatter.formatRawCellContents(value, fmt, code);
  }

  /** 0, or up to 15 digits without a leading zero: a number Excel's General format shows as written. */
  static boolean isPlainInteger(String s) {
    int n = s.length();
    if (n == 0 || n > 15 || n > 1 && s.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String general(double value, String raw) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new java.math.BigDecimal(raw).stripTrailingZeros().toPlainString();
  }

  static int parseInt(String s, int dflt) {
    if (s == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }
}
