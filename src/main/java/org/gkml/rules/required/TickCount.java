package org.gkml.rules.required;

import java.util.function.Function;
import org.gkml.model.CatalogItem;
import org.gkml.model.ElementKind;
import org.gkml.model.Tick;
import org.gkml.model.TickGroup;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;

/**
 * 公开对象 and 公开方式 take exactly one choice (全社会 or 特定群体; 主动 or 依申请); 公开层级 takes at least one.
 * One table entry per group.
 */
public final class TickCount extends Rule {

  private final RuleInfo info;
  private final Function<CatalogItem, TickGroup> group;
  private final boolean exactlyOne;

  private TickCount(String id, ElementKind kind, Function<CatalogItem, TickGroup> group, boolean exactlyOne) {
    this.info = new RuleInfo(id, Target.CATALOG_ITEM, kind, Severity.ERROR);
    this.group = group;
    this.exactlyOne = exactlyOne;
  }

  public static TickCount audience() {
    return new TickCount("audience-not-one", ElementKind.AUDIENCE, CatalogItem::audience, true);
  }

  public static TickCount mode() {
    return new TickCount("mode-not-one", ElementKind.MODE, CatalogItem::mode, true);
  }

  public static TickCount level() {
    return new TickCount("level-missing", ElementKind.LEVEL, CatalogItem::levels, false);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(CatalogItem item, Findings out) {
    TickGroup g = group.apply(item);
    if (!g.columnPresent()) {
      return;
    }
    if (g.count() == 0) {
      out.reportAt("none", g.location(), "");
    } else if (exactlyOne && g.count() > 1 && severalOptions(g)) {
      String chosen = String.join("、", g.ticks().stream().map(Tick::option).toList());
      out.reportVariant("several", g.ticks().get(1).cell(), null, chosen);
    }
  }

  /** Two ticks of different options (the same option ticked twice is one choice). */
  private static boolean severalOptions(TickGroup g) {
    String first = g.ticks().get(0).option();
    for (Tick t : g.ticks()) {
      if (!t.option().equals(first)) {
        return true;
      }
    }
    return false;
  }
}
