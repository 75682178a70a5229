package org.gkml.model;

/** What a table is: a catalog in the national template, a 权责清单 or a 公共服务事项清单. */
public enum InputKind {
  CATALOG("catalog"),
  POWER("power"),
  SERVICE("service");

  private final String id;

  InputKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static InputKind fromId(String id) {
    for (InputKind k : values()) {
      if (k.id.equalsIgnoreCase(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
