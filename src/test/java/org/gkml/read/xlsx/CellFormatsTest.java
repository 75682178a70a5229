package org.gkml.read.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellFormatsTest {

  private final CellFormats general = readNone();

  private static CellFormats readNone() {
    try {
      return CellFormats.read(null);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Excel's General format: whole numbers without ".0", the rest as short as they are exact. */
  private static String expected(String raw) {
    double v = Double.parseDouble(raw);
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new java.math.BigDecimal(raw).stripTrailingZeros().toPlainString();
  }

  @Test
  void integersTakeTheShortWayAndComeOutTheSame() {
    for (String raw : List.of("0", "7", "42", "007", "00", "1.0", "1.50", "-3", "123456789012345", "1234567890123456",
        "1E3", "2.5E-3", "45296", "0.1")) {
      assertEquals(expected(raw), general.format(raw, -1), raw);
    }
    Random r = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      String raw = Long.toString(Math.abs(r.nextLong()) % (long) Math.pow(10, 1 + r.nextInt(17)));
      assertEquals(expected(raw), general.format(raw, -1), raw);
    }
    assertEquals("abc", general.format("abc", -1)); // not a number: as written
  }
}
