package org.gkml.model;

/** A row (or YAML item) read from an input: a catalog item, a power-list row or a service-list row. */
public sealed interface Record permits CatalogItem, PowerRecord, ServiceRecord {

  /** Where the row starts: the row's first cell, or the YAML item's first line. */
  Location location();

  /** A short label for reports: 一级/二级 for catalog items, the item name for list rows. */
  String label();
}
