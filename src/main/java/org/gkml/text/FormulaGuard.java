package org.gkml.text;

/**
 * Keeps a spreadsheet from reading a cell text as a formula (CSV injection, OWASP ASVS 1.2.10): a text that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a single quote before
 * it, so Excel, WPS and LibreOffice show it as text. {@link #restore} undoes it when gkml reads the file back.
 * A text that already starts with a quote before such a character gets one more quote, so the two are exact
 * inverses: {@code restore(neutralize(s)).equals(s)} for every {@code s}.
 */
public final class FormulaGuard {

  private FormulaGuard() {}

  /** The text as it is safe to write into a cell a spreadsheet opens. */
  public static String neutralize(String s) {
    return s != null && needsQuote(s, 0) ? "'" + s : s;
  }

  /** The text as gkml wrote it before {@link #neutralize}; any other text unchanged. */
  public static String restore(String s) {
    return s != null && s.length() > 1 && s.charAt(0) == '\'' && needsQuote(s, 1) ? s.substring(1) : s;
  }

  /** True if the text from {@code from} on would start a formula, possibly behind quotes gkml added. */
  private static boolean needsQuote(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
