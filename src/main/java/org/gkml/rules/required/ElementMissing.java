package org.gkml.rules.required;

import java.util.function.Function;
import org.gkml.model.CatalogItem;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;

/**
 * A catalog element left blank (公开内容, 公开依据, 公开时限, 公开主体): one table entry per element. A column the
 * table lacks altogether is reported once by {@link ColumnMissing}, not on every row.
 */
public final class ElementMissing extends Rule {

  private final RuleInfo info;
  private final Function<CatalogItem, Element> element;

  private ElementMissing(String id, ElementKind kind, Function<CatalogItem, Element> element) {
    this.info = new RuleInfo(id, Target.CATALOG_ITEM, kind, Severity.ERROR);
    this.element = element;
  }

  public static ElementMissing content() {
    return new ElementMissing("content-missing", ElementKind.CONTENT, CatalogItem::content);
  }

  public static ElementMissing basis() {
    return new ElementMissing("basis-missing", ElementKind.BASIS,
        ElementMissing::firstPresentBasis);
  }

  private static Element firstPresentBasis(CatalogItem i) {
    for (Element e : i.basis()) {
      if (e.isPresent()) {
        return e;
      }
    }
    return i.basis().get(0);
  }

  public static ElementMissing deadline() {
    return new ElementMissing("deadline-missing", ElementKind.DEADLINE, CatalogItem::deadline);
  }

  public static ElementMissing owner() {
    return new ElementMissing("owner-missing", ElementKind.OWNER, CatalogItem::owner);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(CatalogItem item, Findings out) {
    Element e = element.apply(item);
    if (e.isBlank() && e.columnPresent()) {
      out.report(e);
    }
  }
}
