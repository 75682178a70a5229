package org.gkml.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.RandomAccess;
import javax.xml.stream.XMLStreamException;

/**
 * The shared-string table of a workbook: rich-text runs joined, phonetic guides (rPh) left out.
 *
 * <p>Held compactly, as the JDK holds a String's contents but without an object per string: the strings' chars
 * one after another in 1 MiB byte chunks (one byte per char when all its chars are Latin-1, two otherwise) and an
 * int position each. Chunks, not one growing array: growing by copying needs the old and the new array at once,
 * which was the peak. A 权责清单 of a million rows has over two million distinct strings (codes and names); as String objects
 * their headers alone took about 90 MiB and the table nearly filled a 256 MiB heap. A string is rebuilt when a
 * cell asks for it; the strings asked for last are kept (one slot per index modulo {@link #RECENT}), so cells that
 * repeat a value share one String.
 */
final class SharedStrings extends AbstractList<String> implements RandomAccess {

  private static final int RECENT = 4096;
  /** A chunk holds 1 MiB; a cell holds at most 32,767 chars (64 KiB), so a string always fits in one. */
  private static final int CHUNK_BITS = 20;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private byte[][] chunks = new byte[16][];
  /** Bytes used in each chunk. */
  private int[] chunkUsed = new int[16];
  private int chunkCount;
  /** starts[i] = chunk << CHUNK_BITS | offset of string i; it ends where string i+1 begins or at its chunk's end. */
  private int[] starts = new int[1024];
  private int count;
  /** Strings stored two bytes per char (UTF-16LE). */
  private final BitSet wide = new BitSet();
  private final String[] recent = new String[RECENT];
  private final int[] recentIndex = new int[RECENT];
  /**
   * Strings asked for more than once (owners, deadlines, bases, channel cells) keep one String for good, up to
   * {@link #MAX_REPEATED}: the rules remember their analyses by text, and finding the very same String there is
   * an identity check, where a String rebuilt after its slot in {@link #recent} was taken is compared char by char.
   */
  private final HashMap<Integer, String> repeated = new HashMap<>();
  private final BitSet askedFor = new BitSet();
  private static final int MAX_REPEATED = 1 << 16;

  private SharedStrings() {
    Arrays.fill(recentIndex, -1);
  }

  static SharedStrings read(InputStream in) throws XMLStreamException, IOException {
    SharedStrings strings = new SharedStrings();
    if (in == null) {
      return strings;
    }
    XmlBytes x = new XmlBytes(XmlEncoding.utf8(in), "si", "t", "rPh");
    // Most items are one <t>: its String is kept as it is; runs of rich text are joined.
    String first = null;
    StringBuilder runs = new StringBuilder();
    boolean inSi = false;
    int phonetic = 0;
    int ev;
    while ((ev = x.next()) != XmlBytes.EOF) {
      int id = x.nameId();
      if (ev == XmlBytes.START) {
        if (id == 0) {
          inSi = true;
          first = null;
          runs.setLength(0);
        } else if (id == 2) {
          phonetic++;
        } else if (id == 1 && inSi && phonetic == 0) {
          x.readText();
          String t = x.textString();
          if (first == null) {
            first = t;
          } else {
            if (runs.length() == 0) {
              runs.append(first);
            }
            runs.append(t);
          }
        }
      } else if (id == 0) {
        String text = runs.length() > 0 ? runs.toString() : first == null ? "" : first;
        strings.append(Xml.decodeEscapes(text));
        inSi = false;
      } else if (id == 2) {
        phonetic--;
      }
    }
    return strings;
  }

  private void append(String s) {
    int n = s.length();
    boolean latin1 = true;
    for (int i = 0; i < n && latin1; i++) {
      latin1 = s.charAt(i) <= 0xff;
    }
    int bytes = latin1 ? n : 2 * n;
    // Offsets within a chunk stay below CHUNK; a longer string (only a malformed file has one) gets a chunk alone.
    if (chunkCount == 0 || chunkUsed[chunkCount - 1] + bytes > Math.min(chunks[chunkCount - 1].length, CHUNK)) {
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, chunkCount * 2);
        chunkUsed = Arrays.copyOf(chunkUsed, chunkCount * 2);
      }
      if (chunkCount >= 1 << (31 - CHUNK_BITS)) {
        throw new IllegalStateException("shared strings over 2 GB");
      }
      // A small table gets a small first chunk; the rest are full-sized.
      int size = chunkCount == 0 ? Math.max(bytes, 1 << 14) : Math.max(bytes, CHUNK);
      chunks[chunkCount] = new byte[size];
      chunkCount++;
    }
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1));
    }
    int c = chunkCount - 1;
    byte[] data = chunks[c];
    int used = chunkUsed[c];
    starts[count] = c << CHUNK_BITS | used;
    if (latin1) {
      for (int i = 0; i < n; i++) {
        data[used++] = (byte) s.charAt(i);
      }
    } else {
      wide.set(count);
      for (int i = 0; i < n; i++) {
        char ch = s.charAt(i);
        data[used++] = (byte) ch;
        data[used++] = (byte) (ch >> 8);
      }
    }
    chunkUsed[c] = used;
    count++;
  }

  @Override
  public int size() {
    return count;
  }

  @Override
  public String get(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException(i);
    }
    int slot = i & (RECENT - 1);
    if (recentIndex[slot] == i) {
      return recent[slot];
    }
    String kept = repeated.get(i);
    if (kept != null) {
      recent[slot] = kept;
      recentIndex[slot] = i;
      return kept;
    }
    int chunk = starts[i] >>> CHUNK_BITS;
    int start = starts[i] & (CHUNK - 1);
    int end = i + 1 < count && starts[i + 1] >>> CHUNK_BITS == chunk ? starts[i + 1] & (CHUNK - 1) : chunkUsed[chunk];
    byte[] data = chunks[chunk];
    String s;
    if (!wide.get(i)) {
      s = new String(data, start, end - start, StandardCharsets.ISO_8859_1);
    } else {
      char[] chars = new char[(end - start) / 2];
      for (int k = 0, p = start; k < chars.length; k++, p += 2) {
        chars[k] = (char) ((data[p] & 0xff) | (data[p + 1] & 0xff) << 8);
      }
      s = new String(chars);
    }
    recent[slot] = s;
    recentIndex[slot] = i;
    if (askedFor.get(i)) {
      if (repeated.size() < MAX_REPEATED) {
        repeated.put(i, s);
      }
    } else {
      askedFor.set(i);
    }
    return s;
  }
}
