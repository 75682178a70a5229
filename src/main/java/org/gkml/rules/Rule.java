package org.gkml.rules;

import org.gkml.model.CatalogItem;
import org.gkml.model.PowerRecord;
import org.gkml.model.ServiceRecord;
import org.gkml.model.TableHeader;

/**
 * A check. A rule overrides the {@code check} method of its {@link Target}; a fresh instance checks each file, so
 * a rule that compares items (duplicates) may keep state in fields.
 */
public abstract class Rule {

  // A class, not an interface: the validator calls dozens of rules per row, and a call through a class's method
  // table is cheaper than one through an interface's (an itable stub searches for the interface first).

  public abstract RuleInfo info();

  /** Takes the run's options (gkml.yaml); called once, before the first check. Rules without options ignore it. */
  public void configure(RuleOptions options) {}

  public void check(CatalogItem item, Findings out) {}

  public void check(PowerRecord row, Findings out) {}

  public void check(ServiceRecord row, Findings out) {}

  public void check(TableHeader table, Findings out) {}
}
