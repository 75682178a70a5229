package org.gkml.read;

import java.util.List;

/** Receives a table file sheet by sheet, row by row, as a spreadsheet program shows it. */
public interface SheetVisitor {

  /** A sheet begins ({@code name} is null for CSV); its merged ranges are known before its rows. */
  void startSheet(String name, List<CellRange> merged);

  /**
   * One non-empty row: {@code rowNumber} is the 1-based row a spreadsheet program shows (for CSV, the physical
   * line where the record starts); {@code cells[i]} is column i's text as displayed, or null when empty.
   */
  void row(int rowNumber, String[] cells);

  void endSheet();
}
