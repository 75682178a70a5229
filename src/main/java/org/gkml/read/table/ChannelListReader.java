package org.gkml.read.table;

import java.util.ArrayList;
import java.util.List;
import org.gkml.model.ChannelList;
import org.gkml.model.ChannelMark;
import org.gkml.model.Element;
import org.gkml.text.Texts;

/**
 * Reads a 公开渠道和载体 cell. Templates list all channels with ■ (chosen) and □ (not chosen); real files carry
 * variants: 口 (a CJK character typed for □), ▄ and ☑ for ■, and a bare {@code t} where Word's Wingdings ■ lost
 * its font. Cells without boxes ({@code 政府网站、政务服务中心}, {@code 1.政府网站 2.两微一端}) name only the
 * chosen channels.
 */
public final class ChannelListReader {

  static final String CHOSEN_GLYPHS = "■▄☑☒✔✓√●◆▇█▉▪◼⬛";
  static final String EMPTY_GLYPHS = "□☐○◇▢▫◻⬜";
  /** Letters that are Wingdings/Wingdings 2 boxes whose font was lost: t, n, R chosen; o, q, £ empty. */
  static final String LOST_FONT_CHOSEN = "tnR";
  static final String LOST_FONT_EMPTY = "oq£";
  /** Characters that precede 口 in ordinary words (窗口, 出口, 户口 …), where 口 is not a box. */
  private static final String WORD_BEFORE_KOU = "窗出入户门港接端关人借开路缺渡道河海江山隘闸";

  private ChannelListReader() {}

  public static ChannelList read(Element cell) {
    Reading r = reading(cell.text());
    return new ChannelList(cell, r.marks(), r.style());
  }

  /** What a cell text says, whatever cell it stands in: the channels and how they were written. */
  record Reading(List<ChannelMark> marks, ChannelList.Style style) {}

  /**
   * As {@link #read(Element)}, with the reading of each distinct cell text remembered in {@code memo}: a list
   * repeats a few dozen channel cells over all its rows.
   */
  static ChannelList read(Element cell, org.gkml.text.TextMemo<Reading> memo) {
    if (cell.isBlank()) {
      return read(cell);
    }
    Reading r = memo.get(cell.text(), ChannelListReader::reading);
    return new ChannelList(cell, r.marks(), r.style());
  }

  static Reading reading(String text) {
    if (text == null || text.isBlank()) {
      return new Reading(List.of(), ChannelList.Style.EMPTY);
    }
    List<int[]> glyphs = findGlyphs(text); // {position, chosen 1/0}
    if (glyphs.isEmpty()) {
      return new Reading(List.copyOf(plainList(text)), ChannelList.Style.PLAIN);
    }
    List<ChannelMark> marks = new ArrayList<>();
    for (int g = 0; g < glyphs.size(); g++) {
      int pos = glyphs.get(g)[0];
      int end = g + 1 < glyphs.size() ? glyphs.get(g + 1)[0] : text.length();
      String name = cleanName(text.substring(pos + 1, end));
      if (name.isEmpty()) {
        continue;
      }
      marks.add(mark(name, glyphs.get(g)[1] == 1, text.charAt(pos)));
    }
    return new Reading(List.copyOf(marks), ChannelList.Style.GLYPHS);
  }

  private static List<int[]> findGlyphs(String text) {
    List<int[]> found = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (CHOSEN_GLYPHS.indexOf(c) >= 0) {
        found.add(new int[] {i, 1});
      } else if (EMPTY_GLYPHS.indexOf(c) >= 0) {
        found.add(new int[] {i, 0});
      } else if (c == '口' && isBoxKou(text, i)) {
        found.add(new int[] {i, 0});
      } else if ((LOST_FONT_CHOSEN.indexOf(c) >= 0 || LOST_FONT_EMPTY.indexOf(c) >= 0) && isLostFontBox(text, i)) {
        found.add(new int[] {i, LOST_FONT_CHOSEN.indexOf(c) >= 0 ? 1 : 0});
      }
    }
    return found;
  }

  /** 口 is a box when it opens a token (start, after a blank, a separator or another channel) and a name follows. */
  private static boolean isBoxKou(String text, int i) {
    if (i + 1 >= text.length() || !isCjkOrDigit(text.charAt(i + 1))) {
      return false;
    }
    if (i == 0 || isBoundary(text.charAt(i - 1))) {
      return true;
    }
    return WORD_BEFORE_KOU.indexOf(text.charAt(i - 1)) < 0 && startsKnownChannel(text, i + 1);
  }

  /** A lost-font letter counts only at a token start and right before a Chinese name ("t政府网站"). */
  private static boolean isLostFontBox(String text, int i) {
    if (i + 1 >= text.length() || !isCjk(text.charAt(i + 1))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return isBoundary(before) || isCjk(before) && startsKnownChannel(text, i + 1);
  }

  private static final List<String> CHANNEL_STARTS = List.of("政府", "两微", "一微", "发布会", "广播", "纸质",
      "公开查阅", "政务", "便民", "入户", "社区", "精准", "其他", "其它", "微信", "办事", "会议", "村", "12345",
      "新闻", "行政服务", "信息公开", "公示", "电子", "报刊", "图书馆", "档案馆", "单位");

  private static boolean startsKnownChannel(String text, int from) {
    for (String s : CHANNEL_STARTS) {
      if (text.startsWith(s, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBoundary(char c) {
    return Texts.isBlankChar(c) || "、，,；;。.:：|".indexOf(c) >= 0 || CHOSEN_GLYPHS.indexOf(c) >= 0
        || EMPTY_GLYPHS.indexOf(c) >= 0;
  }

  private static boolean isCjk(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isCjkOrDigit(char c) {
    return isCjk(c) || Character.isDigit(c);
  }

  /** Splits a cell without boxes: separators, line breaks, and numbering (1. 2、 (3) ④). */
  private static List<ChannelMark> plainList(String text) {
    List<ChannelMark> marks = new ArrayList<>();
    String[] parts = text.split("[、，,；;\\n\\r\\t]+|\\s{2,}|(?<=\\S)\\s+(?=\\(?[0-9①-⑳])");
    for (String part : parts) {
      String name = cleanName(part.replaceFirst("^\\s*(\\(?[0-9]{1,2}[.．、)）]|（[0-9]{1,2}）|[①-⑳])", ""));
      if (!name.isEmpty()) {
        marks.add(mark(name, true, (char) 0));
      }
    }
    return marks;
  }

  private static ChannelMark mark(String name, boolean chosen, char glyph) {
    String n = name;
    String detail = null;
    if (n.startsWith("其他") || n.startsWith("其它")) {
      String rest = OTHER_CLOSE.matcher(OTHER_OPEN.matcher(n.substring(2)).replaceAll("")).replaceAll("");
      n = "其他";
      detail = rest.isEmpty() ? null : rest;
    }
    return new ChannelMark(n, chosen, glyph, detail);
  }

  // Compiled once: these run for every channel of every row.
  private static final java.util.regex.Pattern OTHER_OPEN = java.util.regex.Pattern.compile("^[:：_＿\\-—(（]+");
  private static final java.util.regex.Pattern OTHER_CLOSE = java.util.regex.Pattern.compile("[)）_＿]+$");
  private static final String LEADING_SEPARATORS = "、，,；;。.:：|";
  private static final String TRAILING_SEPARATORS = "、，,；;。.|";

  /** Removes blanks inside the name and separators around it. */
  private static String cleanName(String raw) {
    String s = Texts.compact(raw);
    int start = 0;
    int end = s.length();
    while (start < end && LEADING_SEPARATORS.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && TRAILING_SEPARATORS.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }
}
