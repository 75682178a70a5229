package org.gkml.rules.required;

import java.util.HashMap;
import java.util.Map;
import org.gkml.model.CatalogItem;
import org.gkml.model.ElementKind;
import org.gkml.model.Location;
import org.gkml.model.PowerRecord;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;
import org.gkml.text.Texts;

/**
 * The same item twice in one file: 一级+二级 for catalogs, 职权名称+子项+实施主体 for power lists. Keeps one
 * compact key per item (the normalised name and where it was first seen).
 */
public final class DuplicateItem implements Rule {

  private final RuleInfo info;
  private final Map<String, Location> seen = new HashMap<>();

  private DuplicateItem(String id, Target target) {
    this.info = new RuleInfo(id, target, ElementKind.NAME, target == Target.POWER ? Severity.WARNING : Severity.ERROR);
  }

  public static DuplicateItem catalog() {
    return new DuplicateItem("item-duplicate", Target.CATALOG_ITEM);
  }

  public static DuplicateItem power() {
    return new DuplicateItem("power-duplicate", Target.POWER);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(CatalogItem item, Findings out) {
    if (item.item().isBlank() && item.topic().isBlank()) {
      return;
    }
    String key = key(item.topic().text()) + "\u0001" + key(item.item().text());
    Location first = seen.putIfAbsent(key, item.item().isPresent() ? item.item().location() : item.location());
    if (first != null) {
      out.report(item.item().isPresent() ? item.item() : item.topic(), item.label(), first.display());
    }
  }

  @Override
  public void check(PowerRecord row, Findings out) {
    if (row.name().isBlank()) {
      return;
    }
    String key = key(row.name().text()) + "\u0001" + key(row.subItem().text()) + "\u0001" + key(row.subject().text());
    Location first = seen.putIfAbsent(key, row.name().location());
    if (first != null) {
      out.report(row.name(), row.label(), first.display());
    }
  }

  private static String key(String s) {
    return Texts.toSimplified(Texts.toHalfWidth(Texts.compact(s)));
  }
}
