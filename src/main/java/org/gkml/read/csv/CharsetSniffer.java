package org.gkml.read.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how a CSV's bytes are encoded. A byte-order mark wins; otherwise strict UTF-8 is tried (over the file's
 * start: see {@link #UTF8_EVIDENCE}), then GB18030 (which contains GBK and GB2312, the encodings Chinese office
 * software exports). The result names GBK when no four-byte GB18030 sequence occurs, since that is what the office saved.
 */
public final class CharsetSniffer {

  public static final Charset GB18030 = Charset.forName("GB18030");

  /** The encoding found, how many bytes of BOM to skip, and the name reports show. */
  public record Detected(Charset charset, int bomLength, String name) {}

  /** The bytes are in no encoding gkml reads: the 1-based line and byte offset of the first bad byte. */
  public static final class Undecodable extends Exception {
    private final long line;

    Undecodable(long line) {
      super("undecodable at line " + line);
      this.line = line;
    }

    public long line() {
      return line;
    }
  }

  private CharsetSniffer() {}

  public static Detected detect(Path file) throws IOException, Undecodable {
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 4);
    }
    if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
    }
    if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
    }
    if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
    }
    if (isStrictUtf8(file)) {
      return new Detected(StandardCharsets.UTF_8, 0, "UTF-8");
    }
    boolean fourByte = checkGb18030(file);
    return new Detected(GB18030, 0, fourByte ? "GB18030" : "GBK");
  }

  /**
   * Bytes of text past the first non-ASCII byte that settle UTF-8: Chinese text in GBK is not well-formed UTF-8
   * for more than a few bytes together, so 256 KiB of it is proof enough, and a big file is not read twice. The
   * reader decodes strictly, so a bad byte further on still stops the file with its line.
   */
  static final long UTF8_EVIDENCE = 256 * 1024;

  /**
   * A byte scan for well-formed UTF-8 (no overlongs, no surrogates), much cheaper than decoding; yes after
   * {@link #UTF8_EVIDENCE} bytes past the first non-ASCII byte.
   */
  static boolean isStrictUtf8(Path file) throws IOException {
    boolean nonAscii = false;
    long seen = 0; // bytes scanned in the buffers since the one holding the first non-ASCII byte
    byte[] buf = new byte[1 << 16];
    int need = 0; // continuation bytes still expected
    int lowerBound = 0x80;
    int upperBound = 0xBF;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        if (seen >= UTF8_EVIDENCE) {
          return true; // a sequence cut at the end of the evidence was well-formed so far
        }
        for (int i = 0; i < n; i++) {
          int b = buf[i] & 0xff;
          if (need == 0) {
            if (b < 0x80) {
              continue;
            }
            nonAscii = true;
            if (b >= 0xC2 && b <= 0xDF) {
              need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
              need = 2;
              lowerBound = b == 0xE0 ? 0xA0 : 0x80;
              upperBound = b == 0xED ? 0x9F : 0xBF;
              continue;
            } else if (b >= 0xF0 && b <= 0xF4) {
              need = 3;
              lowerBound = b == 0xF0 ? 0x90 : 0x80;
              upperBound = b == 0xF4 ? 0x8F : 0xBF;
              continue;
            } else {
              return false;
            }
            lowerBound = 0x80;
            upperBound = 0xBF;
          } else {
            if (b < lowerBound || b > upperBound) {
              return false;
            }
            lowerBound = 0x80;
            upperBound = 0xBF;
            need--;
          }
        }
        if (nonAscii) {
          seen += n;
        }
      }
    }
    return need == 0;
  }

  /** Decodes the whole file as GB18030, strictly; true if a four-byte sequence occurred. */
  static boolean checkGb18030(Path file) throws IOException, Undecodable {
    Decoded d = decode(file, GB18030, 0);
    if (d.badLine() > 0) {
      throw new Undecodable(d.badLine());
    }
    return d.fourByte();
  }

  /**
   * The 1-based line holding the first byte that {@code charset} cannot decode (after {@code skip} bytes of BOM), or
   * -1 when the whole file decodes. For the error message only: the reader, which reads ahead, knows just roughly.
   */
  public static long firstUndecodableLine(Path file, Charset charset, int skip) throws IOException {
    return decode(file, charset, skip).badLine();
  }

  /**
   * What a strict decode of a whole file found: the first bad line (or -1), and whether a GB18030 four-byte sequence
   * (a lead byte from 0x81 followed by a digit byte) occurred before it.
   */
  private record Decoded(long badLine, boolean fourByte) {}

  private static Decoded decode(Path file, Charset charset, int skip) throws IOException {
    CharsetDecoder dec = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long line = 1;
    boolean fourByte = false;
    int prevLead = -1;
    try (InputStream stream = Files.newInputStream(file)) {
      stream.skipNBytes(skip);
      boolean eof = false;
      while (!eof) {
        int n = stream.read(in.array(), in.position(), in.remaining());
        if (n < 0) {
          eof = true;
        } else {
          for (int i = in.position(); i < in.position() + n; i++) {
            int b = in.array()[i] & 0xff;
            if (prevLead >= 0x81 && b >= 0x30 && b <= 0x39) {
              fourByte = true;
            }
            prevLead = prevLead >= 0x81 ? -1 : b;
          }
          in.position(in.position() + n);
        }
        in.flip();
        CoderResult r = dec.decode(in, out, eof);
        line += countLines(out);
        if (r.isError()) {
          return new Decoded(line, fourByte);
        }
        out.clear();
        in.compact();
      }
      out.clear();
      return new Decoded(dec.flush(out).isError() ? line : -1, fourByte);
    }
  }

  private static long countLines(CharBuffer out) {
    long lines = 0;
    for (int i = 0; i < out.position(); i++) {
      if (out.get(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
