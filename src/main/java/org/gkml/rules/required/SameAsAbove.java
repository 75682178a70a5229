package org.gkml.rules.required;

import org.gkml.model.CatalogItem;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.model.Origin;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;

/**
 * A cell that says 同上 was read as the value above it. Kept visible: a reader of the published catalog sees
 * 同上, not the value, and reordering rows silently changes its meaning.
 */
public final class SameAsAbove extends Rule {

  private static final RuleInfo INFO = new RuleInfo("same-as-above", Target.CATALOG_ITEM, ElementKind.ITEM, Severity.INFO);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(CatalogItem item, Findings out) {
    // In the order a reader meets them: 一级, 二级, 内容, 时限, 主体, 渠道, then each 依据 line.
    report(item.topic(), out);
    report(item.item(), out);
    report(item.content(), out);
    report(item.deadline(), out);
    report(item.owner(), out);
    report(item.channels().cell(), out);
    for (Element e : item.basis()) {
      report(e, out);
    }
  }

  private static void report(Element e, Findings out) {
    if (e.origin() == Origin.SAME_AS_ABOVE) {
      out.reportWithFix(new Element("同上", e.location(), e.origin(), true), e.text(), true, e.text());
    }
  }
}
