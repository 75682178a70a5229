package org.gkml.pipeline;

/** One row of a source list, as a built item traces it: the file as given, the sheet (null for CSV) and the row. */
public record SourceRow(String file, String sheet, int row) {

  /** {@code power-list.xlsx 权责清单!12}, {@code service-list.csv 12}. */
  public String display() {
    return file + " " + (sheet == null ? "" : sheet + "!") + row;
  }
}
