package org.gkml.rules;

import org.gkml.model.ElementKind;

/**
 * A rule's metadata: its stable kebab-case id, what it looks at, the element it checks, and its default severity.
 * Texts live in the bundles under {@code <id>.summary}, {@code <id>.message}, {@code <id>.help} and
 * {@code <id>.why}.
 */
public record RuleInfo(String id, Target target, ElementKind element, Severity defaultSeverity) {

  public RuleInfo {
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id must be kebab-case: " + id);
    }
  }
}
