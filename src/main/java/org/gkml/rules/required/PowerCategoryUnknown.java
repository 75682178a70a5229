package org.gkml.rules.required;

import java.util.List;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.model.PowerRecord;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;
import org.gkml.text.Texts;

/**
 * A 职权类型 outside the ten categories (行政许可 … 其他行政权力). Short or suffixed forms (许可, 行政处罚类) get
 * the standard name as fix; sub-labels such as 其他行政权力-备案 are accepted as they are.
 */
public final class PowerCategoryUnknown extends Rule {

  private static final RuleInfo INFO =
      new RuleInfo("power-category-unknown", Target.POWER, ElementKind.ITEM, Severity.WARNING);

  public static final List<String> CATEGORIES = List.of("行政许可", "行政处罚", "行政强制", "行政征收", "行政给付",
      "行政裁决", "行政确认", "行政奖励", "行政检查", "其他行政权力");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PowerRecord row, Findings out) {
    Element e = row.category();
    if (e.isBlank() || isStandard(e.text())) {
      return;
    }
    String fix = standardName(e.text());
    if (fix != null) {
      out.reportWithFix(e, fix, true, e.text());
    } else {
      out.report(e, e.text());
    }
  }

  /** A standard category, possibly with a sub-label (其他行政权力-备案, 行政许可（审批）). */
  static boolean isStandard(String written) {
    for (String c : CATEGORIES) {
      if (written.equals(c) || written.startsWith(c + "-") || written.startsWith(c + "（") || written.startsWith(c + "(")) {
        return true;
      }
    }
    return false;
  }

  /** The standard category a written one means (许可 → 行政许可, 行政处罚类 → 行政处罚), or null. */
  public static String standardName(String written) {
    String s = Texts.toSimplified(Texts.toHalfWidth(Texts.compact(written)));
    String core = s.replaceAll("(类|事项|权力|权)$", "");
    for (String c : CATEGORIES) {
      if (s.equals(c) || core.equals(c) || ("行政" + core).equals(c) || core.equals(c.substring(2))) {
        return c;
      }
    }
    if (s.startsWith("其他") || s.startsWith("其它")) {
      return "其他行政权力";
    }
    return null;
  }
}
