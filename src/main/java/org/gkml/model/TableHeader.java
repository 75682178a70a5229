package org.gkml.model;

import java.util.Set;

/**
 * A recognised table: its kind, where its header stands, and which elements it has columns for (the
 * {@link ElementKind} JSON names for catalogs, the record fields for power and service lists), and the pilot field
 * the file declares (YAML {@code field}), or null.
 */
public record TableHeader(InputKind kind, Location location, Set<String> columns, String field) {

  public TableHeader(InputKind kind, Location location, Set<String> columns) {
    this(kind, location, columns, null);
  }

  public boolean has(String column) {
    return columns.contains(column);
  }
}
