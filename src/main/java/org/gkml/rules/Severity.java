package org.gkml.rules;

import java.util.Locale;

/** How much a finding matters. {@code OFF} only appears in configuration: the rule does not run. */
public enum Severity {
  OFF, INFO, WARNING, ERROR;

  /** The name used in JSON and configuration: error, warning, info, off. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity fromId(String id) {
    return switch (id.toLowerCase(Locale.ROOT)) {
      case "error" -> ERROR;
      case "warning", "warn" -> WARNING;
      case "info", "note" -> INFO;
      case "off", "never", "none" -> OFF;
      default -> throw new IllegalArgumentException(id);
    };
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
