package org.gkml.export;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Re-packs a workbook written by POI so that every zip entry carries its sizes and CRC in its local header (POI
 * streams entries with a trailing data descriptor, which exceljs' streaming reader rejects and SheetJS warns
 * about; CONTRACT.md). Entries are copied raw (no re-compression), except sheets that receive merged ranges the
 * streaming writer collected on disk: those are inflated, the ranges inserted into {@code <mergeCells>}, and
 * deflated again. Writing to a file lets the zip writer seek back and fill in each local header.
 */
final class ZipRepack {

  /** Merged ranges for one sheet: a file of {@code <mergeCell ref="B4:B9"/>} elements, and how many there are. */
  record Merges(Path file, int count) {}

  private static final byte[] END_OF_DATA = "</sheetData>".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern MERGE_CELLS = Pattern.compile("<mergeCells(?: count=\"(\\d+)\")?>");

  private ZipRepack() {}

  static void repack(Path source, Path target, Map<String, Merges> merges) throws IOException {
    try (ZipFile in = ZipFile.builder().setPath(source).get();
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
      // Zip64 only when a sheet may pass 4 GB: otherwise its local header would carry a needless Zip64 field.
      long largest = 0;
      for (ZipArchiveEntry e : java.util.Collections.list(in.getEntries())) {
        Merges m = merges.get(e.getName());
        largest = Math.max(largest, e.getSize() + (m == null ? 0 : Files.size(m.file()) + 64));
      }
      out.setUseZip64(largest < 0xF000_0000L ? Zip64Mode.Never : Zip64Mode.AsNeeded);
      Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry e = entries.nextElement();
        Merges m = merges.get(e.getName());
        ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
        copy.setMethod(ZipEntry.DEFLATED);
        out.putArchiveEntry(copy);
        try (InputStream data = new BufferedInputStream(in.getInputStream(e), 1 << 16)) {
          if (m == null || m.count() == 0) {
            data.transferTo(out);
          } else {
            withMerges(data, out, m);
          }
        }
        out.closeArchiveEntry();
      }
      out.finish();
    }
  }

  /** Copies sheet XML up to {@code </sheetData>}, then the (small) rest with the extra merged ranges inserted. */
  static void withMerges(InputStream xml, OutputStream out, Merges m) throws IOException {
    byte[] buf = new byte[1 << 16];
    int matched = 0;
    int n;
    boolean found = false;
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    while ((n = xml.read(buf)) > 0) {
      if (found) {
        tail.write(buf, 0, n);
        continue;
      }
      int i = 0;
      for (; i < n; i++) {
        byte b = buf[i];
        if (b == END_OF_DATA[matched]) {
          if (++matched == END_OF_DATA.length) {
            found = true;
            i++;
            break;
          }
        } else {
          matched = b == END_OF_DATA[0] ? 1 : 0; // '<' occurs only first in the pattern
        }
      }
      out.write(buf, 0, i);
      if (found) {
        tail.write(buf, i, n - i);
      }
    }
    if (!found) {
      throw new IOException("sheet XML without </sheetData>");
    }
    String rest = tail.toString(StandardCharsets.UTF_8);
    Matcher mc = MERGE_CELLS.matcher(rest);
    String before;
    String after;
    if (mc.find()) {
      int existing = mc.group(1) == null ? countMerges(rest) : Integer.parseInt(mc.group(1));
      int close = rest.indexOf("</mergeCells>", mc.end());
      before = rest.substring(0, mc.start()) + "<mergeCells count=\"" + (existing + m.count()) + "\">"
          + rest.substring(mc.end(), close);
      after = rest.substring(close);
    } else {
      before = "<mergeCells count=\"" + m.count() + "\">";
      after = "</mergeCells>" + rest;
    }
    out.write(before.getBytes(StandardCharsets.UTF_8));
    try (InputStream spilled = Files.newInputStream(m.file())) {
      spilled.transferTo(out);
    }
    out.write(after.getBytes(StandardCharsets.UTF_8));
  }

  private static int countMerges(String xml) {
    int count = 0;
    for (int i = xml.indexOf("<mergeCell "); i >= 0; i = xml.indexOf("<mergeCell ", i + 1)) {
      count++;
    }
    return count;
  }
}
