package org.gkml.read.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.input.ReaderInputStream;

/**
 * Hands {@link XmlBytes} UTF-8. Every producer we know writes workbook XML in UTF-8, but XML allows UTF-16 (a byte
 * order mark, or {@code <?xml} in two-byte units) and any declared encoding: such a part is transcoded on the fly.
 */
final class XmlEncoding {

  private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  private XmlEncoding() {}

  /** The part's bytes as UTF-8, without a byte order mark. */
  static InputStream utf8(InputStream raw) throws IOException {
    BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 1 << 16);
    in.mark(512);
    byte[] head = in.readNBytes(512);
    in.reset();
    int n = head.length;
    Charset charset;
    int bom = 0;
    if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (n >= 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
      charset = StandardCharsets.UTF_16LE;
    } else if (n >= 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?') {
      charset = StandardCharsets.UTF_16BE;
    } else {
      charset = declared(new String(head, StandardCharsets.ISO_8859_1));
    }
    in.skipNBytes(bom);
    if (charset.equals(StandardCharsets.UTF_8)) {
      return in;
    }
    return ReaderInputStream.builder()
        .setReader(new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)))
        .setCharset(StandardCharsets.UTF_8)
        .setBufferSize(1 << 14)
        .get();
  }

  private static Charset declared(String head) {
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = m.group(1);
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.equals("UTF-8") || upper.equals("UTF8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8; // as StAX did: a name nobody knows is read as UTF-8, and checked as such
    }
  }
}
