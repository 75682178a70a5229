package org.gkml.rules;

import org.gkml.model.ElementKind;
import org.gkml.model.Location;

/**
 * One finding: the rule, its severity, the element and exact place, the item it belongs to, the value as written,
 * the corrected value where it is known ({@code fix}, null otherwise), and the message key with its arguments (texts
 * are formatted in the user's language when reported). {@code safeFix} marks a fix that {@code --fix} may apply.
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
    Object[] args) {}
