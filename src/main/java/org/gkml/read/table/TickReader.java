package org.gkml.read.table;

import java.util.List;
import org.gkml.text.Texts;

/** Reads the tick columns of 公开对象, 公开方式 and 公开层级, and text columns that name the options. */
public final class TickReader {

  /** Marks that mean "chosen", as offices type them. */
  private static final String MARKS = "√✓✔☑☒●■▲★◆▇█▪◼⬛✅";
  private static final List<String> YES_WORDS = List.of("是", "y", "yes", "v", "有", "公开", "需要", "勾选", "t");
  private static final List<String> NO_WORDS =
      List.of("×", "✗", "✘", "否", "无", "不", "-", "—", "－", "/", "／", "□", "☐", "口", "0", "n", "no", "不公开", "空");

  private TickReader() {}

  /** How a tick cell reads. */
  public enum Kind { EMPTY, NO, MARK, TEXT }

  /** What a tick cell says: chosen or not, and the words when it held words. */
  public record Reading(Kind kind, String detail) {
    public boolean chosen() {
      return kind == Kind.MARK || kind == Kind.TEXT;
    }
  }

  private static final Reading MARK = new Reading(Kind.MARK, null);
  private static final Reading EMPTY = new Reading(Kind.EMPTY, null);

  /** Reads one tick cell of the column that stands for {@code option}. */
  public static Reading read(String raw, String option) {
    if (raw != null && raw.length() == 1) {
      char c = raw.charAt(0); // nearly every tick cell: one √, or nothing else
      if (MARKS.indexOf(c) >= 0) {
        return MARK;
      }
    } else if (raw == null || raw.isEmpty()) {
      return EMPTY;
    }
    String s = Texts.compact(raw == null ? "" : raw);
    if (s.isEmpty()) {
      return new Reading(Kind.EMPTY, null);
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (NO_WORDS.contains(lower)) {
      return new Reading(Kind.NO, null);
    }
    if (isAllMarks(s) || YES_WORDS.contains(lower)) {
      return new Reading(Kind.MARK, null);
    }
    // Words in a tick cell: the option itself (县级 under 县级), or the named group under 特定群体, kept as written.
    String detail = groupName(s, option);
    return new Reading(Kind.TEXT, detail);
  }

  private static boolean isAllMarks(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (MARKS.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * For 特定群体, the group written after the option or instead of it ("特定群体：低保对象" → 低保对象,
   * "特定群体（低保对象）" → 低保对象), as written: brackets that belong to the group's own name stay
   * ("低保对象（含特困人员）").
   */
  public static String groupName(String text, String option) {
    String t = text;
    for (char m : MARKS.toCharArray()) {
      t = t.replace(String.valueOf(m), "");
    }
    String simple = Texts.toSimplified(t); // same length: one character for one
    for (String prefix : List.of("特定群体", "特定群众", "特定对象", "特定人群")) {
      if (simple.startsWith(prefix)) {
        t = t.substring(prefix.length());
        break;
      }
    }
    t = Texts.strip(t).replaceAll("^[:：\\s]+", "");
    if (enclosed(t)) {
      t = Texts.strip(t.substring(1, t.length() - 1));
    }
    if (t.isEmpty() || t.equals(option) || !"特定群体".equals(option)) {
      return null;
    }
    return t;
  }

  /** True for "（…）" whose first bracket closes at the very end, not "（甲）和（乙）". */
  private static boolean enclosed(String t) {
    if (t.length() < 2 || "(（".indexOf(t.charAt(0)) < 0) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if (c == ')' || c == '）') {
        depth--;
        if (depth == 0) {
          return i == t.length() - 1;
        }
      }
    }
    return false;
  }

  /**
   * Reads a text column that names options instead of ticking them (a single 公开方式 column holding 主动, or
   * 公开层级 holding 县级、乡级). Returns the canonical options found, in order.
   */
  public static List<String> optionsInText(String raw, Column group) {
    String s = Texts.toSimplified(Texts.compact(raw == null ? "" : raw));
    java.util.List<String> found = new java.util.ArrayList<>();
    switch (group) {
      case AUDIENCE_GROUP -> {
        if (s.contains("全社会") || s.contains("社会公众") || s.equals("社会") || s.equals("公众")) {
          found.add("全社会");
        }
        if (s.contains("特定")) {
          found.add("特定群体");
        }
      }
      case MODE_GROUP -> {
        if (s.contains("主动")) {
          found.add("主动");
        }
        if (s.contains("申请")) {
          found.add("依申请");
        }
      }
      case LEVEL_GROUP -> {
        if (s.contains("县") || s.contains("区级") || s.contains("旗")) {
          found.add("县级");
        }
        if (s.contains("乡") || s.contains("镇") || s.contains("街道")) {
          found.add("乡级");
        }
        if (s.contains("村") || s.contains("社区")) {
          found.add("村级");
        }
      }
      default -> { }
    }
    return found;
  }
}
