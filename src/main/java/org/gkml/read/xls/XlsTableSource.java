package org.gkml.read.xls;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gkml.read.CellRange;
import org.gkml.read.InputException;
import org.gkml.read.ReadLimits;
import org.gkml.read.SheetVisitor;
import org.gkml.read.TableSource;

/**
 * Reads .xls workbooks (BIFF8) with POI HSSF. An .xls holds at most 65,536 rows, so the in-memory model is
 * bounded. Formula cells give their cached values; formulas are never evaluated.
 */
public final class XlsTableSource implements TableSource {

  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
  private final ReadLimits limits;

  public XlsTableSource(ReadLimits limits) {
    this.limits = limits;
  }

  public XlsTableSource() {
    this(ReadLimits.DEFAULT);
  }

  @Override
  public void read(Path file, SheetVisitor visitor) throws InputException {
    long rows = 0;
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        Sheet sheet = wb.getSheetAt(s);
        List<CellRange> merged = new ArrayList<>();
        for (CellRangeAddress a : sheet.getMergedRegions()) {
          merged.add(new CellRange(a.getFirstRow() + 1, a.getLastRow() + 1, a.getFirstColumn(), a.getLastColumn()));
        }
        visitor.startSheet(sheet.getSheetName(), merged);
        for (Row row : sheet) {
          int width = Math.max(0, row.getLastCellNum());
          String[] cells = new String[width];
          boolean any = false;
          for (Cell cell : row) {
            String text = text(cell);
            if (text != null && !text.isEmpty() && cell.getColumnIndex() < width) {
              cells[cell.getColumnIndex()] = text;
              any = true;
            }
          }
          if (any) {
            limits.checkRow(sheet.getSheetName(), row.getRowNum() + 1, cells, rows++);
            visitor.row(row.getRowNum() + 1, cells);
          }
        }
        visitor.endSheet();
      }
    } catch (InputException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw new InputException("input.encrypted", null, e);
    } catch (OldExcelFormatException e) {
      throw new InputException("input.xls-too-old", null, e);
    } catch (IOException | RuntimeException e) {
      throw new InputException("input.xls-corrupt", null, e, InputException.oneLine(e.getMessage()));
    }
  }

  private String text(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
          cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> null;
    };
  }
}
