package org.gkml.domain;

import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.domain.Deadline.Kind;
import org.gkml.domain.Deadline.Unit;
import org.gkml.text.TextMemo;
import org.gkml.text.Texts;

/**
 * Reads 公开时限 phrasings (DOMAIN §5) into a {@link Deadline}: blanks and line breaks inside words, Chinese or
 * Arabic numerals, 个 left out, full- or half-width punctuation, (变更) for 或变更, and compound deadlines split
 * at ；，。 with optional labels ("处罚决定：20个工作日内").
 */
public final class DeadlineParser {

  /** Words that give no measurable limit. */
  public static final List<String> VAGUE_WORDS =
      List.of("及时", "适时", "按规定", "按照规定", "按有关规定", "定期", "按进展", "尽快", "第一时间", "随时", "不定期");

  private static final Pattern PERIOD =
      Pattern.compile("(\\d+)(个)?(工作日|日历日|自然日|日|天|个月|月|周|星期|年)");
  private static final Pattern FREQUENCY = Pattern.compile("(至少|最少|每.{0,3}).{0,4}(更新|公开|发布)?\\d+次|更新一次|更新\\d+次");
  private static final Pattern RECURRING = Pattern.compile("^(每年|每季度|每季|每半年|每月|每周|每学期|按学期|按季度|按年度|按月|年度|季度)");
  private static final Pattern MIN_PERIOD = Pattern.compile("(不少于|不得少于|不低于|不短于|至少)\\d");
  private static final Pattern LABEL = Pattern.compile("^([^：:]{1,20})[：:](.+)$");

  // Compiled once: a deadline is parsed for every row, by several rules.
  private static final Pattern CLAUSE_SPLIT = Pattern.compile("[；;。，,]");
  private static final Pattern OUTER_PARENS = Pattern.compile("^[(（]|[)）]$");
  private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern COUNT = Pattern.compile("\\d+次");
  private static final Pattern DURATION_CUE = Pattern.compile(".*(公示|公告|征求意见)(时间|期限|期)?(一般)?(为)?$");
  private static final Pattern SIMULTANEOUS_PREFIX = Pattern.compile("^随");
  private static final Pattern SIMULTANEOUS_SUFFIX = Pattern.compile("(同步|同时)?(公开|发布|公示)$");
  private static final Pattern AFTER = Pattern.compile("(后|之后|以后)$");
  private static final Pattern CONTINUOUS = Pattern.compile(".*(实时|即时|长期|永久|任期内|常年|动态|持续|常态).*");
  private static final Pattern ANCHOR_FROM = Pattern.compile("^(自|从|在|于|应当?在|应当?自|应于)");
  private static final Pattern ANCHOR_THIS = Pattern.compile("^(该|本)(?=(政府)?信息)");
  private static final Pattern ANCHOR_SINCE = Pattern.compile("(之日起|之日后|之日|日起|起|以后|之后|后|以内|内)+$");
  private static final Pattern ANCHOR_RELATED = Pattern.compile("^(公开事项|相关)?(?=信息)");
  private static final Pattern REPLY_ANCHOR = Pattern.compile(".*(收到|接到|受理).*申请.*|.*申请.*(收到|受理).*|^收到.*");
  private static final Pattern DECISION_ANCHOR = Pattern.compile(".*(决定|作出|做出).*");
  private static final Pattern FORMATION_ANCHOR = Pattern.compile(".*(形成|变更|制作|获取|制定|产生|生成|印发|出台).*");
  private static final Pattern APPROVAL_ANCHOR = Pattern.compile(".*(批准|批复|审批|确定|通过|核准|审定|下达).*");
  private static final String NUMBERED_UNIT = "个?(工作日|日|天|个月|月|周|星期|年|次)";

  private final List<String> vagueWords;

  public DeadlineParser() {
    this(List.of());
  }

  /** A parser that also treats {@code extraVague} (from the configuration) as vague. */
  public DeadlineParser(List<String> extraVague) {
    List<String> all = new ArrayList<>(VAGUE_WORDS);
    all.addAll(extraVague);
    this.vagueWords = List.copyOf(all);
  }

  /**
   * Deadlines just parsed, by text. A catalog repeats a few dozen phrasings over all its rows, and each of the
   * deadline rules parses every row's text; the table is emptied when full, so it never holds more than
   * {@link #REMEMBERED} texts. Not shared: a parser belongs to one rule of one file, read by one thread.
   */
  private final TextMemo<Deadline> recent = new TextMemo<>(REMEMBERED);
  private static final int REMEMBERED = 2048;
  /** Made once: a method reference at the call would be a new object on every row. */
  private final Function<String, Deadline> parseText = this::parseText;

  /** The structure of a written deadline; blank text gives an OTHER deadline with no parts. */
  public Deadline parse(String written) {
    return recent.get(written == null ? "" : written, parseText);
  }

  private Deadline parseText(String written) {
    String s = normalise(written);
    if (s.isEmpty()) {
      return new Deadline(Kind.OTHER, null, null, "", List.of());
    }
    List<Deadline> parts = new ArrayList<>();
    for (String clause : CLAUSE_SPLIT.split(s)) {
      if (!clause.isEmpty() && !isBoilerplate(clause)) {
        parts.add(clause(clause));
      }
    }
    if (parts.isEmpty()) {
      parts.add(clause(s));
    }
    Deadline main = parts.get(0);
    for (Deadline p : parts) {
      if (p.kind() != Kind.OTHER && p.kind() != Kind.DURATION) {
        main = p;
        break;
      }
    }
    return new Deadline(main.kind(), main.amount(), main.unit(), main.anchor(), List.copyOf(parts));
  }

  /** Compact, half-width, Simplified, Arabic numbers, (变更) → 或变更. */
  static String normalise(String written) {
    String s = Texts.toSimplified(Texts.toHalfWidth(Texts.compact(written == null ? "" : written)));
    s = s.replace("(变更)", "或变更").replace("（变更）", "或变更");
    s = OUTER_PARENS.matcher(s).replaceAll("");
    s = ChineseNumbers.toArabic(s, NUMBERED_UNIT);
    s = s.replace("一周", "1周").replace("半年", "每半年").replace("每每半年", "每半年");
    return s;
  }

  /** "法律、法规对政府信息公开的期限另有规定的，从其规定": the statutory proviso, not a deadline. */
  private static boolean isBoilerplate(String clause) {
    return clause.contains("另有规定") || clause.equals("从其规定") || clause.equals("从其规定的");
  }

  private Deadline clause(String raw) {
    String c = raw;
    String label = "";
    Matcher lm = LABEL.matcher(c);
    if (lm.matches() && !DIGIT.matcher(lm.group(1)).matches()) {
      label = lm.group(1);
      c = lm.group(2);
    }
    if (c.startsWith("同上")) {
      return single(Kind.REFERENCE, null, null, "");
    }
    if (FREQUENCY.matcher(c).find() && !PERIOD.matcher(COUNT.matcher(c).replaceAll("")).find()) {
      return single(Kind.FREQUENCY, null, null, "");
    }
    if (RECURRING.matcher(c).find()) {
      return single(Kind.RECURRING, null, null, c);
    }
    Matcher m = PERIOD.matcher(c);
    if (m.find()) {
      int amount = Integer.parseInt(m.group(1));
      Unit unit = unit(m.group(3));
      String before = c.substring(0, m.start());
      if (c.contains("提前")) {
        return single(Kind.BEFORE_EVENT, amount, unit, anchor(before.replace("提前", "")));
      }
      if (MIN_PERIOD.matcher(c).find() || DURATION_CUE.matcher(before).matches()) {
        return single(Kind.DURATION, amount, unit, anchor(before));
      }
      String anchor = anchor(before);
      if (anchor.isEmpty() && !label.isEmpty()) {
        anchor = label;
      }
      return single(kindOf(anchor), amount, unit, anchor);
    }
    if (c.startsWith("随") || c.contains("同步") || c.startsWith("与") && c.contains("同时")) {
      return single(Kind.SIMULTANEOUS, null, null, anchor(SIMULTANEOUS_SUFFIX.matcher(SIMULTANEOUS_PREFIX.matcher(c).replaceFirst("")).replaceAll("")));
    }
    for (String v : vagueWords) {
      if (c.contains(v)) {
        String anchor = AFTER.matcher(c.substring(0, c.indexOf(v))).replaceAll("");
        return single(Kind.VAGUE, null, null, anchor(anchor));
      }
    }
    if (CONTINUOUS.matcher(c).matches()) {
      return single(Kind.CONTINUOUS, null, null, "");
    }
    return single(Kind.OTHER, null, null, "");
  }

  private static Deadline single(Kind kind, Integer amount, Unit unit, String anchor) {
    Deadline d = new Deadline(kind, amount, unit, anchor, List.of());
    return new Deadline(kind, amount, unit, anchor, List.of(d));
  }

  private static Unit unit(String u) {
    return switch (u) {
      case "工作日" -> Unit.WORKDAY;
      case "个月", "月" -> Unit.MONTH;
      case "周", "星期" -> Unit.WEEK;
      case "年" -> Unit.YEAR;
      default -> Unit.DAY;
    };
  }

  /** The event a period runs from, without 自/从/在 and 之日起/后/内. */
  static String anchor(String before) {
    String a = before;
    a = ANCHOR_FROM.matcher(a).replaceFirst("");
    a = ANCHOR_THIS.matcher(a).replaceFirst("");
    a = ANCHOR_SINCE.matcher(a).replaceAll("");
    a = ANCHOR_RELATED.matcher(a).replaceFirst("");
    return a;
  }

  private static Kind kindOf(String anchor) {
    if (anchor.isEmpty()) {
      return Kind.AFTER_FORMATION;
    }
    if (REPLY_ANCHOR.matcher(anchor).matches()) {
      return Kind.REPLY;
    }
    if (DECISION_ANCHOR.matcher(anchor).matches()) {
      return Kind.AFTER_DECISION;
    }
    if (FORMATION_ANCHOR.matcher(anchor).matches()) {
      return Kind.AFTER_FORMATION;
    }
    if (APPROVAL_ANCHOR.matcher(anchor).matches()) {
      return Kind.AFTER_APPROVAL;
    }
    return Kind.AFTER_EVENT;
  }
}
