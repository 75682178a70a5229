package org.gkml.read.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The shared-string table of a workbook: rich-text runs joined, phonetic guides (rPh) left out. */
final class SharedStrings {

  private SharedStrings() {}

  static List<String> read(InputStream in) throws XMLStreamException {
    List<String> strings = new ArrayList<>();
    if (in == null) {
      return strings;
    }
    XMLStreamReader x = Xml.factory().createXMLStreamReader(in);
    try {
      StringBuilder text = new StringBuilder();
      boolean inSi = false;
      int phonetic = 0;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = x.getLocalName();
          if (n.equals("si")) {
            inSi = true;
            text.setLength(0);
          } else if (n.equals("rPh")) {
            phonetic++;
          } else if (n.equals("t") && inSi && phonetic == 0) {
            text.append(x.getElementText());
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String n = x.getLocalName();
          if (n.equals("si")) {
            strings.add(Xml.decodeEscapes(text.toString()));
            inSi = false;
          } else if (n.equals("rPh")) {
            phonetic--;
          }
        }
      }
    } finally {
      x.close();
    }
    return strings;
  }
}
