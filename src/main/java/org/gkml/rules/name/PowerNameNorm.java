package org.gkml.rules.name;

import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.model.PowerRecord;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;
import org.gkml.rules.required.PowerCategoryUnknown;
import org.gkml.text.Texts;

/**
 * 职权名称 naming norms by category (DOMAIN §7.3): 行政处罚 "对……的处罚", 行政检查 "对……的检查", 行政奖励 "…表彰或者
 * 奖励", 行政强制 and 行政征收 naming the measure.
 */
public final class PowerNameNorm extends Rule {

  private static final RuleInfo INFO = new RuleInfo("power-name-norm", Target.POWER, ElementKind.NAME, Severity.WARNING);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PowerRecord row, Findings out) {
    Element e = row.name();
    if (e.isBlank() || row.category().isBlank()) {
      return;
    }
    String category = PowerCategoryUnknown.standardName(row.category().text());
    if (category == null) {
      return;
    }
    String n = Texts.compact(e.text());
    switch (category) {
      case "行政处罚" -> {
        if (!n.endsWith("处罚") && !n.endsWith("处理") && !n.matches(".*(罚款|警告|没收|吊销|责令|拘留|通报批评)$")) {
          out.reportWithFix(e, n.startsWith("对") ? n + "的处罚" : "对" + n + "的处罚", false, e.text(), "对……的处罚");
        }
      }
      case "行政检查" -> {
        if (!n.matches(".*(检查|抽查|监督|巡查|督查|核查|监测|检验|检测|抽检|稽查|考核|评估).*")) {
          out.reportWithFix(e, n.startsWith("对") ? n + "的检查" : "对" + n + "的检查", false, e.text(), "对……的检查");
        }
      }
      case "行政奖励" -> {
        if (!n.matches(".*(奖励|表彰|表扬|嘉奖|奖).*")) {
          out.report(e, e.text(), "对……的表彰或者奖励");
        }
      }
      default -> { }
    }
  }
}
