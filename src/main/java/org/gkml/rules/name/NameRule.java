package org.gkml.rules.name;

import java.util.List;
import java.util.regex.Pattern;
import org.gkml.model.CatalogItem;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;
import org.gkml.text.TextMemo;
import org.gkml.text.Texts;

/** The 公开事项名称 and 公开内容 rules, one table entry each. Names are checked at 一级 and 二级. */
public final class NameRule extends Rule {

  public static final int MAX_LENGTH = 50;
  static final List<String> PLACEHOLDERS = List.of("其他", "其它", "相关事项", "其他事项", "其它事项", "有关事项", "其他信息",
      "相关信息", "其他相关信息", "待定", "无", "略", "等", "其他内容", "其他需要公开的事项", "其他需要公开的信息");
  private static final String EDGE_PUNCTUATION = "、，,。.;；:：-—*#·•_＿/|";
  private static final Pattern FULL_WIDTH_ALNUM = Pattern.compile("[０-９Ａ-Ｚａ-ｚ]");

  private enum Check { PUNCTUATION, TOO_LONG, PLACEHOLDER, TRADITIONAL, WIDTH_MIX, CONTENT_REPEATS_NAME, DANGLING_DENG }

  private final RuleInfo info;
  private final Check check;

  private NameRule(String id, ElementKind kind, Severity severity, Check check) {
    this.info = new RuleInfo(id, Target.CATALOG_ITEM, kind, severity);
    this.check = check;
  }

  public static NameRule punctuation() {
    return new NameRule("name-punctuation", ElementKind.NAME, Severity.WARNING, Check.PUNCTUATION);
  }

  public static NameRule tooLong() {
    return new NameRule("name-too-long", ElementKind.NAME, Severity.WARNING, Check.TOO_LONG);
  }

  public static NameRule placeholder() {
    return new NameRule("name-placeholder", ElementKind.NAME, Severity.WARNING, Check.PLACEHOLDER);
  }

  public static NameRule traditional() {
    return new NameRule("name-traditional", ElementKind.NAME, Severity.WARNING, Check.TRADITIONAL);
  }

  public static NameRule widthMix() {
    return new NameRule("name-width-mix", ElementKind.NAME, Severity.INFO, Check.WIDTH_MIX);
  }

  public static NameRule contentRepeatsName() {
    return new NameRule("content-repeats-name", ElementKind.CONTENT, Severity.WARNING, Check.CONTENT_REPEATS_NAME);
  }

  public static NameRule contentDanglingDeng() {
    return new NameRule("content-dangling-deng", ElementKind.CONTENT, Severity.WARNING, Check.DANGLING_DENG);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  // Compiled once: they run for every item.
  private static final Pattern INFO_SUFFIX = Pattern.compile("(的)?(信息|内容|情况|事项|相关信息|有关信息)");
  private static final Pattern DANGLING = Pattern.compile(".*等(内容|信息|情况|事项|材料)?$");
  private static final Pattern LIST_SEPARATOR = Pattern.compile(".*[、，,；;\\n]+.*");

  @Override
  public void check(CatalogItem item, Findings out) {
    switch (check) {
      case CONTENT_REPEATS_NAME -> {
        Element c = item.content();
        String nameText = item.item().isPresent() ? item.item().text() : item.topic().text();
        if (!c.isPresent() || !startsLike(c.text(), nameText) && !startsLike(c.text(), item.topic().text())) {
          return; // nearly every item: the content does not even begin with the name (or the 一级 name)
        }
        String name = key(nameText);
        String content = Texts.withoutFinalStop(key(c.text()));
        if (c.isPresent() && !name.isEmpty() && (content.equals(name) || content.equals(key(item.topic().text()) + name)
            || content.startsWith(name) && INFO_SUFFIX.matcher(content).region(name.length(), content.length()).matches())) {
          out.report(c, c.text());
        }
      }
      case DANGLING_DENG -> {
        Element c = item.content();
        if (c.isPresent() && dangling.get(c.text(), NameRule::endsWithDanglingDeng)) {
          out.report(c, c.text());
        }
      }
      default -> {
        names(item, out);
      }
    }
  }

  /** Content texts repeat over a list's rows: the 等 check is worked out once per distinct text. */
  private final TextMemo<Boolean> dangling = new TextMemo<>(1024);

  private static boolean endsWithDanglingDeng(String text) {
    String s = Texts.withoutFinalStop(Texts.compact(text));
    return DANGLING.matcher(s).matches() && !LIST_SEPARATOR.matcher(s).matches();
  }

  private void names(CatalogItem item, Findings out) {
    names(item, item.topic(), out);
    names(item, item.item(), out);
  }

  private void names(CatalogItem item, Element e, Findings out) {
    if (e.isBlank()) {
      return;
    }
    String t = e.text();
    switch (check) {
      case PUNCTUATION -> {
        String fixed = trimPunctuation(t);
        if (!fixed.equals(t) && !fixed.isEmpty()) {
          out.reportWithFix(e, fixed, true, t);
        }
      }
      case TOO_LONG -> {
        if (t.length() <= MAX_LENGTH) {
          return; // a name of at most 50 chars has at most 50 code points, blanks or not
        }
        String compact = Texts.compact(t);
        int n = compact.codePointCount(0, compact.length());
        if (n > MAX_LENGTH) {
          out.report(e, n, MAX_LENGTH);
        }
      }
      case PLACEHOLDER -> {
        if ((e == item.item() || item.item().isBlank()) && !longerThan(t, LONGEST_PLACEHOLDER)) {
          String k = key(t);
          if (PLACEHOLDERS.contains(k)) {
            out.report(e, t);
          }
        }
      }
      case TRADITIONAL -> {
        if (Texts.hasTraditional(t)) {
          out.reportWithFix(e, Texts.toSimplified(t), true, t);
        }
      }
      case WIDTH_MIX -> {
        boolean fullAlnum = hasFullWidthAlnum(t);
        boolean halfParen = t.indexOf('(') >= 0 || t.indexOf(')') >= 0;
        if (fullAlnum || halfParen) {
          String fixed = t.replace('(', '（').replace(')', '）');
          StringBuilder sb = new StringBuilder(fixed.length());
          for (char ch : fixed.toCharArray()) {
            sb.append(FULL_WIDTH_ALNUM.matcher(String.valueOf(ch)).matches() ? (char) (ch - 0xfee0) : ch);
          }
          out.reportWithFix(e, sb.toString(), true, t);
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  /** Same as {@code FULL_WIDTH_ALNUM.matcher(t).find()}, as a scan: it runs for every name. */
  private static boolean hasFullWidthAlnum(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
        return true;
      }
    }
    return false;
  }

  private static final int LONGEST_PLACEHOLDER = PLACEHOLDERS.stream().mapToInt(String::length).max().orElse(0);

  /** More than {@code n} chars left after {@link #key} (which only drops blanks and maps chars one to one). */
  private static boolean longerThan(String s, int n) {
    int kept = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Texts.isBlankChar(s.charAt(i)) && ++kept > n) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code key(text)} starts with {@code key(prefix)}, compared char by char without building either key;
   * true for an empty prefix.
   */
  static boolean startsLike(String text, String prefix) {
    int i = 0;
    int j = 0;
    while (true) {
      char p = 0;
      while (j < prefix.length() && (p = Texts.normalChar(prefix.charAt(j))) == 0) {
        j++;
      }
      if (j >= prefix.length()) {
        return true;
      }
      char c = 0;
      while (i < text.length() && (c = Texts.normalChar(text.charAt(i))) == 0) {
        i++;
      }
      if (i >= text.length() || c != p) {
        return false;
      }
      i++;
      j++;
    }
  }

  private static String key(String s) {
    return Texts.toSimplified(Texts.toHalfWidth(Texts.compact(s)));
  }

  /** Removes blanks and separators at both ends, and inner blanks next to them. */
  static String trimPunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (Texts.isBlankChar(s.charAt(start)) || EDGE_PUNCTUATION.indexOf(s.charAt(start)) >= 0)) {
      start++;
    }
    while (end > start && (Texts.isBlankChar(s.charAt(end - 1)) || EDGE_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    return s.substring(start, end);
  }
}
