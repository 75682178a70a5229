package org.gkml.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.gkml.read.CellRange;

/**
 * Finds the merged ranges of a sheet. They are listed after all the rows in the sheet XML, but the rows need them
 * first; so the sheet's bytes are scanned once, without XML parsing (inflating is several times cheaper than
 * tokenising), for {@code <mergeCell ref="B3:B7"/>}.
 */
final class MergeScanner {

  private static final byte[] TAG = "mergeCell ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] REF = "ref=\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private MergeScanner() {}

  /** The merged ranges of a workbook's sheets, found in the background or when asked for. */
  static final class Pending {
    private final List<PackagePart> parts;
    private final List<CompletableFuture<List<CellRange>>> found;

    private Pending(List<PackagePart> parts, List<CompletableFuture<List<CellRange>>> found) {
      this.parts = parts;
      this.found = found;
    }

    /** Sheet {@code i}'s ranges; waits for the background scan, or scans now. */
    List<CellRange> get(int i) throws IOException {
      if (found == null) {
        try (InputStream in = parts.get(i).getInputStream()) {
          return scan(XmlEncoding.utf8(in));
        }
      }
      try {
        return found.get(i).join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io; // the zip guards' refusals arrive as IOExceptions, as when scanning here
        }
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }
  }

  /**
   * Starts scanning {@code parts} one after another on a thread of its own ({@code background}), or leaves each to
   * be scanned when asked for. A background scan stops at the first failure; the later sheets fail the same way.
   */
  static Pending start(List<PackagePart> parts, boolean background) {
    if (!background) {
      return new Pending(parts, null);
    }
    List<CompletableFuture<List<CellRange>>> found = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      found.add(new CompletableFuture<>());
    }
    Thread t = new Thread(() -> {
      for (int i = 0; i < parts.size(); i++) {
        try (InputStream in = parts.get(i).getInputStream()) {
          found.get(i).complete(scan(XmlEncoding.utf8(in)));
        } catch (Throwable e) {
          for (int k = i; k < parts.size(); k++) {
            found.get(k).completeExceptionally(e);
          }
          return;
        }
      }
    }, "gkml-merges");
    t.setDaemon(true);
    t.start();
    return new Pending(parts, found);
  }

  static List<CellRange> scan(InputStream in) throws IOException {
    List<CellRange> ranges = new ArrayList<>();
    byte[] buf = new byte[1 << 16];
    int matched = 0; // bytes of TAG matched so far
    boolean inTag = false;
    int refMatched = 0;
    boolean inRef = false;
    StringBuilder ref = new StringBuilder();
    int n;
    while ((n = in.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        if (!inTag && matched == 0) {
          // the common case by far: skip to the next 'm' in a loop the compiler keeps tight
          while (i < n && buf[i] != 'm') {
            i++;
          }
          if (i == n) {
            break;
          }
        }
        byte b = buf[i];
        if (!inTag) {
          matched = b == TAG[matched] ? matched + 1 : (b == TAG[0] ? 1 : 0);
          if (matched == TAG.length) {
            inTag = true;
            matched = 0;
            refMatched = 0;
          }
        } else if (inRef) {
          if (b == '"') {
            CellRange r = CellRange.parse(ref.toString());
            if (r != null) {
              ranges.add(r);
            }
            ref.setLength(0);
            inRef = false;
            inTag = false;
          } else if (ref.length() < 32) {
            ref.append((char) b);
          }
        } else if (b == '>') {
          inTag = false;
        } else {
          refMatched = b == REF[refMatched] ? refMatched + 1 : (b == REF[0] ? 1 : 0);
          if (refMatched == REF.length) {
            inRef = true;
          }
        }
      }
    }
    return ranges;
  }
}
