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

  /** Why a file could not be read, with its place; arguments that are message keys are translated too. */
  public static String error(org.gkml.check.FileResult f, Messages m) {
    Object[] args = f.errorArgs().clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof String s && s.startsWith("structure.") && m.has(s)) {
        args[i] = m.get(s);
      }
    }
    String place = f.errorPlace();
    String text = m.get(f.errorKey(), args);
    return place == null || place.isEmpty() || text.contains(place) ? text : text + " [" + place + "]";
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
