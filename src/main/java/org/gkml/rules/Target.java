package org.gkml.rules;

/** What a rule looks at. */
public enum Target {
  /** A catalog item (from a template sheet or a YAML catalog). */
  CATALOG_ITEM,
  /** A 权责清单 row. */
  POWER,
  /** A 公共服务事项清单 row. */
  SERVICE,
  /** A recognised table's header (required columns). */
  TABLE
}
