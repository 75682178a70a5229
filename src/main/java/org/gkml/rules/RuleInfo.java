package org.gkml.rules;

import java.util.EnumSet;
import java.util.Set;
import org.gkml.model.ElementKind;

/**
 * A rule's metadata: its stable kebab-case id, what it looks at, the element it checks, and its default severity.
 * {@code target} is the rule's main target (listings group by it); {@code targets} is everything it checks, which
 * for a rule that reads an element every kind of row has (公开依据 / 实施依据 / 办理依据) is more than one.
 * Texts live in the bundles under {@code <id>.summary}, {@code <id>.message}, {@code <id>.help} and
 * {@code <id>.why}.
 */
public record RuleInfo(String id, Target target, ElementKind element, Severity defaultSeverity, Set<Target> targets) {

  public RuleInfo {
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id must be kebab-case: " + id);
    }
    EnumSet<Target> all = EnumSet.of(target);
    if (targets != null) {
      all.addAll(targets);
    }
    targets = Set.copyOf(all);
  }

  /** A rule with one target. */
  public RuleInfo(String id, Target target, ElementKind element, Severity defaultSeverity) {
    this(id, target, element, defaultSeverity, Set.of(target));
  }

  public boolean appliesTo(Target t) {
    return targets.contains(t);
  }
}
