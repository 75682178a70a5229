package org.gkml.read;

/** A merged range of cells, 1-based rows and 0-based columns, inclusive. */
public record CellRange(int firstRow, int lastRow, int firstCol, int lastCol) {

  /** Parses {@code B3:B7}; null if the text is not a range. */
  public static CellRange parse(String ref) {
    int colon = ref.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String a = ref.substring(0, colon);
    String b = ref.substring(colon + 1);
    int r1 = org.gkml.model.Location.rowOf(a);
    int r2 = org.gkml.model.Location.rowOf(b);
    int c1 = org.gkml.model.Location.columnIndexOf(a);
    int c2 = org.gkml.model.Location.columnIndexOf(b);
    if (r1 < 1 || r2 < r1 || c1 < 0 || c2 < c1) {
      return null;
    }
    return new CellRange(r1, r2, c1, c2);
  }

  public boolean contains(int row, int col) {
    return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
  }
}
