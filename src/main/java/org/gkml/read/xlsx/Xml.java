package org.gkml.read.xlsx;

import javax.xml.stream.XMLInputFactory;

/** The StAX factory for workbook parts: no DTDs, no external entities (an .xlsx may come from anyone). */
final class Xml {

  private static final XMLInputFactory FACTORY = create();

  private Xml() {}

  static XMLInputFactory factory() {
    return FACTORY;
  }

  private static XMLInputFactory create() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /** Excel writes control characters as {@code _x000D_}; turns them back into characters. */
  static String decodeEscapes(String s) {
    if (s.indexOf("_x") < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
          && isHex(s, i + 2, i + 6)) {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 7;
      } else {
        sb.append(s.charAt(i++));
      }
    }
    return sb.toString();
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
