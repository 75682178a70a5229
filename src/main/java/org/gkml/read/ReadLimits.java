package org.gkml.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gkml.model.Location;

/**
 * What gkml agrees to read from one untrusted file. Every limit is an option (src/docs/limits.md); going over one
 * is an {@link InputException} that names the file's place and the option that raises the limit.
 *
 * @param maxFileSize bytes a file may have ({@code --max-file-size})
 * @param maxRows non-empty rows a table file may have, all sheets together ({@code --max-rows})
 * @param maxCellLength characters one cell may hold ({@code --max-cell-length}); Excel itself stops at 32,767
 * @param minInflateRatio smallest compressed/inflated ratio of an .xlsx zip entry ({@code --min-inflate-ratio};
 *     0.005 refuses an entry that inflates more than 200×)
 * @param maxYamlCodePoints characters a YAML file may have ({@code --max-yaml-code-points})
 * @param maxYamlAliases aliases ({@code *name}) a YAML file may use ({@code --max-yaml-aliases})
 */
public record ReadLimits(long maxFileSize, long maxRows, int maxCellLength, double minInflateRatio,
    int maxYamlCodePoints, int maxYamlAliases) {

  /**
   * Room for any real list or catalog, a province-wide 1,000,000-row roll-up included (its CSV runs to 800 MB): .xlsx
   * and .csv are streamed, so size and rows cost time, not memory. An Excel sheet holds at most 1,048,576 rows of
   * 32,767-character cells; 2,000,000 rows is about two full sheets.
   */
  public static final ReadLimits DEFAULT = new ReadLimits(1L << 30, 2_000_000, 32_767, 0.005,
      64 * 1024 * 1024, 50);

  public ReadLimits {
    if (maxFileSize <= 0 || maxRows <= 0 || maxCellLength <= 0 || maxYamlCodePoints <= 0 || maxYamlAliases < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
      throw new IllegalArgumentException("the inflate ratio must be at least 0 and below 1");
    }
  }

  /** Refuses a file larger than {@link #maxFileSize} before anything of it is read. */
  public void checkFileSize(Path file) throws InputException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new InputException("input.unreadable", null, e, String.valueOf(e.getMessage()));
    }
    if (size > maxFileSize) {
      throw new InputException("input.too-large", null, null, size(size), size(maxFileSize));
    }
  }

  /**
   * Checks one row a table reader is about to hand on: {@code rowsSoFar} counts the rows handed on before it (all
   * sheets); {@code sheet} is null for CSV, where {@code rowNumber} is the line.
   */
  public void checkRow(String sheet, int rowNumber, String[] cells, long rowsSoFar) throws InputException {
    if (rowsSoFar >= maxRows) {
      String where = place(sheet, rowNumber, -1);
      throw new InputException("input.too-many-rows", where, null, where, maxRows);
    }
    for (int c = 0; c < cells.length; c++) {
      String text = cells[c];
      if (text != null && text.length() > maxCellLength) {
        throw cellTooLong(sheet, rowNumber, c, text.length());
      }
    }
  }

  /**
   * The refusal of a cell of {@code length} characters, over {@link #maxCellLength}: for a reader that sees a cell is
   * too long before it has the cell's text (a CSV field of hundreds of megabytes is never held).
   */
  public InputException cellTooLong(String sheet, int rowNumber, int column, long length) {
    String where = place(sheet, rowNumber, column);
    return new InputException("input.cell-too-long", where, null, where, length, maxCellLength);
  }

  /** 义务教育!F12, or line 12, column 6 for CSV (the column omitted when negative). */
  static String place(String sheet, int row, int column) {
    if (sheet != null) {
      return column < 0 ? sheet + "!" + row : sheet + "!" + Location.columnName(column) + row;
    }
    return column < 0 ? "line " + row : "line " + row + ", column " + (column + 1);
  }

  /** A size in the units the options take: 200MB, 1.5GB, 900KB, 12B. */
  public static String size(long bytes) {
    String[] units = {"B", "KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return (v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v)) + units[u];
  }

  /** Parses a size option: a number of bytes, or with B, K/KB, M/MB, G/GB (powers of 1024), any case. */
  public static long parseSize(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
    long unit = 1;
    String[][] units = {{"TB", "T"}, {"GB", "G"}, {"MB", "M"}, {"KB", "K"}};
    long[] factors = {1L << 40, 1L << 30, 1L << 20, 1L << 10};
    for (int i = 0; i < units.length && unit == 1; i++) {
      for (String s : units[i]) {
        if (t.endsWith(s) || t.endsWith(s.charAt(0) + "IB")) {
          t = t.substring(0, t.length() - (t.endsWith(s.charAt(0) + "IB") ? 3 : s.length()));
          unit = factors[i];
          break;
        }
      }
    }
    if (unit == 1 && t.endsWith("B")) {
      t = t.substring(0, t.length() - 1);
    }
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size: " + text + " (e.g. 200MB, 1GB, 500KB)");
    }
    if (!(v > 0) || v * unit > Long.MAX_VALUE) {
      throw new IllegalArgumentException("not a size: " + text + " (e.g. 200MB, 1GB, 500KB)");
    }
    return (long) (v * unit);
  }
}
