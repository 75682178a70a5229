package org.gkml.model;

import java.util.List;

/**
 * The chosen options of one tick group and where the group stands in the row (its first column, or the YAML
 * key), so that "nothing ticked" can be pointed at.
 */
public record TickGroup(List<Tick> ticks, Location location, boolean columnPresent) {

  public boolean has(String option) {
    for (Tick t : ticks) {
      if (t.option().equals(option)) {
        return true;
      }
    }
    return false;
  }

  public int count() {
    return ticks.size();
  }
}
