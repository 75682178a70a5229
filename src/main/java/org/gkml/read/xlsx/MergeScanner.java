package org.gkml.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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
