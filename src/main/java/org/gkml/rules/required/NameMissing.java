package org.gkml.rules.required;

import org.gkml.model.CatalogItem;
import org.gkml.model.ElementKind;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;

/** No 公开事项名称: the 二级事项 is blank (or, in a one-level catalog, the only level is). */
public final class NameMissing extends Rule {

  private static final RuleInfo INFO = new RuleInfo("name-missing", Target.CATALOG_ITEM, ElementKind.NAME, Severity.ERROR);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(CatalogItem item, Findings out) {
    if (item.item().isPresent()) {
      return;
    }
    if (item.item().columnPresent()) {
      out.report(item.item(), item.topic().text());
    } else if (item.topic().isBlank()) {
      out.report(item.topic(), "");
    }
  }
}
