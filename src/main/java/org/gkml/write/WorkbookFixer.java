package org.gkml.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gkml.model.Location;
import org.gkml.rules.Finding;

/**
 * Applies the safe fixes of a workbook's findings (.xlsx or .xls) to a copy, cell by cell: the cell's text is
 * replaced where it is exactly the value found, or the value is replaced inside it (one basis of several in a
 * cell). Everything else of the workbook (styles, merges, other sheets, column widths) is kept as POI reads it.
 * A fix whose cell no longer holds the value (a merged or filled-down element, a cell that is not text) is counted as
 * not applied, to be made by hand. Catalog workbooks are small; this reads the whole workbook.
 */
public final class WorkbookFixer {

  /** One change: the cell ({@code 义务教育!F12}), the rule, the cell's text before and after. */
  public record Change(String cell, String rule, String before, String after) {}

  /** What the fixes did: the changes made and how many safe fixes could not be placed. */
  public record Result(List<Change> changes, int unapplied) {

    public boolean changed() {
      return !changes.isEmpty();
    }
  }

  private final Workbook workbook;

  private WorkbookFixer(Workbook workbook) {
    this.workbook = workbook;
  }

  /** Reads {@code file}, applies the safe fixes to the workbook in memory and returns a fixer ready to write. */
  public static WorkbookFixer open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new WorkbookFixer(WorkbookFactory.create(in));
    }
  }

  public Result apply(List<Finding> findings) {
    List<Change> changes = new ArrayList<>();
    int unapplied = 0;
    for (Finding f : findings) {
      if (!f.safeFix() || f.fix() == null || f.value() == null || f.value().isEmpty()) {
        continue;
      }
      Location at = f.location();
      Cell cell = at == null || !at.hasCell() ? null : cell(at);
      if (cell == null || cell.getCellType() != CellType.STRING) {
        unapplied++;
        continue;
      }
      String before = cell.getStringCellValue();
      String after;
      if (before.equals(f.value())) {
        after = f.fix();
      } else if (before.contains(f.value())) {
        after = before.replace(f.value(), f.fix());
      } else {
        unapplied++;
        continue;
      }
      if (!after.equals(before)) {
        cell.setCellValue(after);
        changes.add(new Change(at.display(), f.rule(), before, after));
      }
    }
    return new Result(List.copyOf(changes), unapplied);
  }

  private Cell cell(Location at) {
    Sheet sheet = at.sheet() == null ? workbook.getSheetAt(0) : workbook.getSheet(at.sheet());
    if (sheet == null) {
      return null;
    }
    Row row = sheet.getRow(at.row() - 1);
    return row == null ? null : row.getCell(at.columnIndex());
  }

  public void write(OutputStream out) throws IOException {
    workbook.write(out);
  }

  public void close() throws IOException {
    workbook.close();
  }
}
