package org.gkml.rules.basis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the brackets of a 公开依据 text: 文号 years in 〔〕 (not [] () 【】 ﹝﹞ or a mix), 《》 for the
 * title marks {@code <<…>>}, and a 《 or 》 left out. Returns the text unchanged when nothing is wrong.
 */
final class Brackets {

  private Brackets() {}

  private static final Pattern DOC_YEAR = Pattern.compile(
      "(\\p{IsHan}{1,12}?)[\\s\u3000]*[\\[\\(（【﹝〔［][\\s\u3000]*(\\d{4})[\\s\u3000]*[\\]\\)）】﹞〕］][\\s\u3000]*(\\d+)[\\s\u3000]*号");
  private static final Pattern ANGLE_TITLE = Pattern.compile("(?:<<|＜＜|«)([^<>＜＞«»]+)(?:>>|＞＞|»)");
  /** Characters that cannot be inside a title: an unclosed title ends before them. */
  private static final String TITLE_END = "，,、；;\n【。";

  /** The 文号 bracket repair alone. */
  static String docNumbers(String text) {
    if (text.indexOf('号') < 0) {
      return text; // every 文号 ends in 号
    }
    Matcher m = DOC_YEAR.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The 《》 repair alone: <<X>> → 《X》, a missing 》 before the number or article, a missing 《 after a separator. */
  static String titleMarks(String text) {
    String s = ANGLE_TITLE.matcher(text).replaceAll("《$1》");
    if (balanced(s)) {
      return s; // every title closed: commas, dates and parentheses inside a title are the title's own
    }
    StringBuilder sb = new StringBuilder();
    boolean open = false;
    int lastBoundary = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '《') {
        if (open) {
          sb.append('》');
        }
        open = true;
        sb.append(c);
      } else if (c == '》') {
        if (!open) {
          sb.insert(lastBoundary, '《');
        }
        open = false;
        sb.append(c);
      } else {
        if (open && (TITLE_END.indexOf(c) >= 0 || c == '第' && s.substring(i).matches("^第[0-9零〇一二三四五六七八九十百千]+条.*"))) {
          sb.append('》');
          open = false;
        } else if (open && (c == '（' || c == '(') && startsNumberOrNote(s, i + 1)) {
          sb.append('》');
          open = false;
        }
        sb.append(c);
        if ("、，,；;\n】）) ".indexOf(c) >= 0) {
          lastBoundary = sb.length();
        }
      }
    }
    if (open) {
      sb.append('》');
    }
    return sb.toString();
  }

  /** Every 《 closed by a 》 before the next 《, and no 》 without its 《. */
  static boolean balanced(String s) {
    boolean open = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '《') {
        if (open) {
          return false;
        }
        open = true;
      } else if (c == '》') {
        if (!open) {
          return false;
        }
        open = false;
      }
    }
    return !open;
  }

  /** After an opening parenthesis inside an unclosed title: a number or date means the title ended. */
  private static boolean startsNumberOrNote(String s, int from) {
    String rest = s.substring(from, Math.min(s.length(), from + 12));
    return rest.matches("^(国务院令|国令|主席令|中华人民共和国|\\d{4}|\\p{IsHan}{1,8}令|\\p{IsHan}{1,8}〔).*");
  }

  static String all(String text) {
    return titleMarks(docNumbers(text));
  }
}
