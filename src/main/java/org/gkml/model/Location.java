package org.gkml.model;

/**
 * Where a value stands in its file: a spreadsheet cell ({@code 义务教育!F12}), a CSV field (physical line and
 * column) or a YAML node (line:column). Rows, lines and YAML columns are 1-based; {@code columnIndex} is the
 * 0-based spreadsheet column, or -1 where there is none.
 */
public record Location(String file, String sheet, int row, int columnIndex, int line, int column) {

  public static Location cell(String file, String sheet, int row, int columnIndex) {
    return new Location(file, sheet, row, columnIndex, 0, 0);
  }

  public static Location yaml(String file, int line, int column) {
    return new Location(file, null, 0, -1, line, column);
  }

  public static Location file(String file) {
    return new Location(file, null, 0, -1, 0, 0);
  }

  public boolean isYaml() {
    return line > 0;
  }

  public boolean hasCell() {
    return row > 0 && columnIndex >= 0;
  }

  /** The A1 reference ({@code F12}), or null where the location is not a cell. */
  public String cellRef() {
    return hasCell() ? columnName(columnIndex) + row : null;
  }

  /** The same row, another column. */
  public Location atColumn(int otherColumn) {
    return new Location(file, sheet, row, otherColumn, line, column);
  }

  /** What a person looks for: {@code 义务教育!F12}, {@code F12} (CSV), {@code 12:5} (YAML), or the row. */
  public String display() {
    if (isYaml()) {
      return line + ":" + column;
    }
    String ref = hasCell() ? cellRef() : (row > 0 ? String.valueOf(row) : "");
    if (sheet != null && !ref.isEmpty()) {
      return sheet + "!" + ref;
    }
    return ref;
  }

  /** Spreadsheet column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
  public static String columnName(int index) {
    StringBuilder sb = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      sb.append((char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return sb.reverse().toString();
  }

  /** Parses the letters of an A1 reference ({@code F12} → 5); -1 if there are none. */
  public static int columnIndexOf(CharSequence ref) {
    int col = 0;
    int i = 0;
    for (; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
    }
    return i == 0 ? -1 : col - 1;
  }

  /** Parses the digits of an A1 reference ({@code F12} → 12); -1 if there are none. */
  public static int rowOf(CharSequence ref) {
    int row = 0;
    boolean any = false;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= '0' && c <= '9') {
        row = row * 10 + (c - '0');
        any = true;
      }
    }
    return any ? row : -1;
  }
}
