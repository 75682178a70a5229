package org.gkml.cli;

import org.gkml.compare.CatalogInputs;
import org.gkml.i18n.Messages;

/** The one-line message for a catalog that coverage or diff cannot read: the file, the place, the reader's reason. */
final class UnreadableInput {

  private UnreadableInput() {}

  static String describe(CatalogInputs.Unreadable e, String lang) {
    Messages m = Messages.of(lang);
    String place = e.reason().place() == null ? "" : " (" + e.reason().place() + ")";
    return e.file() + place + ": " + m.get(e.reason().key(), e.reason().args());
  }
}
