package org.gkml.domain;

import java.util.List;

/** One entry of the law registry (catalogs/laws.yaml). {@code number} and {@code effective} may be null. */
public record Law(String id, String title, List<String> aliases, String kind, String number, String effective,
    String status, String replacedBy) {

  public boolean isCurrent() {
    return status == null || "current".equals(status);
  }
}
