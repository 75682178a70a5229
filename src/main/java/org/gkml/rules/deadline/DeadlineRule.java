package org.gkml.rules.deadline;

import java.util.List;
import java.util.function.Function;
import org.gkml.domain.Deadline;
import org.gkml.domain.Deadline.Kind;
import org.gkml.domain.Deadline.Unit;
import org.gkml.domain.DeadlineParser;
import org.gkml.model.CatalogItem;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.model.ServiceRecord;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.RuleOptions;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;
import org.gkml.text.TextMemo;
import org.gkml.text.Texts;

/**
 * The 公开时限 rules, one table entry each. Every entry reads the deadline with {@link DeadlineParser} and
 * looks at one aspect of it; the statutory facts are in DOMAIN §4 (条例 Art. 26 and 33, 国办发〔2018〕118号).
 */
public final class DeadlineRule extends Rule {

  /** The default deadline of 条例 Art. 26. */
  public static final String STATUTORY = "信息形成或者变更之日起20个工作日内";
  /** The reply period of 条例 Art. 33. */
  public static final String REPLY = "自收到申请之日起20个工作日内答复；需要延长的，延长期限最长不超过20个工作日";

  private enum Check { VAGUE, FREQUENCY_ONLY, OVER_STATUTORY, DECISION_OVER_7, CALENDAR_DAYS, REQUEST_REPLY, OLD_15_DAYS }

  private final RuleInfo info;
  private final Check check;
  private RuleOptions options = RuleOptions.defaults();
  private DeadlineParser parser = new DeadlineParser();

  private DeadlineRule(String id, Severity severity, Check check) {
    // A vague 办理时限 (及时办理) is as unmeasurable as a vague 公开时限; the other checks are about disclosure only.
    this.info = new RuleInfo(id, Target.CATALOG_ITEM, ElementKind.DEADLINE, severity,
        check == Check.VAGUE ? java.util.Set.of(Target.SERVICE) : java.util.Set.of());
    this.check = check;
  }

  public static DeadlineRule vague() {
    return new DeadlineRule("deadline-vague", Severity.ERROR, Check.VAGUE);
  }

  public static DeadlineRule frequencyOnly() {
    return new DeadlineRule("deadline-frequency-only", Severity.WARNING, Check.FREQUENCY_ONLY);
  }

  public static DeadlineRule overStatutory() {
    return new DeadlineRule("deadline-over-statutory", Severity.ERROR, Check.OVER_STATUTORY);
  }

  public static DeadlineRule decisionOver7() {
    return new DeadlineRule("deadline-decision-over-7", Severity.WARNING, Check.DECISION_OVER_7);
  }

  public static DeadlineRule calendarDays() {
    return new DeadlineRule("deadline-calendar-days", Severity.INFO, Check.CALENDAR_DAYS);
  }

  public static DeadlineRule requestReply() {
    return new DeadlineRule("deadline-request-reply", Severity.WARNING, Check.REQUEST_REPLY);
  }

  public static DeadlineRule old15Days() {
    return new DeadlineRule("deadline-old-15-days", Severity.ERROR, Check.OLD_15_DAYS);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void configure(RuleOptions options) {
    this.options = options;
    this.parser = new DeadlineParser(options.vagueDeadlineWords());
  }

  /**
   * A service's 办理时限: only an explicitly vague word (及时办理) fires. 即时办结, 按学期发放 and schedules set by a
   * programme (按国家免疫规划程序) are how service lists state their time limits, and no statutory period is known.
   */
  @Override
  public void check(ServiceRecord row, Findings out) {
    Element e = row.deadline();
    if (check != Check.VAGUE || e.isBlank()) {
      return;
    }
    Deadline d = parser.parse(e.text());
    if (!d.measurable() && d.kind() == Kind.VAGUE) {
      out.reportVariant("service", e, null, e.text());
    }
  }

  @Override
  public void check(CatalogItem item, Findings out) {
    Element e = item.deadline();
    if (e.isBlank()) {
      return;
    }
    Deadline d = parser.parse(e.text());
    switch (check) {
      case VAGUE -> {
        if (!d.measurable() && (d.kind() == Kind.VAGUE || d.kind() == Kind.OTHER)) {
          out.reportWithFix(e, onRequestOnly(item) ? REPLY : STATUTORY, false, e.text());
        }
      }
      case FREQUENCY_ONLY -> {
        if (d.kind() == Kind.FREQUENCY && !d.measurable()) {
          out.reportWithFix(e, STATUTORY, false, e.text());
        }
      }
      case OVER_STATUTORY -> {
        if (onRequestOnly(item) || citesOwnPeriodLaw(item)) {
          return;
        }
        for (Deadline p : d.parts()) {
          if (p.isPeriodAfter() && p.kind() != Kind.AFTER_APPROVAL
              && p.unit().inWorkdays(p.amount()) > options.statutoryWorkdays() + 0.5) {
            out.reportWithFix(e, STATUTORY, false, p.amount() + p.unit().chinese(), options.statutoryWorkdays());
            return;
          }
        }
      }
      case DECISION_OVER_7 -> {
        if (!isLicenceOrPenaltyDecision(item)) {
          return;
        }
        Deadline p = decisionPart(d);
        if (p != null && p.unit().inWorkdays(p.amount()) > options.decisionWorkdays() + 0.5) {
          out.reportWithFix(e, "自作出行政决定之日起" + options.decisionWorkdays() + "个工作日内", false,
              p.amount() + p.unit().chinese(), options.decisionWorkdays());
        }
      }
      case CALENDAR_DAYS -> {
        for (Deadline p : d.parts()) {
          if (p.unit() == Unit.DAY && (p.kind() == Kind.AFTER_FORMATION || p.kind() == Kind.AFTER_EVENT
              || p.kind() == Kind.AFTER_DECISION || p.kind() == Kind.REPLY)) {
            out.report(e, p.amount());
            return;
          }
        }
      }
      case REQUEST_REPLY -> {
        if (onRequestOnly(item) && !d.has(Kind.REPLY) && !old15(d) && d.measurable()) {
          out.reportWithFix(e, REPLY, false, e.text());
        }
      }
      case OLD_15_DAYS -> {
        if (onRequestOnly(item) && old15(d) || hasReplyOf15Workdays(d)) {
          out.reportWithFix(e, REPLY, false);
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  /** 15 working days as the only period of an application item: the reply period of the 2007 条例 (Art. 24). */
  private static boolean old15(Deadline d) {
    for (Deadline p : d.parts()) {
      if (p.amount() != null && p.amount() == 15 && p.unit() == Unit.WORKDAY
          && (p.kind() == Kind.REPLY || p.kind() == Kind.AFTER_FORMATION && p.anchor().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasReplyOf15Workdays(Deadline d) {
    for (Deadline p : d.parts()) {
      if (p.kind() == Kind.REPLY && p.unit() == Unit.WORKDAY && p.amount() == 15) {
        return true;
      }
    }
    return false;
  }

  static boolean onRequestOnly(CatalogItem item) {
    return item.mode().has("依申请") && !item.mode().has("主动");
  }

  private boolean citesOwnPeriodLaw(CatalogItem item) {
    return citesOwnPeriod.get(item.basisText(), lookThrough);
  }

  /** Bases repeat over a list's rows: each distinct basis text is looked through once. */
  private final TextMemo<Boolean> citesOwnPeriod = new TextMemo<>(1024);
  /** Made once: a method reference to this rule written at the call would be a new object per row. */
  private final Function<String, Boolean> lookThrough = this::citesOwnPeriodLaw;

  private boolean citesOwnPeriodLaw(String basisText) {
    String basis = Texts.compact(basisText);
    for (String law : options.ownPeriodLaws()) {
      if (basis.contains(law)) {
        return true;
      }
    }
    return false;
  }

  /** 行政许可/行政处罚 decision items: the name says 许可 or 处罚 and 决定, 结果 or 信息 (许可信息, 处罚结果). */
  static boolean isLicenceOrPenaltyDecision(CatalogItem item) {
    String topic = item.topic().text();
    String leaf = item.item().text();
    if (topic.indexOf('许') < 0 && topic.indexOf('罚') < 0 && leaf.indexOf('许') < 0 && leaf.indexOf('罚') < 0) {
      return false; // neither 许可 nor 处罚 can appear, blanks removed or not
    }
    String name = Texts.compact(item.topic().text() + "/" + item.item().text());
    boolean kind = name.contains("许可") || name.contains("处罚");
    if (!kind) {
      return false;
    }
    if (name.indexOf('\u0085') >= 0) { // the one line break compact keeps; "." does not cross it
      return name.matches(".*(决定|结果|结论|信息|公示).*") && !name.matches(".*(指南|流程|依据|标准|清单|制度).*");
    }
    return containsAny(name, DECISION_WORDS) && !containsAny(name, GUIDE_WORDS);
  }

  private static final List<String> DECISION_WORDS = List.of("决定", "结果", "结论", "信息", "公示");
  private static final List<String> GUIDE_WORDS = List.of("指南", "流程", "依据", "标准", "清单", "制度");

  private static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The period for decisions: the part running from a decision, or else the main period. */
  private static Deadline decisionPart(Deadline d) {
    for (Deadline p : d.parts()) {
      if (p.kind() == Kind.AFTER_DECISION && p.amount() != null) {
        return p;
      }
    }
    return d.isPeriodAfter() ? d : null;
  }
}
