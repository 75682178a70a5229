package org.gkml.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.text.Texts;

/**
 * One citation in a 公开依据: 《title》, then optionally the promulgation number (国务院令第711号, 主席令第四十一号,
 * 民发〔2021〕57号), an article (第二十条第一款) and a level tag (【法律】). {@code start}/{@code end} delimit the
 * 《title》 in the compacted text the parser read.
 */
public record Citation(String title, String number, String article, String tag, int start, int end) {

  private static final Pattern TITLE = Pattern.compile("《([^《》]+)》");
  static final Pattern ORDER_NUMBER = Pattern.compile(
      "((?:中华人民共和国)?国务院令|国令|(?:中华人民共和国)?主席令|[\\p{IsHan}]{1,12}?部令|[\\p{IsHan}]{1,8}?局令|[\\p{IsHan}]{1,8}?委令)"
          + "第?([0-9" + ChineseNumbers.DIGITS + "]+)号");
  static final Pattern DOC_NUMBER = Pattern.compile("([\\p{IsHan}]{1,12})〔(\\d{4})〕(\\d+)号");
  private static final Pattern ARTICLE = Pattern.compile(
      "第[0-9" + ChineseNumbers.DIGITS + "]+条(?:第[0-9" + ChineseNumbers.DIGITS + "]+款)?"
          + "(?:第[(（]?[0-9" + ChineseNumbers.DIGITS + "]+[)）]?项)?");
  private static final Pattern TAG = Pattern.compile("【([^【】0-9]{1,14})】");

  /** Every 《…》 citation of a basis text, with what follows it up to the next 《. */
  public static List<Citation> parse(String basis) {
    String s = Texts.compact(basis == null ? "" : basis);
    List<Citation> out = new ArrayList<>();
    Matcher m = TITLE.matcher(s);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < spans.size(); i++) {
      int start = spans.get(i)[0];
      int end = spans.get(i)[1];
      int tailEnd = i + 1 < spans.size() ? spans.get(i + 1)[0] : s.length();
      String title = s.substring(start + 1, end - 1);
      String tail = s.substring(end, tailEnd);
      String before = s.substring(i == 0 ? 0 : spans.get(i - 1)[1], start);
      out.add(new Citation(title, number(tail), first(ARTICLE, tail), tag(before, tail), start, end));
    }
    return out;
  }

  /** The first promulgation or document number in a text, or null. */
  public static String number(String text) {
    if (text.indexOf('号') < 0) {
      return null; // both kinds end in 号: most article tails are spared two regex scans
    }
    Matcher o = ORDER_NUMBER.matcher(text);
    Matcher d = DOC_NUMBER.matcher(text);
    boolean hasO = o.find();
    boolean hasD = d.find();
    if (hasO && (!hasD || o.start() < d.start())) {
      return o.group();
    }
    return hasD ? d.group() : null;
  }

  /**
   * The number written right with this citation's title, in the text {@link #parse} read: 《…》（民发〔2021〕57号）,
   * 《…》国办发〔2019〕54号, or inside the parentheses that follow the title (（2014年2月21日国务院令第649号公布）).
   * Null when the number stands elsewhere (《A》第五条；民发〔2021〕57号 cites two documents).
   */
  public String attachedNumber(String basis) {
    String s = Texts.compact(basis == null ? "" : basis);
    if (end > s.length()) {
      return null;
    }
    String after = s.substring(end);
    if (after.startsWith("（") || after.startsWith("(")) {
      int close = after.indexOf(after.charAt(0) == '（' ? '）' : ')');
      String inside = close < 0 ? after.substring(1) : after.substring(1, close);
      return number(inside);
    }
    String n = number(after);
    return n != null && after.startsWith(n) ? n : null;
  }

  /** True if the text carries any promulgation or document number. */
  public static boolean hasNumber(String text) {
    return number(Texts.compact(text)) != null;
  }

  private static String first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group() : null;
  }

  private static String tag(String before, String tail) {
    Matcher m = TAG.matcher(before);
    String found = null;
    while (m.find()) {
      found = m.group(1);
    }
    if (found == null) {
      m = TAG.matcher(tail);
      if (m.find()) {
        found = m.group(1);
      }
    }
    return found;
  }

  /** 国令第711号, 中华人民共和国国务院令第七百一十一号 → 国务院令第711号; 〔〕 numbers as they are. */
  public static String normaliseNumber(String number) {
    String s = Texts.toHalfWidth(Texts.compact(number));
    Matcher m = ORDER_NUMBER.matcher(s);
    if (m.matches()) {
      String issuer = m.group(1).replace("中华人民共和国", "");
      if (issuer.equals("国令")) {
        issuer = "国务院令";
      }
      String digits = m.group(2);
      if (!digits.matches("\\d+")) {
        digits = String.valueOf(ChineseNumbers.parse(digits));
      }
      return issuer + "第" + Integer.parseInt(digits) + "号";
    }
    return s;
  }
}
