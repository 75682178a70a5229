package org.gkml.domain;

import java.util.List;
import java.util.Objects;

/** One entry of the law registry (catalogs/laws.yaml). {@code number} and {@code effective} may be null. */
public record Law(String id, String title, List<String> aliases, String kind, String number, String effective,
    String status, String replacedBy) {

  /**
   * Written out: a record's generated equals is bootstrapped through method handles, which on first use spins
   * classes (and ASM's frame computation then competes for the compiler), and it is called while checking bases.
   */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Law l && Objects.equals(id, l.id) && Objects.equals(title, l.title)
        && Objects.equals(aliases, l.aliases)
        && Objects.equals(kind, l.kind) && Objects.equals(number, l.number) && Objects.equals(effective, l.effective)
        && Objects.equals(status, l.status) && Objects.equals(replacedBy, l.replacedBy);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id) * 31 + Objects.hashCode(title);
  }

  public boolean isCurrent() {
    return status == null || "current".equals(status);
  }
}
