package org.gkml.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {

  @Test
  void quotesExactlyTheTextsThatWouldStartAFormula() {
    assertEquals("'=1+2", FormulaGuard.neutralize("=1+2"));
    assertEquals("'+86 123", FormulaGuard.neutralize("+86 123"));
    assertEquals("'-", FormulaGuard.neutralize("-"));
    assertEquals("'@SUM(A1)", FormulaGuard.neutralize("@SUM(A1)"));
    assertEquals("'\tx", FormulaGuard.neutralize("\tx"));
    assertEquals("'\rx", FormulaGuard.neutralize("\rx"));
    assertEquals("''=x", FormulaGuard.neutralize("'=x"), "a quote already there is kept");
    assertEquals("'x", FormulaGuard.neutralize("'x"));
    assertEquals("a=b", FormulaGuard.neutralize("a=b"));
    assertEquals("", FormulaGuard.neutralize(""));
  }

  @Test
  void restoreUndoesNeutralizeForEveryText() {
    for (String s : List.of("=1+2", "'=1+2", "''=1+2", "'", "''", "'x", "x", "", "-", "'-", "@", "\t", "'\r", "《=》",
        "=", "'''@a")) {
      assertEquals(s, FormulaGuard.restore(FormulaGuard.neutralize(s)), s);
    }
    assertEquals("'x", FormulaGuard.restore("'x"), "a quote before ordinary text is the text's own");
  }
}
