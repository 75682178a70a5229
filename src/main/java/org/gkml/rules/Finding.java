package org.gkml.rules;

import org.gkml.model.ElementKind;
import org.gkml.model.Location;

/**
 * One finding: the rule, its severity, the element and exact place, the item it belongs to, the value as written,
 * the corrected value where it is known ({@code fix}, null otherwise), and the message key with its arguments (texts
 * are formatted in the user's language when reported). {@code safeFix} marks a fix that {@code --fix} may apply.
 * {@code itemId} is the item's own id where the file gives one (YAML {@code id}), null otherwise; fingerprints and
 * baselines key on it so that moving an item does not make its findings new.
 */
public record Finding(
    String rule,
    Severity severity,
    ElementKind element,
    Location location,
    String item,
    String value,
    String fix,
    boolean safeFix,
    String messageKey,
    Object[] args,
    String itemId) {

  /** A finding of an item without an id of its own. */
  public Finding(String rule, Severity severity, ElementKind element, Location location, String item, String value,
      String fix, boolean safeFix, String messageKey, Object[] args) {
    this(rule, severity, element, location, item, value, fix, safeFix, messageKey, args, null);
  }

  /** The item's id if it has one, else its label (name), else empty: what identifies the item across edits. */
  public String itemKey() {
    if (itemId != null && !itemId.isBlank()) {
      return itemId;
    }
    return item == null ? "" : item;
  }
}
