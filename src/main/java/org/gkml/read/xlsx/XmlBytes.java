package org.gkml.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.xml.stream.XMLStreamException;

/**
 * A pull parser for the XML of workbook parts (sheets, shared strings), reading UTF-8 bytes directly.
 *
 * <p>Why not StAX: a sheet of a million rows has twelve million cells, and a general parser makes Strings for
 * every element name and attribute value; this one compares bytes in its buffer and builds a String only for text
 * a caller asks for. A shared-string index or a style number never becomes a String at all. It measured about
 * three times faster than Aalto StAX on the sheet of a 1M-row catalog (src/docs/performance.md).
 *
 * <p>It checks what a reader must not get wrong: tags are well-formed and nested (an end tag names the element it
 * closes), entities and character references are decoded (only the five predefined entities exist, as there is no
 * DTD: a DOCTYPE is refused), CDATA is text, line ends in text become {@code \n} as XML requires, attribute
 * whitespace becomes spaces, and text is strict UTF-8 without XML's forbidden control characters. Namespaces are
 * not resolved: an element is known by its local name ({@code x:row} is a row), as the StAX code did.
 * Comments and processing instructions are skipped. Input in another encoding is transcoded by the caller
 * ({@link XmlEncoding}).
 */
final class XmlBytes {

  static final int START = 1;
  static final int END = 2;
  static final int EOF = -1;

  /** A start tag (with its attributes) longer than this is refused, not buffered without end. */
  private static final int MAX_TAG = 1 << 20;
  /** Element text longer than this is refused (a cell holds at most 32,767 chars). */
  private static final int MAX_TEXT = 1 << 24;
  /**
   * A name is keyed by its bytes as digits in base 257, which is exact up to seven bytes: such names (every name
   * in a sheet's hot path) are compared as one long. Longer open names are kept as bytes too.
   */
  private static final int KEY_BYTES = 7;

  private final InputStream in;
  private final long[] nameKeys;
  private final int[] nameLengths;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  /** Bytes of the input before buf[0]: for the offset in messages. */
  private long base;
  private boolean eof;

  private int nameId = -1;
  /** The current start tag closed itself ({@code <c/>}): the next call returns its END. */
  private boolean pendingEnd;

  /**
   * Per attribute of the current start tag, five ints: its unprefixed name's start and end in buf (empty for a
   * prefixed name such as xml:space, which is never asked for), its value's start and end, and 1 if the value's
   * bytes are the value (ASCII without entities or whitespace to normalise). Valid until the next call that reads.
   */
  private int[] attrs = new int[40];
  private int attrCount;

  private long[] openKey = new long[16];
  private int[] openLength = new int[16];
  /** Open names longer than KEY_BYTES, one after another; openBytesStart[d] is where depth d's name begins. */
  private byte[] openBytes = new byte[256];
  private int[] openBytesStart = new int[16];
  private int openBytesUsed;
  private int depth;

  private byte[] text = new byte[256];
  private int textLength;
  private boolean textAscii;
  private CharsetDecoder utf8;

  /** {@code localNames}: the element names the caller tells apart; {@link #nameId()} is an index into it or -1. */
  XmlBytes(InputStream in, String... localNames) {
    this.in = in;
    nameKeys = new long[localNames.length];
    nameLengths = new int[localNames.length];
    for (int i = 0; i < localNames.length; i++) {
      byte[] n = localNames[i].getBytes(StandardCharsets.US_ASCII);
      if (n.length > KEY_BYTES) {
        throw new IllegalArgumentException(localNames[i]);
      }
      long key = 0;
      for (byte c : n) {
        key = key * 257 + (c & 0xff);
      }
      nameKeys[i] = key;
      nameLengths[i] = n.length;
    }
  }

  /** The next START or END of an element, or EOF; text between tags that nobody asked for is skipped. */
  int next() throws XMLStreamException {
    if (pendingEnd) {
      pendingEnd = false;
      pop();
      return END;
    }
    while (true) {
      int p = pos;
      byte[] b = buf;
      int lim = limit;
      while (p < lim && b[p] != '<') {
        p++;
      }
      pos = p;
      if (p == lim) {
        if (!fill()) {
          if (depth > 0) {
            throw endsInside();
          }
          return EOF;
        }
        continue;
      }
      if (lim - p < 2 && !ensure(2)) {
        throw error("the file ends inside a tag");
      }
      byte n = buf[pos + 1];
      if (n == '/') {
        if (endTag()) {
          return END;
        }
        more();
      } else if (n == '?') {
        skipPast("?>");
      } else if (n == '!') {
        declaration();
      } else if (startTag()) {
        return START;
      } else {
        more();
      }
    }
  }

  /** Index of the current element's local name among the names given to the constructor, or -1. */
  int nameId() {
    return nameId;
  }

  /** Index of the unprefixed attribute {@code localName} of the current start tag, or -1. */
  int attribute(byte[] localName) {
    int n = localName.length;
    for (int i = 0, a = 0; i < attrCount; i++, a += 5) {
      int s = attrs[a];
      if (attrs[a + 1] - s == n && same(buf, s, localName, n)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean same(byte[] b, int at, byte[] name, int n) {
    for (int k = 0; k < n; k++) {
      if (b[at + k] != name[k]) {
        return false;
      }
    }
    return true;
  }

  /** True if attribute {@code i}'s bytes are its value (ASCII, nothing to decode or normalise). */
  boolean plain(int i) {
    return attrs[5 * i + 4] != 0;
  }

  int valueStart(int i) {
    return attrs[5 * i + 2];
  }

  int valueEnd(int i) {
    return attrs[5 * i + 3];
  }

  /** The byte at {@code p} of the buffer (between {@link #valueStart} and {@link #valueEnd}). */
  byte at(int p) {
    return buf[p];
  }

  /** The decoded value of attribute {@code i}. */
  String value(int i) throws XMLStreamException {
    textLength = 0;
    textAscii = true;
    int p = valueStart(i);
    int e = valueEnd(i);
    while (p < e) {
      byte c = buf[p];
      if (c == '&') {
        p = entity(buf, p, e);
      } else {
        if (c == '\t' || c == '\n' || c == '\r') {
          // Attribute-value normalisation; a CR LF pair is one line end, so one space.
          if (c == '\r' && p + 1 < e && buf[p + 1] == '\n') {
            p++;
          }
          c = ' ';
        } else if (c < 0) {
          textAscii = false;
        } else if (c < 0x20) {
          throw error("a control character (" + c + ") in an attribute value");
        }
        append(c);
        p++;
      }
    }
    return textString();
  }

  /**
   * Reads the text of the current element up to its end tag, which is consumed (as StAX's getElementText):
   * afterwards {@link #textDigits()} and {@link #textString()} give it. A child element is an error.
   */
  void readText() throws XMLStreamException {
    textLength = 0;
    textAscii = true;
    if (pendingEnd) {
      pendingEnd = false;
      pop();
      return;
    }
    while (true) {
      byte[] b = buf;
      int p = pos;
      int lim = limit;
      int start = p;
      boolean ascii = true;
      while (p < lim) {
        byte c = b[p];
        if (c == '<' || c == '&') {
          break;
        }
        if (c < 0x20) {
          if (c < 0) {
            ascii = false;
          } else if (c != '\t' && c != '\n') {
            break; // a CR to normalise, or a control character
          }
        }
        p++;
      }
      if (p > start) {
        appendRange(b, start, p);
        if (!ascii) {
          textAscii = false;
        }
      }
      pos = p;
      if (p == lim) {
        if (!fill()) {
          throw endsInside();
        }
        continue;
      }
      byte c = b[p];
      if (c == '<') {
        if (lim - p < 2 && !ensure(2)) {
          throw endsInside();
        }
        byte n = buf[pos + 1];
        if (n == '/') {
          if (endTag()) {
            return;
          }
          more();
        } else if (n == '!' && startsWith("<![CDATA[")) {
          cdata();
        } else if (n == '!' || n == '?') {
          if (n == '?') {
            skipPast("?>");
          } else {
            declaration(); // a comment inside the text: skipped
          }
        } else {
          throw error("an element inside <" + openName(depth - 1) + ">, where only text may stand");
        }
      } else if (c == '&') {
        if (!ensureEntity()) {
          throw error("the file ends inside an entity");
        }
        pos = entity(buf, pos, limit);
      } else if (c == '\r') {
        if (lim - p < 2) {
          ensure(2);
        }
        if (pos + 1 < limit && buf[pos + 1] == '\n') {
          pos++;
        }
        append((byte) '\n');
        pos++;
      } else {
        throw error("a control character (" + c + ") in the text");
      }
    }
  }

  /** The text read last as a number, when it is 1 to 9 ASCII digits and nothing else; else -1. */
  int textDigits() {
    int n = textLength;
    if (n == 0 || n > 9) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < n; i++) {
      int d = text[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** The text read last (by {@link #readText} or {@link #value}); strict UTF-8. */
  String textString() throws XMLStreamException {
    if (textAscii) {
      return new String(text, 0, textLength, StandardCharsets.ISO_8859_1);
    }
    if (utf8 == null) {
      utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
    try {
      CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(text, 0, textLength));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw error("bytes that are not UTF-8");
    }
  }

  /** {@code <!…} outside text: a comment is skipped; a DOCTYPE (or anything else) is refused. */
  private void declaration() throws XMLStreamException {
    if (startsWith("<!--")) {
      skipPast("-->");
    } else if (startsWith("<![CDATA[")) {
      if (depth == 0) {
        throw error("CDATA outside the root element");
      }
      skipPast("]]>"); // text nobody asked for
    } else {
      // A DOCTYPE could declare entities; a workbook part has none, and none from an outside file may be read.
      throw error("a DOCTYPE or declaration (<!), which workbook XML never has");
    }
  }

  /**
   * Parses the start tag at pos, if the buffer holds all of it (else false: the caller reads more and asks again).
   */
  private boolean startTag() throws XMLStreamException {
    byte[] b = buf;
    int lim = limit;
    int nameStart = pos + 1;
    int p = scanName(nameStart);
    if (p < 0) {
      return false;
    }
    long key = scannedKey;
    long localKey = scannedLocalKey;
    int local = scannedLocal;
    byte c = b[p];
    int nameEnd = p;
    if (nameEnd == nameStart || !isNameStart(b[nameStart])) {
      throw error("a tag without a valid name");
    }
    int n = 0;
    boolean selfClosing = false;
    while (true) {
      while (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        if (++p >= lim) {
          return false;
        }
        c = b[p];
      }
      if (c == '>') {
        break;
      }
      if (c == '/') {
        if (p + 1 >= lim) {
          return false;
        }
        if (b[p + 1] != '>') {
          throw error("'/' inside a tag");
        }
        selfClosing = true;
        p++;
        break;
      }
      int an = p;
      int al = p;
      while (c != '=' && c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '>' && c != '/') {
        if (c == ':') {
          al = p + 1;
        }
        if (++p >= lim) {
          return false;
        }
        c = b[p];
      }
      int anEnd = p;
      while (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        if (++p >= lim) {
          return false;
        }
        c = b[p];
      }
      if (anEnd == an || c != '=') {
        throw error("an attribute without a value");
      }
      do {
        if (++p >= lim) {
          return false;
        }
        c = b[p];
      } while (c == ' ' || c == '\n' || c == '\t' || c == '\r');
      byte quote = c;
      if (quote != '"' && quote != '\'') {
        throw error("an attribute value without quotes");
      }
      int vs = p + 1;
      int plain = 1;
      while (true) {
        if (++p >= lim) {
          return false;
        }
        c = b[p];
        if (c == quote) {
          break;
        }
        if (c == '<') {
          throw error("'<' inside an attribute value");
        }
        if (c == '&' || c < 0x20) {
          plain = 0; // an entity, whitespace to normalise, or a non-ASCII byte
        }
      }
      int a = 5 * n++;
      if (a + 5 > attrs.length) {
        attrs = Arrays.copyOf(attrs, attrs.length * 2);
      }
      attrs[a] = an;
      attrs[a + 1] = al == an ? anEnd : an;
      attrs[a + 2] = vs;
      attrs[a + 3] = p;
      attrs[a + 4] = plain;
      if (++p >= lim) {
        return false;
      }
      c = b[p];
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '>' && c != '/') {
        throw error("attributes without a space between them");
      }
    }
    attrCount = n;
    push(key, nameEnd - nameStart, b, nameStart);
    nameId = identify(localKey, nameEnd - local);
    pendingEnd = selfClosing;
    pos = p + 1;
    return true;
  }

  /** What {@link #scanName} found besides the name's end: its key, its local part's key and start. */
  private long scannedKey;
  private long scannedLocalKey;
  private int scannedLocal;

  /**
   * Reads a tag's name from {@code p} up to '>', '/' or a blank, keying it (see {@link #KEY_BYTES}) as it goes;
   * returns where it stops, or -1 when the buffer ends first.
   */
  private int scanName(int p) {
    byte[] b = buf;
    int lim = limit;
    int local = p;
    long key = 0;
    long localKey = 0;
    while (true) {
      if (p >= lim) {
        return -1;
      }
      byte c = b[p];
      if (c == '>' || c == '/' || c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        break;
      }
      if (c == ':') {
        local = p + 1;
        localKey = 0;
      } else {
        localKey = localKey * 257 + (c & 0xff);
      }
      key = key * 257 + (c & 0xff);
      p++;
    }
    scannedKey = key;
    scannedLocalKey = localKey;
    scannedLocal = local;
    return p;
  }

  /** Parses the end tag at pos, if the buffer holds all of it (else false, as {@link #startTag}). */
  private boolean endTag() throws XMLStreamException {
    byte[] b = buf;
    int lim = limit;
    int nameStart = pos + 2;
    int p = scanName(nameStart);
    if (p < 0) {
      return false;
    }
    long key = scannedKey;
    long localKey = scannedLocalKey;
    int local = scannedLocal;
    byte c = b[p];
    int nameEnd = p;
    while (c != '>') {
      if (++p >= lim) {
        return false;
      }
      c = b[p];
      if (c != '>' && c != ' ' && c != '\n' && c != '\t' && c != '\r') {
        throw error("a malformed end tag");
      }
    }
    int len = nameEnd - nameStart;
    if (len == 0) {
      throw error("a malformed end tag");
    }
    if (depth == 0) {
      throw error("an end tag without its start tag");
    }
    int d = depth - 1;
    if (openKey[d] != key || openLength[d] != len
        || len > KEY_BYTES && !Arrays.equals(openBytes, openBytesStart[d], openBytesStart[d] + len, b, nameStart,
            nameEnd)) {
      throw error("</" + new String(b, nameStart, len, StandardCharsets.UTF_8) + "> closes <" + openName(d) + ">");
    }
    pop();
    nameId = identify(localKey, nameEnd - local);
    pos = p + 1;
    return true;
  }

  /** The tag at pos runs past the buffer: reads more (the buffer grows for a long tag), or fails at the end. */
  private void more() throws XMLStreamException {
    if (limit - pos >= MAX_TAG) {
      throw error("a tag longer than " + MAX_TAG + " bytes");
    }
    if (!fill()) {
      throw error("the file ends inside a tag");
    }
  }

  private void push(long key, int len, byte[] b, int from) {
    if (depth == openKey.length) {
      openKey = Arrays.copyOf(openKey, depth * 2);
      openLength = Arrays.copyOf(openLength, depth * 2);
      openBytesStart = Arrays.copyOf(openBytesStart, depth * 2);
    }
    openKey[depth] = key;
    openLength[depth] = len;
    if (len > KEY_BYTES) {
      if (openBytesUsed + len > openBytes.length) {
        openBytes = Arrays.copyOf(openBytes, Math.max(openBytes.length * 2, openBytesUsed + len));
      }
      System.arraycopy(b, from, openBytes, openBytesUsed, len);
      openBytesStart[depth] = openBytesUsed;
      openBytesUsed += len;
    }
    depth++;
  }

  private void pop() {
    depth--;
    if (openLength[depth] > KEY_BYTES) {
      openBytesUsed -= openLength[depth];
    }
  }

  private int identify(long localKey, int len) {
    long[] keys = nameKeys;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == localKey && nameLengths[i] == len) {
        return i;
      }
    }
    return -1;
  }

  /** Open element {@code d}'s name, for messages (a short one is spelled back from its key). */
  private String openName(int d) {
    int len = openLength[d];
    if (len > KEY_BYTES) {
      return new String(openBytes, openBytesStart[d], len, StandardCharsets.UTF_8);
    }
    byte[] name = new byte[len];
    long key = openKey[d];
    for (int i = len - 1; i >= 0; i--) {
      name[i] = (byte) (key % 257);
      key /= 257;
    }
    return new String(name, StandardCharsets.UTF_8);
  }

  private XMLStreamException endsInside() {
    return error("the file ends inside <" + openName(depth - 1) + ">");
  }

  private void cdata() throws XMLStreamException {
    pos += 9;
    while (true) {
      if (limit - pos < 3 && !ensure(3)) {
        throw error("the file ends inside CDATA");
      }
      byte c = buf[pos];
      if (c == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
        pos += 3;
        return;
      }
      if (c == '\r') {
        if (buf[pos + 1] == '\n') {
          pos++;
        }
        c = '\n';
      } else if (c < 0) {
        textAscii = false;
      } else if (c < 0x20 && c != '\t' && c != '\n') {
        throw error("a control character (" + c + ") in CDATA");
      }
      append(c);
      pos++;
    }
  }

  private boolean startsWith(String s) throws XMLStreamException {
    int n = s.length();
    if (limit - pos < n && !ensure(n)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (buf[pos + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void skipPast(String terminator) throws XMLStreamException {
    int n = terminator.length();
    pos += 2;
    while (true) {
      if (limit - pos < n && !ensure(n)) {
        throw error("the file ends inside a comment or instruction");
      }
      boolean match = true;
      for (int i = 0; i < n && match; i++) {
        match = buf[pos + i] == terminator.charAt(i);
      }
      if (match) {
        pos += n;
        return;
      }
      pos++;
    }
  }

  /** An entity has at most 10 bytes ({@code &#x10FFFF;}); makes sure they are in the buffer, if the file has them. */
  private boolean ensureEntity() throws XMLStreamException {
    if (limit - pos >= 12) {
      return true;
    }
    ensure(12);
    return limit - pos >= 2;
  }

  /** Decodes the entity at {@code p} into the text; returns the position after its ';'. */
  private int entity(byte[] b, int p, int end) throws XMLStreamException {
    int semi = -1;
    for (int k = p + 1; k < end && k < p + 12; k++) {
      if (b[k] == ';') {
        semi = k;
        break;
      }
    }
    if (semi < 0) {
      throw error("'&' that starts no entity (write &amp;)");
    }
    int len = semi - p - 1;
    if (len >= 2 && b[p + 1] == '#') {
      int cp = 0;
      boolean hex = b[p + 2] == 'x';
      int from = hex ? p + 3 : p + 2;
      if (from == semi) {
        throw error("an empty character reference");
      }
      for (int k = from; k < semi; k++) {
        int d = Character.digit(b[k], hex ? 16 : 10);
        if (d < 0) {
          throw error("a malformed character reference");
        }
        cp = cp * (hex ? 16 : 10) + d;
        if (cp > 0x10FFFF) {
          throw error("a character reference beyond Unicode");
        }
      }
      if (!(cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
          || cp >= 0x10000)) {
        throw error("a character reference to a character XML forbids (" + cp + ")");
      }
      appendCodePoint(cp);
    } else if (is(b, p + 1, semi, "lt")) {
      append((byte) '<');
    } else if (is(b, p + 1, semi, "gt")) {
      append((byte) '>');
    } else if (is(b, p + 1, semi, "amp")) {
      append((byte) '&');
    } else if (is(b, p + 1, semi, "quot")) {
      append((byte) '"');
    } else if (is(b, p + 1, semi, "apos")) {
      append((byte) '\'');
    } else {
      throw error("an undeclared entity &" + new String(b, p + 1, len, StandardCharsets.UTF_8) + ";");
    }
    return semi + 1;
  }

  private static boolean is(byte[] b, int from, int to, String name) {
    if (to - from != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (b[from + i] != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void appendCodePoint(int cp) throws XMLStreamException {
    if (cp < 0x80) {
      append((byte) cp);
      return;
    }
    textAscii = false;
    if (cp < 0x800) {
      append((byte) (0xC0 | cp >> 6));
    } else if (cp < 0x10000) {
      append((byte) (0xE0 | cp >> 12));
      append((byte) (0x80 | cp >> 6 & 0x3F));
    } else {
      append((byte) (0xF0 | cp >> 18));
      append((byte) (0x80 | cp >> 12 & 0x3F));
      append((byte) (0x80 | cp >> 6 & 0x3F));
    }
    append((byte) (0x80 | cp & 0x3F));
  }

  private void appendRange(byte[] b, int from, int to) throws XMLStreamException {
    int n = to - from;
    if (textLength + n > text.length) {
      if (textLength + n > MAX_TEXT) {
        throw error("a text longer than " + MAX_TEXT + " bytes");
      }
      text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + n));
    }
    System.arraycopy(b, from, text, textLength, n);
    textLength += n;
  }

  private void append(byte c) throws XMLStreamException {
    if (textLength == text.length) {
      if (textLength >= MAX_TEXT) {
        throw error("a text longer than " + MAX_TEXT + " bytes");
      }
      text = Arrays.copyOf(text, textLength * 2);
    }
    text[textLength++] = c;
  }

  /** Makes at least {@code n} bytes from pos available if the input has them; false at its end. */
  private boolean ensure(int n) throws XMLStreamException {
    while (limit - pos < n) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads more input, keeping the bytes from pos on (moved to the front; the buffer grows when a tag fills it).
   * False at the end of the input.
   */
  private boolean fill() throws XMLStreamException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      int keep = limit - pos;
      System.arraycopy(buf, pos, buf, 0, keep);
      base += pos;
      // attribute positions refer to the old place; they are only read before the next fill (see startTag)
      limit = keep;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    try {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
        return false;
      }
      limit += n;
      return true;
    } catch (IOException e) {
      // As StAX does: the stream's failure (a zip bomb refused while inflating, a damaged entry) reaches the
      // caller as a parse error with the cause kept, so it is told apart the same way.
      throw new XMLStreamException(e.getMessage(), e);
    }
  }

  private XMLStreamException error(String what) {
    return new XMLStreamException(what + " (byte " + (base + pos) + ")");
  }

  private static boolean isNameStart(byte c) {
    return c < 0 || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == ':';
  }
}
