package org.gkml.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese numerals as catalogs write them in periods and article numbers: 二十, 十五, 一百零五, 两. */
public final class ChineseNumbers {

  private ChineseNumbers() {}

  public static final String DIGITS = "零〇一二两三四五六七八九十百千";

  /** One compiled pattern per lookahead: the callers pass a handful of constants, for every row. */
  private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (DIGITS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The value of a Chinese numeral up to 9999, or -1 if the text is not one. */
  public static int parse(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    int total = 0;
    int current = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        current = d;
        continue;
      }
      int mult = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        default -> -2;
      };
      if (mult == -2) {
        return -1;
      }
      total += (current < 0 ? 1 : current) * mult;
      current = -1;
    }
    if (current > 0) {
      total += current;
    }
    return total;
  }

  private static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /** Replaces Chinese numerals followed by {@code before} (a regex lookahead) with Arabic digits. */
  public static String toArabic(String text, String before) {
    if (!hasDigit(text)) {
      return text;
    }
    Pattern p = PATTERNS.computeIfAbsent(before,
        b -> Pattern.compile("(?<![上下同本第" + DIGITS + "])[" + DIGITS + "]+(?=" + b + ")"));
    Matcher m = p.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int v = parse(m.group());
      m.appendReplacement(sb, v >= 0 ? String.valueOf(v) : m.group());
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
