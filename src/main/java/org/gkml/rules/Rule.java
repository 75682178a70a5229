package org.gkml.rules;

import org.gkml.model.CatalogItem;
import org.gkml.model.PowerRecord;
import org.gkml.model.ServiceRecord;
import org.gkml.model.TableHeader;

/**
 * A check. A rule overrides the {@code check} method of its {@link Target}; a fresh instance checks each file, so
 * a rule that compares items (duplicates) may keep state in fields.
 */
public interface Rule {

  RuleInfo info();

  /** Takes the run's options (gkml.yaml); called once, before the first check. Rules without options ignore it. */
  default void configure(RuleOptions options) {}

  default void check(CatalogItem item, Findings out) {}

  default void check(PowerRecord row, Findings out) {}

  default void check(ServiceRecord row, Findings out) {}

  default void check(TableHeader table, Findings out) {}
}
