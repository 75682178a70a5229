package org.gkml.domain;

import java.util.List;

/**
 * A 公开时限 read into its parts. {@code kind}, {@code amount}, {@code unit} and {@code anchor} describe the main
 * period (the first one that is a real deadline); {@code parts} holds every clause of a compound deadline
 * ("执法决定7个工作日内，其他信息20个工作日内", "…，公示7个工作日") in order, the main one included.
 * {@code anchor} is the event the period runs from as written ("信息形成或者变更", "本级政府财政部门批复"), or ""
 * when the text gives only the period.
 */
public record Deadline(Kind kind, Integer amount, Unit unit, String anchor, List<Deadline> parts) {

  /** What sort of deadline a phrase is. */
  public enum Kind {
    /** N (working) days from the information being formed, changed, made or obtained; also a bare "20个工作日". */
    AFTER_FORMATION,
    /** N days from a decision (执法决定, 处罚决定). */
    AFTER_DECISION,
    /** N days after an approval, 批复, 批准 or a result being fixed. */
    AFTER_APPROVAL,
    /** N days after another event (政策文件公开后). */
    AFTER_EVENT,
    /** The reply period of an application (自收到申请之日起20个工作日内). */
    REPLY,
    /** Before an event (提前一周). */
    BEFORE_EVENT,
    /** A publicity or comment period (公示7个工作日, 征求意见不少于30日): how long, not how soon. */
    DURATION,
    /** A calendar date or cycle (每年1月31日前, 每季度, 按学期). */
    RECURRING,
    /** Kept public all along (实时, 长期, 永久, 任期内, 即时). */
    CONTINUOUS,
    /** Published together with something else (随采购公告公开, 同步公开). */
    SIMULTANEOUS,
    /** An update frequency instead of a deadline (半年至少更新1次). */
    FREQUENCY,
    /** No measurable limit (及时, 适时, 按规定, 定期). */
    VAGUE,
    /** 同上: the value of the row above. */
    REFERENCE,
    /** Anything else (including text that is not a deadline at all). */
    OTHER
  }

  /** The unit of a period. */
  public enum Unit {
    WORKDAY("工作日"), DAY("日"), WEEK("周"), MONTH("月"), YEAR("年");

    private final String chinese;

    Unit(String chinese) {
      this.chinese = chinese;
    }

    public String chinese() {
      return chinese;
    }

    /** About how many working days: a calendar week has 5, a month 21. */
    public double inWorkdays(int n) {
      return switch (this) {
        case WORKDAY -> n;
        case DAY -> n * 5.0 / 7.0;
        case WEEK -> n * 5.0;
        case MONTH -> n * 21.0;
        case YEAR -> n * 250.0;
      };
    }
  }

  /** True if the kind gives a period that runs from an event (the kinds a statutory limit applies to). */
  public boolean isPeriodAfter() {
    return amount != null && switch (kind) {
      case AFTER_FORMATION, AFTER_DECISION, AFTER_APPROVAL, AFTER_EVENT -> true;
      default -> false;
    };
  }

  /** True if any part gives a measurable period or date. */
  public boolean measurable() {
    for (Deadline p : parts) {
      if (p.amount() != null || p.kind() == Kind.RECURRING || p.kind() == Kind.CONTINUOUS
          || p.kind() == Kind.SIMULTANEOUS || p.kind() == Kind.REFERENCE) {
        return true;
      }
    }
    return false;
  }

  /** True if some part has the kind. */
  public boolean has(Kind k) {
    for (Deadline p : parts) { // a loop, not a stream: called for every row of a big file
      if (p.kind() == k) {
        return true;
      }
    }
    return false;
  }
}
