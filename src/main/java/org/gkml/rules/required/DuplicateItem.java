package org.gkml.rules.required;

import org.gkml.model.CatalogItem;
import org.gkml.model.ElementKind;
import org.gkml.model.Location;
import org.gkml.model.PowerRecord;
import org.gkml.rules.Findings;
import org.gkml.rules.FirstSeen;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;
import org.gkml.text.Texts;

/**
 * The same item twice in one file: 一级+二级 for catalogs, 职权名称+子项+实施主体 for power lists. Keeps one
 * compact key per item: a hash of the normalised name and where it was first seen ({@link FirstSeen}).
 */
public final class DuplicateItem extends Rule {

  private final RuleInfo info;
  private final FirstSeen seen = new FirstSeen();

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
    long key = key(key(new FirstSeen.Hash(), item.topic().text()).separator(), item.item().text()).value();
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
    long key = key(key(key(new FirstSeen.Hash(), row.name().text()).separator(), row.subItem().text()).separator(),
        row.subject().text()).value();
    Location first = seen.putIfAbsent(key, row.name().location());
    if (first != null) {
      out.report(row.name(), row.label(), first.display());
    }
  }

  /** Feeds the name as compared: no blanks, half-width, Simplified ({@link Texts#normalChar}). */
  private static FirstSeen.Hash key(FirstSeen.Hash h, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = Texts.normalChar(s.charAt(i));
      if (c != 0) {
        h.add(c);
      }
    }
    return h;
  }
}
