/**
 * Export: catalogs (YAML or template workbooks, read with the ordinary readers) written out as standardized files
 * per pilot field. The command streams items one by one into {@link org.gkml.export.CatalogWriter}s, one per
 * format, so a catalog of a million items is never held in memory.
 */
package org.gkml.export;
