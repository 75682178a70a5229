package org.gkml.compare;

import java.util.List;
import org.gkml.export.ExportItem;

/**
 * A catalog as the comparisons see it: every item with the pilot field it belongs to. {@code fields} are the field
 * names in the order they were met (a YAML catalog has one, a workbook one per sheet, a directory one per file);
 * {@code display} is the path as the user gave it.
 */
public record LoadedCatalog(String display, List<String> fields, List<Entry> items) {

  /**
   * One item: its field's national name (or the name written, when it is no pilot field; empty when nothing says),
   * the file it was read from, and its elements as plain texts.
   */
  public record Entry(String field, String file, ExportItem item) {

    public String label() {
      String t = item.topic();
      String i = item.item();
      if (!t.isEmpty() && !i.isEmpty()) {
        return t + "/" + i;
      }
      return t.isEmpty() ? i : t;
    }

    /** Where the item stands: {@code file 义务教育!A5} or {@code file 12:5}. */
    public String place() {
      String at = item.location() == null ? "" : item.location().display();
      return at.isEmpty() ? file : file + " " + at;
    }
  }

  /** The one field of a single-field catalog, or null. */
  public String singleField() {
    return fields.size() == 1 && !fields.get(0).isEmpty() ? fields.get(0) : null;
  }
}
