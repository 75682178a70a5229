package org.gkml.report;

import org.gkml.i18n.Messages;
import org.gkml.rules.Finding;

/** The words of a finding in the user's language, shared by every format. */
public final class FindingText {

  private FindingText() {}

  public static String message(Finding f, Messages m) {
    return m.get(f.messageKey(), f.args());
  }

  /** How to fix it, in words a clerk understands (the rule's help text). */
  public static String help(Finding f, Messages m) {
    return m.get(f.rule() + ".help", f.args());
  }

  public static String element(Finding f, Messages m) {
    return m.get("element." + f.element().jsonName());
  }

  public static String severity(Finding f, Messages m) {
    return m.get("severity." + f.severity().id());
  }

  /** The label separator of the language: a full-width colon in Chinese, ": " in English. */
  public static String colon(Messages m) {
    return "en".equals(m.lang()) ? ": " : "：";
  }
}
